// Changed-units mode (`--diff-base`, the Action on a pull request): for a change, the
// findings of the units it selects are exactly those a full run of both commits gives for
// those units, and the new findings are the full run's. Fixture repositories with module
// callers, a state bucket and its backends, kustomize bases and Helm output of a chart.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectFullRunFiltered, fullAndChanged, selectedUnits } from '../../support/changed-units.js';
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
    'a root: itself and the declaration of its state bucket, not the other roots keeping state there',
    edit('live/prod/main.tf', 'ha     = false', 'ha     = true'),
    ['bootstrap', 'live/prod'],
  ],
  [
    'the state bucket renamed: the backends that named it at the base',
    edit('bootstrap/main.tf', '"acme-tfstate"', '"acme-tfstate-v2"'),
    ['bootstrap', 'live/prod', 'live/stage'],
  ],
  [
    'a module call changed: the root and its state bucket (the former callee is reported through the root)',
    edit('live/stage/main.tf', 'source = "../../modules/db"', 'source = "../../modules/app"\n  ha     = true'),
    ['bootstrap', 'live/stage'],
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
    const both = await fullAndChanged(r.dir, base, head);
    expect(selectedUnits(both.changed)).toEqual(units);
    expectFullRunFiltered(both, unitOf);
    expect(both.changed.head.summary.scope!.unitsTotal).toBeGreaterThan(units.length);
  });

  it('a change to the config lints every unit, and says why', async () => {
    const { r, base, head } = fixtureRepo({ '.arch-lint.yml': 'failOn: warning\n' });
    const { full, changed } = await fullAndChanged(r.dir, base, head);
    expect(changed.head.summary.scope).toBeUndefined();
    expect(changed.notes).toEqual([
      'Changed-units mode lints every unit: the change touches .arch-lint.yml, which judges every file.',
    ]);
    expect(changed.head.findings).toEqual(full.head.findings);
  });
});
