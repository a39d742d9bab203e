// Recognising calls of well-known registry modules, whatever way the source is written:
// `terraform-aws-modules/rds/aws`, `registry.terraform.io/terraform-aws-modules/rds/aws`,
// `git::https://github.com/terraform-aws-modules/terraform-aws-rds.git?ref=v6.10.0`,
// each optionally with a `//modules/<sub>` suffix.

import type { TfModuleCall, TfStack } from '../../../src/model/terraform/types.js';

export interface RegistryModule {
  /** `terraform-aws-modules/rds/aws` */
  name: string;
  /** Submodule path after `//`, '' for the module's root. */
  submodule: string;
}

export function registryModule(source: string): RegistryModule | undefined {
  const bare = source
    .trim()
    .replace(/^git::/, '')
    .replace(/\?.*$/, '')
    .replace(/^[a-z+]+:\/\//, '');
  const cut = bare.indexOf('//');
  const base = (cut === -1 ? bare : bare.slice(0, cut)).replace(/\/+$/, '');
  const submodule = cut === -1 ? '' : bare.slice(cut + 2).replace(/\/+$/, '');
  const git = /(?:^|[@/.])github\.com[/:]([\w-]+)\/terraform-([a-z0-9]+)-([\w-]+?)(?:\.git)?$/.exec(base);
  if (git) return { name: `${git[1]}/${git[3]}/${git[2]}`, submodule };
  const registry = /^(?:[\w-]+(?:\.[\w-]+)+\/)?([\w-]+)\/([\w-]+)\/([\w-]+)$/.exec(base);
  if (registry) return { name: `${registry[1]}/${registry[2]}/${registry[3]}`, submodule };
  return undefined;
}

/**
 * Calls of the stack whose source is registry module `name` (and submodule, '' for its
 * root). Calls whose code was scanned (`child` set) are skipped: their resources are
 * judged directly.
 */
export function callsOf(stack: TfStack, name: string, submodule = ''): TfModuleCall[] {
  return stack.moduleCalls.filter((call) => {
    if (call.child) return false;
    const m = registryModule(call.source);
    return m !== undefined && m.name === name && m.submodule === submodule;
  });
}
