import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTerraformProject } from '../../../src/model/terraform/build.js';
import { rootRole } from '../../../src/model/terraform/roles.js';
import { REPO_DIR } from '../../support/shared.js';
import { readDirs } from './helpers.js';

const ROOT = 'fixtures/terraform/roles';
const project = buildTerraformProject(readDirs(join(REPO_DIR, ROOT), REPO_DIR));

describe('root roles (docs/terraform-roots.md)', () => {
  it('tells deployments, examples, reusable modules and called modules apart', () => {
    const roles = project.modules.map((m) => [m.dir.slice(ROOT.length + 1), rootRole(m)]);
    expect(roles.sort()).toEqual([
      // Calls a local module: judged through it, as an example of its use.
      ['examples/basic', 'example'],
      // Its own tfvars: applied as is.
      ['live-tfvars', 'deployment'],
      // Called by prod.
      ['modules/called', 'module'],
      // A provider, but under modules/ with a required input: a module whose caller is not in the scan.
      ['modules/net', 'reusable'],
      // A backend.
      ['prod', 'deployment'],
      // sql-module is called by the example.
      ['sql-module', 'module'],
      // No interface for a caller: nothing else it could be.
      ['tutorial', 'deployment'],
    ]);
  });

  it('makes a module nothing calls a reusable module when it declares required inputs', () => {
    const alone = buildTerraformProject(readDirs(join(REPO_DIR, ROOT, 'sql-module'), REPO_DIR));
    expect(alone.stacks.map((s) => rootRole(s.root))).toEqual(['reusable']);
  });

  it('honours configured example folders', () => {
    const basic = project.modules.find((m) => m.dir.endsWith('examples/basic'))!;
    expect(rootRole(basic, ['samples'])).toBe('deployment');
  });
});
