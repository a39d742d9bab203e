// Configuration that is not written as Terraform but read as if it were (a Terragrunt
// unit's `inputs` become a module call's arguments, its `remote_state` a backend). The
// nodes are built over the ranges of the text they come from, which may be several
// files; edits are offered only where the text can take them.

import type { Attribute, Expr } from '../../parse/hcl/ast.js';
import type { Range, SourceFile } from '../../parse/source.js';
import type { Value } from './value.js';

const FILES = new WeakMap<Attribute, SourceFile>();
const READ_ONLY = new WeakSet<object>();

/** The file an attribute is written in when it is not its block's. */
export function attributeFile(a: Attribute): SourceFile | undefined {
  return FILES.get(a);
}

/** True for a synthetic node whose range is not text a fix can rewrite or insert into. */
export function isReadOnly(node: object): boolean {
  return READ_ONLY.has(node);
}

export function markReadOnly<T extends object>(node: T): T {
  READ_ONLY.add(node);
  return node;
}

/** An already evaluated value standing where its expression is written. */
export function valueExpr(value: Value, range: Range): Expr {
  // LiteralValue evaluates to its value as is, whatever its shape.
  return { kind: 'LiteralValue', value: value as string, range };
}

export interface SyntheticSetting {
  name: string;
  value: Value;
  file: SourceFile;
  range: Range;
  nameRange: Range;
  valueRange: Range;
}

/** `name = value` at the setting's place; read-only unless the range is the setting's own `name = value`. */
export function syntheticAttribute(s: SyntheticSetting, editable: boolean): Attribute {
  const a: Attribute = {
    kind: 'Attribute',
    name: s.name,
    nameRange: s.nameRange,
    expr: valueExpr(s.value, s.valueRange),
    range: s.range,
  };
  FILES.set(a, s.file);
  return editable ? a : markReadOnly(a);
}
