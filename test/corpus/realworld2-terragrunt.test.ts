// The Terragrunt repositories of ../shared/corpus/realworld2: a live repository built on
// stacks (root.hcl, account.hcl, region.hcl, terragrunt.stack.hcl; units come from a
// remote catalog) and the modules repository of the classic live example, whose
// .boilerplate/terragrunt.hcl is a Go template.
import { expect, it } from 'vitest';
import { lint } from '../support/lint.js';
import { describeShared, sharedPath } from '../support/shared.js';

const LIVE = 'terragrunt-infrastructure-live-stacks-example';
const MODULES = 'terragrunt-infrastructure-modules-example';

describeShared('Terragrunt on the realworld2 corpus', () => {
  it('reads the live repository: every .hcl scanned, its root.hcl state settings judged (encrypted, locked)', async () => {
    const result = await lint({ paths: [LIVE], cwd: sharedPath('corpus/realworld2') });
    expect(result.internalErrors).toEqual([]);
    // root.hcl, 2 account.hcl, 2 region.hcl, 2 terragrunt.stack.hcl (before: "0 files").
    expect(result.summary.filesScanned).toBe(7);
    // encrypt = true and use_lockfile = true in root.hcl; the bucket is not in the scan.
    expect(result.findings).toEqual([]);
  });

  it('skips the Go-templated boilerplate terragrunt.hcl of the modules repository', async () => {
    const result = await lint({ paths: [MODULES], cwd: sharedPath('corpus/realworld2') });
    expect(result.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    expect(result.skipped.map((s) => s.file)).toEqual([
      `${MODULES}/modules/ecs-fargate-service/.boilerplate/terragrunt.hcl`,
    ]);
  });
});
