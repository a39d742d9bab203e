// Calls of well-known registry modules (the source forms: src/model/terraform/registry/source.ts).

import { registryModule } from '../../../src/model/terraform/registry/source.js';
import type { TfModuleCall, TfStack } from '../../../src/model/terraform/types.js';

export { registryModule, type RegistryModule } from '../../../src/model/terraform/registry/source.js';

/**
 * Calls of the stack whose source is registry module `name` (and submodule, '' for its
 * root). Calls whose code was scanned, installed or taken from the registry table
 * (`child` set) are skipped: their resources are judged directly.
 */
export function callsOf(stack: TfStack, name: string, submodule = ''): TfModuleCall[] {
  return stack.moduleCalls.filter((call) => {
    if (call.child) return false;
    const m = registryModule(call.source);
    return m !== undefined && m.name === name && m.submodule === submodule;
  });
}
