// Fix builders for Terraform blocks: set an attribute to a value, either by replacing
// the existing expression or by inserting a line right after the block's `{`.

import type { Edit } from '../../parse/source.js';
import { isReadOnly } from './synthetic.js';
import type { TfBlock } from './types.js';

/** Edits that make `block.<name> = <valueText>`. */
export function setAttributeEdits(block: TfBlock, name: string, valueText: string): Edit[] {
  // `name = null` is replaced, not duplicated.
  const existing = block.declared(name);
  if (existing)
    return isReadOnly(existing.node) ? [] : [{ file: existing.file, range: existing.valueRange, text: valueText }];
  if (isReadOnly(block.node)) return [];
  const open = block.node.openBraceRange;
  const close = block.node.closeBraceRange;
  const at = { start: open.end, end: open.end };
  const line = `${block.bodyIndent}${name} = ${valueText}`;
  // `resource "a" "b" {}` on one line: open the body onto its own lines.
  const sameLine = open.end.line === close.start.line;
  return [{ file: block.file, range: at, text: sameLine ? `\n${line}\n${block.indent}` : `\n${line}` }];
}

/** A fix: a description and its edits (what a rule's report carries). */
export function setAttributeFix(block: TfBlock, name: string, valueText: string) {
  return { description: `Set ${name} = ${valueText}`, edits: setAttributeEdits(block, name, valueText) };
}
