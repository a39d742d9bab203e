// What a senior engineer calls a root module: a directory that nothing else calls and that
// is meant to be applied, i.e. it configures a provider or a backend. A directory with
// neither receives its providers from a caller: a reusable module, even if the scan holds
// no caller. Roots under example/test folders illustrate a module; they are not deployments.

import type { TfModule, TfProject, TfStack } from '../../src/model/terraform/types.js';

/** Folder names whose roots are examples or tests of a reusable module. */
export const DEFAULT_EXAMPLE_DIRS = ['examples', 'example', 'test', 'tests'];

export const exampleDirsSchema = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
  description:
    'Folder names whose root modules are examples or tests of a reusable module, not deployments: they are not checked.',
};

export function isExample(module: TfModule, exampleDirs: readonly string[] = DEFAULT_EXAMPLE_DIRS): boolean {
  const segments = module.dir.split('/');
  return segments.some((s) => exampleDirs.includes(s));
}

/** Under a `modules/` folder with inputs its caller must set: a module, even if it (wrongly) configures a provider. */
function looksReusable(module: TfModule): boolean {
  const required = [...module.variables.values()].some(
    (v) => !v.block.body.attributes.some((a) => a.name === 'default'),
  );
  return required && module.dir.split('/').includes('modules');
}

/** A root that configures a backend (or `cloud`), or a provider without looking like a reusable module. */
export function isDeployableRoot(module: TfModule): boolean {
  if (!module.isRoot) return false;
  if (module.backend !== undefined) return true;
  return module.providers.length > 0 && !looksReusable(module);
}

/** Stacks whose root is not an example or a test of a module. */
export function deployedStacks(project: TfProject, exampleDirs: readonly string[] = DEFAULT_EXAMPLE_DIRS): TfStack[] {
  return project.stacks.filter((s) => s.root.isRoot && !isExample(s.root, exampleDirs));
}
