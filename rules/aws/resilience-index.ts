// AWS availability and disaster-recovery rules (merged into rules/aws/index.ts by the lead).
import type { Rule } from '../../src/engine/rule.js';
import awsAsgSingleAz from './aws-asg-single-az.js';
import awsDbBackupsDisabled from './aws-db-backups-disabled.js';
import awsDbDeletionProtection from './aws-db-deletion-protection.js';
import awsDynamodbPitr from './aws-dynamodb-pitr.js';
import awsEksNodegroupSingleAz from './aws-eks-nodegroup-single-az.js';
import awsLbSingleAz from './aws-lb-single-az.js';

export const rules: Rule<any, any>[] = [awsAsgSingleAz, awsDbBackupsDisabled, awsDbDeletionProtection, awsDynamodbPitr, awsEksNodegroupSingleAz, awsLbSingleAz];
