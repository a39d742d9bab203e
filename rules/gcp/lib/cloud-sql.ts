// Cloud SQL facts several rules share: which instances are primaries, and their engine.

import type { TfResource } from '../../../src/model/terraform/types.js';
import { asString } from '../../../src/model/terraform/value.js';

export const SQL_INSTANCE = 'google_sql_database_instance';

/**
 * A read replica (or a replica of an external server) follows its primary: it has no
 * availability type or backups of its own to judge. An unknown `master_instance_name`
 * still marks a replica, since only replicas set it.
 */
export function isSqlReplica(instance: TfResource): boolean {
  const master = instance.value('master_instance_name');
  if (master !== undefined && master !== null && master !== '') return true;
  const type = asString(instance.value('instance_type'))?.toUpperCase();
  return type === 'READ_REPLICA_INSTANCE';
}

export type SqlEngine = 'POSTGRES' | 'MYSQL' | 'SQLSERVER';

/** Engine from `database_version` (`POSTGRES_16`, `MYSQL_8_0`, `SQLSERVER_2022_STANDARD`); undefined when unknown. */
export function sqlEngine(instance: TfResource): SqlEngine | undefined {
  const version = asString(instance.value('database_version'))?.toUpperCase();
  if (!version) return undefined;
  for (const engine of ['POSTGRES', 'MYSQL', 'SQLSERVER'] as const) if (version.startsWith(engine)) return engine;
  return undefined;
}
