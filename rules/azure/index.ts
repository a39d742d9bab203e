// Azure rules: flexible servers, SQL Database, Redis, Cosmos DB, Storage, AKS and scale sets.

import type { Rule } from '../../src/engine/rule.js';
import azureAksZones from './azure-aks-zones.js';
import azureCosmosdbZoneRedundant from './azure-cosmosdb-zone-redundant.js';
import azureFlexibleServerBackups from './azure-flexible-server-backups.js';
import azureMssqlZoneRedundant from './azure-mssql-zone-redundant.js';
import azureMysqlFlexibleZoneRedundant from './azure-mysql-flexible-zone-redundant.js';
import azurePostgresqlFlexibleZoneRedundant from './azure-postgresql-flexible-zone-redundant.js';
import azureRedisCacheZones from './azure-redis-cache-zones.js';
import azureStorageAccountNestedPublic from './azure-storage-account-nested-public.js';
import azureStorageContainerPublic from './azure-storage-container-public.js';
import azureVmssZones from './azure-vmss-zones.js';

export const rules: Rule<any, any>[] = [
  azurePostgresqlFlexibleZoneRedundant,
  azureMysqlFlexibleZoneRedundant,
  azureMssqlZoneRedundant,
  azureRedisCacheZones,
  azureCosmosdbZoneRedundant,
  azureStorageContainerPublic,
  azureStorageAccountNestedPublic,
  azureFlexibleServerBackups,
  azureAksZones,
  azureVmssZones,
];
