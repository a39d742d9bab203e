// What a senior engineer calls a root module: a directory that nothing else calls and that
// is meant to be applied, i.e. it configures a provider or a backend. A directory with
// neither receives its providers from a caller: a reusable module, even if the scan holds
// no caller. Roots under example/test folders illustrate a module; they are not deployments.

import type { TfModule, TfProject, TfStack } from '../../../src/model/terraform/types.js';

/** Folder names whose roots are examples or tests of a reusable module. */
export const DEFAULT_EXAMPLE_DIRS = ['examples', 'example', 'test', 'tests'];

export const exampleDirsSchema = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
  description: 'Folder names whose root modules are examples or tests of a reusable module, not deployments: they are not checked.',
};

export function isExample(module: TfModule, exampleDirs: readonly string[] = DEFAULT_EXAMPLE_DIRS): boolean {
  const segments = module.dir.split('/');
  return segments.some((s) => exampleDirs.includes(s));
}

/** A root that configures a provider or a backend (or `cloud`). */
export function isDeployableRoot(module: TfModule): boolean {
  return module.isRoot && (module.backend !== undefined || module.providers.length > 0);
}

/** Stacks that are deployments: their root is deployable and not an example. */
export function deployedStacks(project: TfProject, exampleDirs: readonly string[] = DEFAULT_EXAMPLE_DIRS): TfStack[] {
  return project.stacks.filter((s) => s.root.isRoot && !isExample(s.root, exampleDirs));
}
