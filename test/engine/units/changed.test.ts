// Changed-units mode (`--diff-base`, the Action on a pull request): for a change, the
// findings of the units it selects are exactly those a full run of both commits gives for
// those units, and the new findings are the full run's. Fixture repositories with module
// callers, a state bucket and its backends, kustomize bases and Helm output of a chart.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintChange, type ChangeLint } from '../../../src/engine/diff-base.js';
import type { Finding } from '../../../src/findings/finding.js';
import { GitRepo } from '../../../src/git/repo.js';
import { lint } from '../../support/lint.js';
import { TestRepo } from '../../support/git-repo.js';
import { REPO_DIR } from '../../support/shared.js';

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((r) => r.remove()));

/** A repository holding the fixtures, committed as the base; `change` is committed as the head. */
function fixtureRepo(change: Record<string, string | null>): { r: TestRepo; base: string; head: string } {
  const r = new TestRepo();
  repos.push(r);
  cpSync(join(REPO_DIR, 'fixtures/units/monorepo'), r.dir, { recursive: true });
  cpSync(join(REPO_DIR, 'fixtures/helm'), join(r.dir, 'helm'), { recursive: true });
  const base = r.commit('base');
  r.write(change);
  return { r, base, head: r.commit('head') };
}

const CHARTS = ['charts/web', 'helm/shop', 'helm/broken'];
/** The unit owning a file: the outermost chart holding it, else its folder. */
function unitOf(path: string): string {
  return (
    CHARTS.find((c) => path.startsWith(`${c}/`)) ?? (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.')
  );
}

const keys = (fs: Finding[]) => fs.map((f) => JSON.stringify(f)).sort();

async function both(r: TestRepo, base: string, head: string): Promise<{ full: ChangeLint; changed: ChangeLint }> {
  const repo = (await GitRepo.open(r.dir))!;
  const options = { paths: ['.'], cwd: r.dir, kustomize: 'in-process' as const };
  const full = await lintChange(options, { repo, baseSha: base, headSha: head }, lint);
  const changed = await lintChange(options, { repo, baseSha: base, headSha: head, changedOnly: true }, lint);
  return { full, changed };
}

const edit = (path: string, from: string, to: string) => {
  const text = (readFixture(path) ?? '').replace(from, to);
  if (!text.includes(to)) throw new Error(`${path}: ${from} not found`);
  return { [path]: text };
};

function readFixture(path: string): string | undefined {
  const { readFileSync } = require('node:fs') as typeof import('node:fs');
  const abs = path.startsWith('helm/')
    ? join(REPO_DIR, 'fixtures', path)
    : join(REPO_DIR, 'fixtures/units/monorepo', path);
  return readFileSync(abs, 'utf8');
}

const CASES: [string, Record<string, string | null>, string[]][] = [
  [
    'a called module: its callers, transitively (and the state bucket their backends name)',
    edit('modules/db/main.tf', 'default = true', 'default = false'),
    ['bootstrap', 'live/prod', 'live/stage', 'modules/app', 'modules/db'],
  ],
  [
    'a root: itself and the units its backend joins',
    edit('live/prod/main.tf', 'ha     = false', 'ha     = true'),
    ['bootstrap', 'live/prod', 'live/stage'],
  ],
  [
    'the state bucket renamed: the backends that named it at the base',
    edit('bootstrap/main.tf', '"acme-tfstate"', '"acme-tfstate-v2"'),
    ['bootstrap', 'live/prod', 'live/stage'],
  ],
  [
    'a module call removed: the former callee is selected through the base',
    edit('live/stage/main.tf', 'source = "../../modules/db"', 'source = "../../modules/app"\n  ha     = true'),
    ['bootstrap', 'live/prod', 'live/stage'],
  ],
  [
    'a kustomize base: the overlay including it',
    edit('k8s/base/deployment.yaml', 'replicas: 2', 'replicas: 1'),
    ['k8s/base', 'k8s/overlays/prod'],
  ],
  [
    'a chart values file: the committed helm output of the chart',
    edit('helm/shop/values.yaml', 'replicas: 1', 'replicas: 2'),
    ['helm/rendered', 'helm/shop'],
  ],
  ['a folder of manifests alone', edit('k8s/apps/web/web.yaml', 'replicas: 1', 'replicas: 3'), ['k8s/apps/web']],
  [
    'a file renamed into another folder: both folders',
    { 'standalone/main.tf': null, 'standalone2/main.tf': readFixture('standalone/main.tf')! },
    ['standalone', 'standalone2'],
  ],
];

describe('changed-units mode', () => {
  it.each(CASES)('%s', async (_name, change, units) => {
    const { r, base, head } = fixtureRepo(change);
    const { full, changed } = await both(r, base, head);
    // The units of either side (a folder may exist on one side only).
    const ids = [...new Set([...changed.head.summary.scope!.ids!, ...changed.base.summary.scope!.ids!])].sort();
    expect(ids).toEqual(units);
    const selected = new Set(units);
    // A finding of a selected unit, or reached from one (a module's line, related to the root calling it).
    const inUnits = (fs: Finding[]) =>
      fs.filter((f) => [f.file, ...(f.related ?? []).map((r) => r.file)].some((p) => selected.has(unitOf(p))));
    expect(keys(changed.head.findings)).toEqual(keys(inUnits(full.head.findings)));
    expect(keys(changed.base.findings)).toEqual(keys(inUnits(full.base.findings)));
    expect(keys(changed.delta.new)).toEqual(keys(full.delta.new));
    expect(keys(changed.delta.fixed)).toEqual(keys(full.delta.fixed));
    expect(changed.head.summary.scope).toMatchObject({ mode: 'changed' });
    expect(changed.head.summary.scope!.unitsTotal).toBeGreaterThan(units.length);
  });

  it('a change to the config lints every unit, and says why', async () => {
    const { r, base, head } = fixtureRepo({ '.arch-lint.yml': 'failOn: warning\n' });
    const { full, changed } = await both(r, base, head);
    expect(changed.head.summary.scope).toBeUndefined();
    expect(changed.notes).toEqual([
      'Changed-units mode lints every unit: the change touches .arch-lint.yml, which judges every file.',
    ]);
    expect(keys(changed.head.findings)).toEqual(keys(full.head.findings));
  });
});
