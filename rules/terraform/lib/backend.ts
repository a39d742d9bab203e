// Reading backend settings (block and partial configuration files merged) and fixing them.

import type { Edit } from '../../../src/engine/rule.js';
import type { Range, SourceFile } from '../../../src/parse/source.js';
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
