// Built-in AWS rules. A plain array: each rule file is registered here once.

import type { Rule } from '../../src/engine/rule.js';
import awsAsgSingleAz from './aws-asg-single-az.js';
import awsAuroraMultiAz from './aws-aurora-multi-az.js';
import awsDbBackupsDisabled from './aws-db-backups-disabled.js';
import awsDbDeletionProtection from './aws-db-deletion-protection.js';
import awsDocdbMultiAz from './aws-docdb-multi-az.js';
import awsDynamodbPitr from './aws-dynamodb-pitr.js';
import awsEcsContainerLimits from './aws-ecs-container-limits.js';
import awsEksNodegroupSingleAz from './aws-eks-nodegroup-single-az.js';
import awsElasticacheClusterStandalone from './aws-elasticache-cluster-standalone.js';
import awsElasticacheMultiAz from './aws-elasticache-multi-az.js';
import awsLbSingleAz from './aws-lb-single-az.js';
import awsMqSingleInstance from './aws-mq-single-instance.js';
import awsNeptuneMultiAz from './aws-neptune-multi-az.js';
import awsOpensearchZoneAwareness from './aws-opensearch-zone-awareness.js';
import awsRdsMultiAz from './aws-rds-multi-az.js';
import awsRedshiftMultiAz from './aws-redshift-multi-az.js';
import awsS3PublicAccessBlock from './aws-s3-public-access-block.js';
import awsS3PublicAcl from './aws-s3-public-acl.js';
import awsS3PublicPolicy from './aws-s3-public-policy.js';
import awsS3PublicWebsite from './aws-s3-public-website.js';

export const rules: Rule<any, any>[] = [
  awsAsgSingleAz,
  awsAuroraMultiAz,
  awsDbBackupsDisabled,
  awsDbDeletionProtection,
  awsDocdbMultiAz,
  awsDynamodbPitr,
  awsEcsContainerLimits,
  awsEksNodegroupSingleAz,
  awsElasticacheClusterStandalone,
  awsElasticacheMultiAz,
  awsLbSingleAz,
  awsMqSingleInstance,
  awsNeptuneMultiAz,
  awsOpensearchZoneAwareness,
  awsRdsMultiAz,
  awsRedshiftMultiAz,
  awsS3PublicAccessBlock,
  awsS3PublicAcl,
  awsS3PublicPolicy,
  awsS3PublicWebsite,
];
