// Registry module calls without installed code, judged through the registry table
// (src/model/terraform/registry/table.ts) by the same rules as the resources they create.
import { describe, expect, it } from 'vitest';
import { lint } from '../support/lint.js';
import { REPO_DIR } from '../support/shared.js';

const DIR = 'fixtures/terraform/registry-table';

async function found(file: string): Promise<string[]> {
  const result = await lint({ paths: [`${DIR}/${file}`], cwd: REPO_DIR, noConfig: true });
  expect(result.internalErrors).toEqual([]);
  // The table's code is not a file: every finding is in the caller's.
  expect(result.findings.filter((f) => f.file !== `${DIR}/${file}`)).toEqual([]);
  return result.findings
    .filter((f) => f.ruleId !== 'tf-local-state')
    .map((f) => `${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.resource}`);
}

describe('registry table', () => {
  it('judges AWS module calls at the caller: rds, rds-aurora, s3-bucket, dynamodb-table, elasticache, autoscaling, eks', async () => {
    expect(await found('aws.tf')).toEqual([
      // multi_az and deletion_protection left out: the module defaults (false) apply.
      'aws-db-deletion-protection 5:1-5:19 module.orders_db',
      'aws-rds-cross-region-replica 5:1-5:19 module.orders_db',
      'aws-rds-multi-az 5:1-5:19 module.orders_db',
      // The db_instance submodule through a git source with ?ref=v6.10.0.
      'aws-rds-cross-region-replica 14:1-14:20 module.billing_db',
      'aws-db-backups-disabled 22:3-22:30 module.billing_db',
      'aws-rds-cross-region-replica 25:1-25:16 module.aurora',
      // One entry in `instances`.
      'aws-aurora-multi-az 31:3-33:4 module.aurora',
      // The ACL counts because the caller turned block_public_acls / ignore_public_acls off (4.x defaults: on).
      'aws-s3-public-acl 42:3-42:25 module.exports',
      'aws-s3-public-access-block 44:3-44:29 module.exports',
      'aws-s3-public-access-block 45:3-45:29 module.exports',
      // replica_regions left out (default []): one region.
      'aws-dynamodb-global-table 48:1-48:16 module.events',
      'aws-dynamodb-pitr 54:3-54:41 module.events',
      'aws-elasticache-multi-az 57:1-57:18 module.sessions',
      'aws-elasticache-multi-az 57:1-57:18 module.sessions',
      // slice(..., 0, 1) passed as vpc_zone_identifier: one subnet.
      'aws-asg-single-az 72:3-72:57 module.workers',
      // Node group `default` takes the cluster's one subnet (group `spread` sets two of its own):
      // computed from several inputs, so at the call.
      'aws-eks-nodegroup-single-az 79:1-79:13 module.eks',
    ]);
  });

  it('judges GCP and Azure module calls: sql-db postgresql, cloud-storage simple_bucket, avm storage account', async () => {
    expect(await found('gcp.tf')).toEqual([
      'gcp-sql-cross-region-replica 1:1-1:12 module.pg',
      'gcp-sql-regional 1:1-1:12 module.pg',
      'gcp-sql-backups 9:26-12:4 module.pg',
      'gcp-storage-public-access-prevention 15:1-15:16 module.assets',
    ]);
    expect(await found('azure.tf')).toEqual(['azure-storage-account-nested-public 7:37-7:41 module.storage']);
  });

  it('names the module input and moves the fix to the call', async () => {
    const result = await lint({
      paths: [`${DIR}/aws.tf`],
      cwd: REPO_DIR,
      noConfig: true,
      onlyRules: ['aws-rds-multi-az', 'aws-dynamodb-pitr'],
    });
    const [rds, pitr] = result.findings;
    expect(rds.message).toContain(
      '(module input multi_az of module.orders_db, terraform-aws-modules/rds/aws 6.x, left out: the module default applies)',
    );
    expect(rds.fix?.replacements).toEqual([
      { line: 5, column: 21, endLine: 5, endColumn: 21, text: '\n  multi_az = true' },
    ]);
    // The table's code is made up: never a related location, never a finding's file.
    expect(rds.related ?? []).toEqual([]);
    expect(pitr.message).toContain(
      '(module input point_in_time_recovery_enabled of module.events, terraform-aws-modules/dynamodb-table/aws 4.x)',
    );
    expect(pitr.fix?.replacements[0]).toMatchObject({ line: 54, column: 36, endLine: 54, endColumn: 41, text: 'true' });
  });

  it('does not judge a call whose major version is unknown or not in the table', async () => {
    expect(await found('unjudged.tf')).toEqual([]);
  });
});
