// Linting one deployment unit at a time gives exactly what one pass over the whole scan
// gives: findings (cross-unit ones included), fingerprints, suppressions, notes, counts.
import { describe, expect, it } from 'vitest';
import type { LintOptions, LintResult } from '../../../src/engine/lint-api.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../../src/read/load.js';
import { diskSource } from '../../../src/read/file-source.js';
import { scanLinks } from '../../../src/engine/units/links.js';
import { planUnits } from '../../../src/engine/units/lint-units.js';
import { REPORTERS } from '../../../src/report/index.js';
import { lint } from '../../support/lint.js';
import { describeShared, REPO_DIR, sharedPath } from '../../support/shared.js';

const UNITS = 'fixtures/engine/units';

async function plan(path: string) {
  const source = diskSource();
  const { files } = await source.discover([path], { cwd: REPO_DIR, isIgnored: () => false });
  const limits = { maxFileBytes: DEFAULT_MAX_FILE_BYTES, yaml: {} };
  return planUnits(files, await scanLinks(files, limits, source));
}

/** Everything a run hands to reporters and the Action, as text. */
function everything(result: LintResult): string {
  const report = REPORTERS.json(result.findings, {
    toolVersion: '0.0.0-test',
    rules: result.rules,
    summary: result.summary,
    source: (p) => result.sources.get(p),
    color: false,
  });
  const text = REPORTERS.text(result.findings, {
    toolVersion: '0.0.0-test',
    rules: result.rules,
    summary: result.summary,
    source: (p) => result.sources.get(p),
    color: false,
  });
  const { skipped, notes, exitCode, internalErrors, suppressions } = result;
  return [report, text, JSON.stringify({ skipped, notes, exitCode, internalErrors, suppressions }, null, 1)].join('\n');
}

async function bothWays(options: Omit<LintOptions, 'cwd'>, cwd = REPO_DIR) {
  const perUnit = await lint({ ...options, cwd });
  const whole = await lint({ ...options, cwd, units: 'off' });
  return { perUnit: everything(perUnit), whole: everything(whole), result: perUnit };
}

describe('planUnits', () => {
  it('makes a unit of each Terraform root with the modules it calls, and of each kustomization', async () => {
    const units = await plan(UNITS);
    const summary = units.map((u) => [
      u.id.replace(`${UNITS}/`, '').replace(`${UNITS}`, '.'),
      u.files.map((f) => f.path.slice(UNITS.length + 1)),
      u.files.filter((f) => u.owned.has(f.path)).length,
    ]);
    expect(summary).toEqual([
      ['terraform:bootstrap', ['bootstrap/main.tf'], 1],
      ['terraform:dr', ['dr/main.tf'], 1],
      // A module called by two roots is read by both; the first owns it.
      ['terraform:live/prod', ['live/prod/main.tf', 'modules/bucket/main.tf'], 2],
      ['terraform:live/stage', ['live/stage/main.tf', 'modules/bucket/main.tf'], 1],
      ['terraform:state-versioning', ['state-versioning/main.tf'], 1],
      // A cycle nothing calls gets one root after the others, as the whole scan picks it: a, the first in order.
      ['terraform:cycle/a', ['cycle/a/main.tf', 'cycle/b/main.tf'], 2],
      // The overlay and the base it includes are one unit; the plain folder another.
      [
        'kubernetes:k8s/base',
        ['k8s/base/deploy.yaml', 'k8s/base/kustomization.yaml', 'k8s/overlays/prod/kustomization.yaml'],
        3,
      ],
      ['kubernetes:k8s/plain', ['k8s/plain/app.yaml'], 1],
    ]);
  });
});

describe('linting unit by unit', () => {
  it('finds across units what one pass finds: state buckets, versioning and replicas declared in other roots', async () => {
    const { perUnit, whole, result } = await bothWays({ paths: [UNITS] });
    expect(perUnit).toBe(whole);
    const at = (ruleId: string) =>
      result.findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.file.slice(UNITS.length + 1)}:${f.line}`);
    // The bootstrap root's bucket holds the live roots' state; its versioning (suspended) is a third root's.
    expect(at('tf-state-bucket-versioning')).toEqual(['state-versioning/main.tf:8']);
    expect(result.findings.find((f) => f.ruleId === 'tf-state-bucket-versioning')!.message).toContain(
      `${UNITS}/live/prod/main.tf:2, ${UNITS}/live/stage/main.tf:2`,
    );
    // prod-backup replicates to dr-backup, declared in the dr root, in the same region.
    expect(
      result.findings.find((f) => f.ruleId === 'aws-s3-cross-region-replication' && f.line === 28)?.message,
    ).toContain('replicates only to aws_s3_bucket.dr');
    // The shared module's suppression is reported once, by the unit that owns the file.
    expect(result.suppressions.filter((s) => s.file.endsWith('modules/bucket/main.tf'))).toHaveLength(1);
  });

  it.each([
    ['the demo', ['fixtures/demo']],
    ['the Terraform fixtures', ['fixtures/terraform']],
    ['the Kubernetes fixtures', ['fixtures/k8s']],
    ['the Helm fixtures', ['fixtures/helm']],
    ['the rule fixtures', ['fixtures/rules']],
    ['the engine fixtures', ['fixtures/engine', 'fixtures/hcl']],
    ['the monorepo fixtures (roots sharing a state bucket, Terragrunt)', ['fixtures/units']],
    // Three roots keeping state in a bucket this scan does not declare: not joined at all.
    ['roots sharing a state bucket declared elsewhere', ['fixtures/units/shared-state/live']],
  ])('gives byte-identical output on %s', async (_name, paths) => {
    const { perUnit, whole } = await bothWays({ paths });
    expect(perUnit).toBe(whole);
  });
});

describeShared('linting the shared corpus unit by unit', () => {
  it.each([['realworld'], ['realworld2'], ['helm']])('gives byte-identical output on %s', async (dir) => {
    const { perUnit, whole } = await bothWays({ paths: [dir] }, sharedPath('corpus'));
    expect(perUnit).toBe(whole);
  });
});
