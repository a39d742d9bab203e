// Terraform-wide rules: state safety (unversioned-state) and multi-region failover.
import type { Rule } from '../../src/engine/rule.js';
import awsDynamodbGlobalTable from './aws-dynamodb-global-table.js';
import awsRdsCrossRegionReplica from './aws-rds-cross-region-replica.js';
import awsRoute53Failover from './aws-route53-failover.js';
import awsS3CrossRegionReplication from './aws-s3-cross-region-replication.js';
import azureCosmosdbMultiRegion from './azure-cosmosdb-multi-region.js';
import azureSqlFailoverGroup from './azure-sql-failover-group.js';
import azureStorageGeoRedundant from './azure-storage-geo-redundant.js';
import gcpSqlCrossRegionReplica from './gcp-sql-cross-region-replica.js';
import tfBackendS3Encryption from './tf-backend-s3-encryption.js';
import tfBackendS3Locking from './tf-backend-s3-locking.js';
import tfLocalState from './tf-local-state.js';
import tfStateBucketVersioning from './tf-state-bucket-versioning.js';
import tfStateFileCommitted from './tf-state-file-committed.js';

export const rules: Rule<any, any>[] = [
  awsDynamodbGlobalTable,
  awsRdsCrossRegionReplica,
  awsRoute53Failover,
  awsS3CrossRegionReplication,
  azureCosmosdbMultiRegion,
  azureSqlFailoverGroup,
  azureStorageGeoRedundant,
  gcpSqlCrossRegionReplica,
  tfBackendS3Encryption,
  tfBackendS3Locking,
  tfLocalState,
  tfStateBucketVersioning,
  tfStateFileCommitted,
];
