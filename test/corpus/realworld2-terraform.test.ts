// Terraform repositories nobody here wrote (../shared/corpus/realworld2): the findings
// reviewed by hand, and no template or valid file reported as a parse error.
import { expect, it } from 'vitest';
import { lint } from '../support/lint.js';
import { describeShared, sharedPath } from '../support/shared.js';

const REPOS = [
  'terraform-aws-elasticache-redis',
  'terraform-aws-s3-bucket',
  'terraform-aws-rds-aurora',
  'terraform-google-cloud-storage',
  'terraform-azurerm-avm-res-storage-storageaccount',
  'terragrunt-infrastructure-modules-example',
];

describeShared('Terraform on the realworld2 corpus', () => {
  it('reports the reviewed findings and no parse errors', async () => {
    const cwd = sharedPath('corpus/realworld2');
    const result = await lint({ paths: REPOS, cwd });
    expect(result.internalErrors).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.file)).toEqual([]);
    expect(result.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column}`)).toEqual(
      expect.arrayContaining([
        // num_cache_clusters = cluster_size (1 by default in the example): no replica. Right.
        'aws-elasticache-multi-az terraform-aws-elasticache-redis/main.tf:170:3',
        // The mysql module never sets multi_az. Right.
        'aws-rds-multi-az terragrunt-infrastructure-modules-example/modules/mysql/main.tf:16:1',
        // The module's default public_access_prevention is "inherited". Debatable (a module default).
        'gcp-storage-public-access-prevention terraform-google-cloud-storage/main.tf:48:30',
        // The example calls the registry's simple_bucket 11.x without public_access_prevention:
        // the module default "inherited" applies (registry table). Right, as for a resource.
        'gcp-storage-public-access-prevention terraform-google-cloud-storage/examples/simple_bucket/main.tf:17:1',
      ]),
    );
  });
});

describeShared('registry module calls on the realworld2 corpus', () => {
  it('names the module input of the one registry call the table judges', async () => {
    const result = await lint({
      paths: ['terraform-google-cloud-storage/examples/simple_bucket'],
      cwd: sharedPath('corpus/realworld2'),
      onlyRules: ['gcp-storage-public-access-prevention'],
    });
    expect(result.findings.map((f) => [f.line, f.column, f.endLine, f.endColumn, f.resource])).toEqual([
      [17, 1, 17, 16, 'module.bucket'],
    ]);
    expect(result.findings[0].message).toContain(
      '(module input public_access_prevention of module.bucket, terraform-google-modules/cloud-storage/google//modules/simple_bucket 11.x, left out: the module default applies)',
    );
  });
});
