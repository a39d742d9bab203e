// Azure Database for PostgreSQL / MySQL flexible servers (azurerm 4.x): which servers
// are primaries and what their SKU allows.

import type { TfResource } from '../../../src/model/terraform/types.js';
import { asString } from '../../../src/model/terraform/value.js';

export const FLEXIBLE_SERVERS = ['azurerm_postgresql_flexible_server', 'azurerm_mysql_flexible_server'];

/** A read replica (`create_mode = "Replica"`) follows its source and cannot have HA or its own backups. */
export function isFlexibleReplica(server: TfResource): boolean {
  return asString(server.value('create_mode'))?.toLowerCase() === 'replica';
}

/** Burstable SKUs (`B_Standard_B1ms`) support neither high availability nor zone redundancy. */
export function isBurstable(server: TfResource): boolean {
  return asString(server.value('sku_name'))?.toUpperCase().startsWith('B_') ?? false;
}

export function engineName(server: TfResource): string {
  return server.resourceType === 'azurerm_mysql_flexible_server' ? 'MySQL' : 'PostgreSQL';
}
