// Rules that judge a whole deployment (its replicas, failover, state) look at deployment
// roots only; the definition of a deployment, an example and a reusable module is the
// model's (src/model/terraform/roles.ts, docs/terraform-roots.md).

import { DEFAULT_EXAMPLE_DIRS, isUnderExampleDir, rootRole } from '../../src/model/terraform/roles.js';
import type { TfModule, TfProject, TfStack } from '../../src/model/terraform/types.js';

export { DEFAULT_EXAMPLE_DIRS };

export const exampleDirsSchema = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
  description:
    'Folder names whose root modules are examples or tests of a reusable module, not deployments: they are not checked.',
};

export function isExample(module: TfModule, exampleDirs: readonly string[] = DEFAULT_EXAMPLE_DIRS): boolean {
  return isUnderExampleDir(module.dir, exampleDirs);
}

/**
 * A deployment (see roles.ts; examples count here) that configures a backend or a provider:
 * what tf-local-state needs to say its state is local. A deployment without either relies on
 * its environment for both, and nothing in it says how it is applied.
 */
export function isDeployableRoot(module: TfModule): boolean {
  if (rootRole(module, []) !== 'deployment') return false;
  return module.backend !== undefined || module.providers.length > 0 || module.terragrunt !== undefined;
}

/** Stacks whose root is a deployment: not an example, a test or a reusable module nothing scanned calls. */
export function deployedStacks(project: TfProject, exampleDirs: readonly string[] = DEFAULT_EXAMPLE_DIRS): TfStack[] {
  return project.stacks.filter((s) => rootRole(s.root, exampleDirs) === 'deployment');
}
