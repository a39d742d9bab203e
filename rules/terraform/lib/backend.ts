// Reading backend settings (block and partial configuration files merged) and fixing them.

import type { Edit } from '../../../src/engine/rule.js';
import { endOffset, startOffset, type Range, type SourceFile } from '../../../src/parse/source.js';
import type { TfBackend, TfModule, TfProject } from '../../../src/model/terraform/types.js';
import type { Value } from '../../../src/model/terraform/value.js';
import { setAttributeEdits } from '../../../src/model/terraform/edits.js';
import { isReadOnly } from '../../../src/model/terraform/synthetic.js';

export interface BackendSetting {
  value: Value;
  range: Range;
  file: SourceFile;
}

/** Root modules that declare a backend of one of the given types. */
export function rootBackends(project: TfProject, ...types: string[]): { module: TfModule; backend: TfBackend }[] {
  const out: { module: TfModule; backend: TfBackend }[] = [];
  for (const stack of project.stacks) {
    const backend = stack.root.backend;
    // Terraform ignores backend blocks of child modules: only a root's counts.
    if (stack.root.isRoot && backend && types.includes(backend.backendType)) out.push({ module: stack.root, backend });
  }
  return out;
}

/** A setting, ignoring an explicit `null` (Terraform treats it as unset). */
export function setting(backend: TfBackend, name: string): BackendSetting | undefined {
  const s = backend.config.get(name);
  return s && s.value !== null ? s : undefined;
}

/** `file:line` of the backend header, for messages that point from a bucket to its backend. */
export function backendLocation(backend: TfBackend): string {
  return `${backend.file.path}:${backend.headerRange.start.line}`;
}

/**
 * Edits that make `name = valueText`: the existing setting is rewritten where it is
 * (block or partial configuration file), else the line is added to the backend block.
 */
export function settingEdits(backend: TfBackend, name: string, valueText: string): Edit[] {
  // A generated backend or a computed settings map: nothing to edit in place (no fix).
  if (!backend.editable || isReadOnly(backend.declared(name)?.node ?? {})) return [];
  const s = backend.config.get(name);
  if (s) return [{ file: s.file, range: s.range, text: `${name} = ${valueText}` }];
  return setAttributeEdits(backend, name, valueText);
}

export function settingFix(backend: TfBackend, name: string, valueText: string) {
  return {
    description: `Set ${name} = ${valueText} in the backend configuration`,
    edits: settingEdits(backend, name, valueText),
  };
}

/** Where a missing-or-false setting is reported: the setting when written, else the backend header. */
export function settingOrHeader(backend: TfBackend, name: string): { file: SourceFile; range: Range } {
  const s = backend.config.get(name);
  return s ? { file: s.file, range: s.range } : { file: backend.file, range: backend.headerRange };
}

/** `a`, `a and b`, `a, b and c`, `a, b and 3 other roots`. */
function rootList(dirs: string[]): string {
  if (dirs.length <= 1) return dirs[0] ?? '';
  if (dirs.length <= 3) return `${dirs.slice(0, -1).join(', ')} and ${dirs[dirs.length - 1]}`;
  return `${dirs.slice(0, 2).join(', ')} and ${dirs.length - 2} other roots`;
}

/**
 * Findings that would land on one place with one verdict, from several roots (Terragrunt
 * units sharing the `remote_state` of the root.hcl they include), become one finding
 * naming every root: one comment on the line, not one per unit.
 */
export class ReportsByPlace {
  private readonly groups = new Map<string, { dirs: string[]; report: (roots: string) => void }>();

  add(
    module: TfModule,
    at: { file: SourceFile; range: Range },
    verdict: string,
    report: (roots: string) => void,
  ): void {
    const key = `${at.file.path}\0${startOffset(at.range)}\0${endOffset(at.range)}\0${verdict}`;
    const g = this.groups.get(key);
    if (g) g.dirs.push(module.dir);
    else this.groups.set(key, { dirs: [module.dir], report });
  }

  flush(): void {
    for (const g of this.groups.values()) g.report(rootList(g.dirs));
  }
}
