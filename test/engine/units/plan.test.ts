// The unit plan of a repository: which unit owns each file, what each unit uses, which
// units a name joins; read from fixtures/units/monorepo (module callers, a state bucket
// and its backends, a kustomize base and overlay, a Helm chart).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskSource } from '../../../src/read/file-source.js';
import { planUnits, type UnitPlan } from '../../../src/engine/units/plan.js';
import { changedUnits, contextOf } from '../../../src/engine/units/select.js';
import { REPO_DIR } from '../../support/shared.js';

const ROOT = join(REPO_DIR, 'fixtures/units/monorepo');

async function plan(root = ROOT): Promise<UnitPlan> {
  const source = diskSource();
  const { files } = await source.discover(['.'], { cwd: root });
  return planUnits({
    candidates: files,
    read: (c) => {
      const loaded = source.load(c, 1 << 20);
      return loaded.ok ? loaded.source.text : undefined;
    },
  });
}

const sorted = (s: Iterable<string>) => [...s].sort();

describe('planUnits', () => {
  it('gives every file one unit: its folder, or the outermost Helm chart holding it', async () => {
    const p = await plan();
    expect(sorted(p.units.keys())).toEqual([
      'bootstrap',
      'charts/web',
      'k8s/apps/web',
      'k8s/base',
      'k8s/overlays/prod',
      'k8s/stack',
      'k8s/stack/api',
      'live/prod',
      'live/stage',
      'modules/app',
      'modules/db',
      'standalone',
    ]);
    expect(p.units.get('charts/web')!.files.map((f) => f.path)).toEqual([
      'charts/web/Chart.yaml',
      'charts/web/templates/deployment.yaml',
      'charts/web/values.yaml',
    ]);
    expect(p.unitOf('charts/web/templates/gone.yaml')).toBe('charts/web');
    expect(p.unitOf('live/prod/deleted.tf')).toBe('live/prod');
    expect(p.unitOf('nowhere/x.tf')).toBeUndefined();
  });

  it('links local module calls and kustomize resources both ways', async () => {
    const p = await plan();
    expect(sorted(p.units.get('live/prod')!.uses)).toEqual(['modules/app']);
    expect(sorted(p.units.get('modules/app')!.uses)).toEqual(['modules/db']);
    expect(sorted(p.units.get('modules/db')!.usedBy)).toEqual(['live/stage', 'modules/app']);
    expect(sorted(p.units.get('k8s/overlays/prod')!.uses)).toEqual(['k8s/base']);
    expect(sorted(p.units.get('k8s/base')!.usedBy)).toEqual(['k8s/overlays/prod']);
    // A resource named by its folder alone (`- api`) is a path too.
    expect(sorted(p.units.get('k8s/stack')!.uses)).toEqual(['k8s/stack/api']);
  });

  it('joins the roots whose backend names a bucket with the unit declaring it, not with each other', async () => {
    const p = await plan();
    expect(sorted(p.units.get('bootstrap')!.joined)).toEqual(['live/prod', 'live/stage']);
    expect(sorted(p.units.get('live/prod')!.joined)).toEqual(['bootstrap']);
    expect(sorted(p.units.get('live/stage')!.joined)).toEqual(['bootstrap']);
    expect(sorted(p.units.get('standalone')!.joined)).toEqual([]);
  });

  it('joins what the cross-unit rules judge together: a bucket, its versioning resource, its backends, a replica named by ARN', async () => {
    const p = await plan(join(REPO_DIR, 'fixtures/engine/units'));
    const joined = (id: string) => sorted(p.units.get(id)!.joined);
    // bootstrap declares "acme-state", state-versioning points a versioning resource at it.
    expect(joined('bootstrap')).toEqual(['live/prod', 'live/stage', 'state-versioning']);
    expect(joined('state-versioning')).toEqual(['bootstrap', 'live/prod', 'live/stage']);
    // live/prod replicates to "arn:aws:s3:::dr-backup", declared in dr.
    expect(joined('live/prod')).toEqual(['bootstrap', 'dr', 'state-versioning']);
    expect(joined('live/stage')).toEqual(['bootstrap', 'state-versioning']);
    expect(joined('dr')).toEqual(['live/prod']);
  });
});

describe('changedUnits and contextOf', () => {
  it('a changed module selects its callers, transitively; the context adds what they call', async () => {
    const p = await plan();
    const selected = changedUnits(p, ['modules/db/main.tf']);
    expect(sorted(selected)).toEqual(['bootstrap', 'live/prod', 'live/stage', 'modules/app', 'modules/db']);
    expect(sorted(contextOf(p, selected))).toEqual(sorted(selected));
  });

  it('a changed root selects itself and its state bucket, not the other roots keeping state there', async () => {
    const p = await plan();
    const selected = changedUnits(p, ['live/prod/main.tf']);
    expect(sorted(selected)).toEqual(['bootstrap', 'live/prod']);
    // The bucket's finding names every backend keeping state in it: they are modelled, not reported.
    expect(sorted(contextOf(p, selected))).toEqual([
      'bootstrap',
      'live/prod',
      'live/stage',
      'modules/app',
      'modules/db',
    ]);
  });

  it('a changed state bucket selects every root keeping state in it', async () => {
    const p = await plan();
    expect(sorted(changedUnits(p, ['bootstrap/main.tf']))).toEqual(['bootstrap', 'live/prod', 'live/stage']);
  });

  it('a root alone (a shard) is modelled with its callees and its state bucket, not the other roots', async () => {
    const p = await plan();
    expect(sorted(contextOf(p, ['live/prod']))).toEqual(['bootstrap', 'live/prod', 'modules/app', 'modules/db']);
  });

  it('a changed kustomize base selects the overlays using it; a standalone folder only itself', async () => {
    const p = await plan();
    expect(sorted(changedUnits(p, ['k8s/base/deployment.yaml']))).toEqual(['k8s/base', 'k8s/overlays/prod']);
    expect(sorted(changedUnits(p, ['k8s/overlays/prod/replicas.yaml']))).toEqual(['k8s/overlays/prod']);
    expect(sorted(contextOf(p, ['k8s/overlays/prod']))).toEqual(['k8s/base', 'k8s/overlays/prod']);
    expect(sorted(changedUnits(p, ['standalone/main.tf']))).toEqual(['standalone']);
    expect(sorted(changedUnits(p, ['charts/web/values.yaml']))).toEqual(['charts/web']);
  });

  it('the context of a called module includes every caller (it is judged in their stacks)', async () => {
    const p = await plan();
    expect(sorted(contextOf(p, ['modules/db']))).toEqual([
      'bootstrap',
      'live/prod',
      'live/stage',
      'modules/app',
      'modules/db',
    ]);
  });
});
