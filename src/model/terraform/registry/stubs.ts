// Registry calls without installed code: the table entry for the call's module and major
// version, as a module directory the call instantiates (parsed once per entry and major).

import { parseHcl } from '../../../parse/hcl/parser.js';
import { SourceFile } from '../../../parse/source.js';
import { defineModule, type ModuleDef } from '../module-def.js';
import { majorVersion, registryModule } from './source.js';
import { REGISTRY_TABLE, type RegistryEntry } from './table.js';

/** Where the table's code "lives": never a real path, never where a finding is reported. */
export const TABLE_DIR_PREFIX = '(registry table)/';

const defs = new Map<string, ModuleDef>();

export function tableEntry(
  source: string,
  version: string | undefined,
): { entry: RegistryEntry; major: number } | undefined {
  const m = registryModule(source);
  if (!m) return undefined;
  const candidates = REGISTRY_TABLE.filter((e) => e.module === m.name && e.submodule === m.submodule);
  if (candidates.length === 0) return undefined;
  // Unknown major (no version, `>= 6.0`, `~> 6`): the inputs and defaults may differ, not judged.
  const major = majorVersion(version, m.ref);
  if (major === undefined) return undefined;
  const entry = candidates.find((e) => e.majors.includes(major));
  return entry ? { entry, major } : undefined;
}

/** The module directory standing for a registry call, or undefined when the table has no entry for it. */
export function registryStub(source: string, version: string | undefined): ModuleDef | undefined {
  const found = tableEntry(source, version);
  if (!found) return undefined;
  const { entry, major } = found;
  const sub = entry.submodule ? `//${entry.submodule}` : '';
  const dir = `${TABLE_DIR_PREFIX}${entry.module}${sub}@${major}`;
  let def = defs.get(dir);
  if (!def) {
    const file = new SourceFile(`${dir}/main.tf`, entry.hcl);
    def = defineModule({
      dir,
      files: [{ file, hcl: parseHcl(file) }],
      tfvars: [],
      backendConfigs: [],
      external: { kind: 'table', source: entry.module + sub, label: `${entry.module}${sub} ${major}.x` },
    });
    defs.set(dir, def);
  }
  return def;
}
