// Changed-units mode in a monorepo whose roots all keep their state in one bucket declared
// in a bootstrap root (a backend "s3" per root, or Terragrunt's root.hcl remote_state; the
// bucket named by a literal, or in the bootstrap root's terraform.tfvars; its versioning
// resource in a third root, a replica named by ARN in fixtures/engine/units): a
// change in one root selects that root and the bucket's declaration, not every root; a
// change to the bucket selects every root keeping state in it. Either way the changed run
// reports exactly what the full run reports for the units it selects.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectFullRunFiltered, fullAndChanged, selectedUnits } from '../../support/changed-units.js';
import { TestRepo } from '../../support/git-repo.js';
import { REPO_DIR } from '../../support/shared.js';

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((r) => r.remove()));

type Change = Record<string, string | null>;

/** The fixture committed as the base, `change` (built from the fixture's texts) as the head. */
function fixtureRepo(fixture: string, change: (read: (path: string) => string) => Change) {
  const r = new TestRepo();
  repos.push(r);
  const dir = join(REPO_DIR, 'fixtures', fixture);
  cpSync(dir, r.dir, { recursive: true });
  const base = r.commit('base');
  r.write(change((path) => readFileSync(join(dir, path), 'utf8')));
  return { r, base, head: r.commit('head') };
}

/** `path` with `from` replaced by `to` (which must then be in it). */
const edit = (path: string, from: string, to: string) => (read: (path: string) => string) => {
  const text = read(path).replace(from, to);
  if (!text.includes(to)) throw new Error(`${path}: ${from} not found`);
  return { [path]: text };
};

const unitOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.');

const CASES: [string, string, (read: (path: string) => string) => Change, string[]][] = [
  [
    'units/shared-state',
    'a root: itself and the bootstrap root declaring its state bucket',
    edit('live/prod/main.tf', 'multi_az = false', 'multi_az = true'),
    ['bootstrap', 'live/prod'],
  ],
  [
    'units/shared-state',
    "a root's backend: itself and the bootstrap root (the bucket's finding lists the backends)",
    edit(
      'live/stage/backend.tf',
      'key    = "live/stage/terraform.tfstate"',
      'key = "stage.tfstate"\n    encrypt = true',
    ),
    ['bootstrap', 'live/stage'],
  ],
  [
    'units/shared-state',
    'a module the roots call: its callers and their state bucket',
    edit('modules/service/main.tf', 'default = true', 'default = false'),
    ['bootstrap', 'live/prod', 'live/stage', 'modules/service'],
  ],
  [
    'units/shared-state',
    'a root added: itself and the bootstrap root',
    (read) => ({ 'live/qa/backend.tf': read('live/stage/backend.tf').replace('live/stage', 'live/qa') }),
    ['bootstrap', 'live/qa'],
  ],
  [
    'units/shared-state',
    'a root removed: itself and the bootstrap root',
    () => ({ 'live/dev/backend.tf': null, 'live/dev/main.tf': null }),
    ['bootstrap', 'live/dev'],
  ],
  [
    'units/shared-state',
    'the state bucket: every root keeping state in it',
    edit('bootstrap/main.tf', '"Suspended"', '"Enabled"'),
    ['bootstrap', 'live/dev', 'live/prod', 'live/stage'],
  ],
  [
    'units/shared-state',
    'the state bucket renamed in terraform.tfvars: the bootstrap root and every root that named it',
    edit('bootstrap/terraform.tfvars', '"acme-tfstate"', '"acme-tfstate-v2"'),
    ['bootstrap', 'live/dev', 'live/prod', 'live/stage'],
  ],
  [
    'units/shared-state-terragrunt',
    "a Terragrunt unit: itself and the bootstrap root declaring its root.hcl's state bucket",
    edit('live/prod/app/terragrunt.hcl', '"orders-prod"', '"orders-production"'),
    ['bootstrap', 'live/prod/app'],
  ],
  [
    'units/shared-state-terragrunt',
    'a Terragrunt unit removed: itself and the bootstrap root',
    () => ({ 'live/stage/app/terragrunt.hcl': null }),
    ['bootstrap', 'live/stage/app'],
  ],
  [
    'units/shared-state-terragrunt',
    'the state bucket: root.hcl and every Terragrunt unit including it',
    edit('bootstrap/main.tf', '"acme-tfstate"\n}', '"acme-tfstate"\n  versioning {\n    enabled = true\n  }\n}'),
    ['.', 'bootstrap', 'live/prod/app', 'live/stage/app'],
  ],
  [
    'engine/units',
    "a root: its state bucket and the bucket's versioning resource in another root, not the other backend",
    edit('live/stage/main.tf', '"stage-data"', '"staging-data"'),
    ['bootstrap', 'live/stage', 'state-versioning'],
  ],
  [
    'engine/units',
    'a versioning resource: its bucket and every backend keeping state in it',
    edit('state-versioning/main.tf', '"Suspended"', '"Enabled"'),
    ['bootstrap', 'live/prod', 'live/stage', 'state-versioning'],
  ],
  [
    'engine/units',
    'a replication destination: the root replicating to it by ARN',
    edit('dr/main.tf', 'region = "us-east-1"', 'region = "us-west-2"'),
    ['dr', 'live/prod'],
  ],
];

describe('changed-units mode, roots sharing one state bucket', () => {
  it.each(CASES)('%s: %s', async (fixture, _name, change, units) => {
    const { r, base, head } = fixtureRepo(fixture, change);
    const both = await fullAndChanged(r.dir, base, head);
    expect(selectedUnits(both.changed)).toEqual(units);
    expectFullRunFiltered(both, unitOf);
    expect(both.changed.head.summary.scope!.unitsTotal).toBeGreaterThan(units.length);
  });
});
