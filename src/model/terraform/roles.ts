// The one definition of what a directory of Terraform is for (docs/terraform-roots.md):
//   - a module: a directory another scanned directory calls;
//   - an example: a root under an example/test folder, illustrating how to call a module;
//   - a deployment: a root meant to be applied: it configures a backend, a provider
//     (outside a `modules/` folder with required inputs) or has its own tfvars, or has no
//     interface for a caller (no input without a default, no output);
//   - a reusable module: any other root: it declares inputs or outputs and receives its
//     providers from a caller the scan does not hold.

import type { TfModule } from './types.js';

export type RootRole = 'deployment' | 'example' | 'reusable';

/** Folder names whose roots are examples or tests of a reusable module. */
export const DEFAULT_EXAMPLE_DIRS: readonly string[] = ['examples', 'example', 'test', 'tests'];

export function isUnderExampleDir(dir: string, exampleDirs: readonly string[] = DEFAULT_EXAMPLE_DIRS): boolean {
  return dir.split('/').some((s) => exampleDirs.includes(s));
}

function hasRequiredInput(module: TfModule): boolean {
  return [...module.variables.values()].some((v) => !v.block.body.attributes.some((a) => a.name === 'default'));
}

/** Under a `modules/` folder with inputs its caller must set: a module, even if it (wrongly) configures a provider. */
function looksReusable(module: TfModule): boolean {
  return hasRequiredInput(module) && module.dir.split('/').includes('modules');
}

/** Roles of roots outside example folders: several rules ask for every stack of every unit. */
const roles = new WeakMap<TfModule, RootRole>();

/** The role of a root module (a directory nothing scanned calls); `module` for a called one. */
export function rootRole(module: TfModule, exampleDirs: readonly string[] = DEFAULT_EXAMPLE_DIRS): RootRole | 'module' {
  if (!module.isRoot) return 'module';
  if (isUnderExampleDir(module.dir, exampleDirs)) return 'example';
  let role = roles.get(module);
  if (role === undefined) roles.set(module, (role = deployedRole(module)));
  return role;
}

/** What a root outside example folders is for: the module's declarations decide. */
function deployedRole(module: TfModule): RootRole {
  // A Terragrunt unit is run: a deployment, whatever its module declares.
  if (module.terragrunt) return 'deployment';
  if (module.backend !== undefined) return 'deployment';
  if (module.providers.length > 0) return looksReusable(module) ? 'reusable' : 'deployment';
  if (module.tfvarsFiles.length > 0) return 'deployment';
  // Inputs a caller must set, or outputs for a caller to read: written to be called.
  return hasRequiredInput(module) || module.outputNames.length > 0 ? 'reusable' : 'deployment';
}
