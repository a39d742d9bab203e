// GCP rules: Cloud SQL, Memorystore, AlloyDB, Cloud Storage, GKE and load balancing.

import type { Rule } from '../../src/engine/rule.js';
import gcpAlloydbRegional from './gcp-alloydb-regional.js';
import gcpGkeSingleZoneNodes from './gcp-gke-single-zone-nodes.js';
import gcpGkeZonalCluster from './gcp-gke-zonal-cluster.js';
import gcpLbSingleZoneBackends from './gcp-lb-single-zone-backends.js';
import gcpMemorystoreClusterReplicas from './gcp-memorystore-cluster-replicas.js';
import gcpRedisStandardHa from './gcp-redis-standard-ha.js';
import gcpSqlBackups from './gcp-sql-backups.js';
import gcpSqlDeletionProtection from './gcp-sql-deletion-protection.js';
import gcpSqlRegional from './gcp-sql-regional.js';
import gcpStoragePublicAccessPrevention from './gcp-storage-public-access-prevention.js';
import gcpStoragePublicAcl from './gcp-storage-public-acl.js';
import gcpStoragePublicIam from './gcp-storage-public-iam.js';

export const rules: Rule<any, any>[] = [
  gcpSqlRegional,
  gcpRedisStandardHa,
  gcpAlloydbRegional,
  gcpMemorystoreClusterReplicas,
  gcpStoragePublicIam,
  gcpStoragePublicAcl,
  gcpStoragePublicAccessPrevention,
  gcpSqlBackups,
  gcpSqlDeletionProtection,
  gcpGkeZonalCluster,
  gcpGkeSingleZoneNodes,
  gcpLbSingleZoneBackends,
];
