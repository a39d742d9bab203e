// Text edits on block-style YAML that keep the file's own indentation and line breaks.
// Edits insert whole lines, so comments and the surrounding layout stay untouched.

import type { Edit } from '../../../src/engine/rule.js';
import type { K8sObject } from '../../../src/model/kubernetes/types.js';
import { pointRange, type SourceFile } from '../../../src/parse/source.js';
import type { YMap, YNode, YPair, YScalar } from '../../../src/parse/yaml/ast.js';

/** A nested mapping to render; leaves are already-rendered scalar texts. */
export interface YTree {
  [key: string]: string | YTree;
}

/** The document's indentation step, taken from `metadata:`'s keys (2 when it cannot tell). */
export function indentStep(obj: K8sObject): string {
  const meta = obj.metadata;
  const rootCol = obj.root.pairs[0]?.key.range.start.column ?? 1;
  const first = meta && !meta.flow ? meta.pairs[0] : undefined;
  const step = first ? first.key.range.start.column - rootCol : 2;
  return ' '.repeat(step > 0 && step <= 8 ? step : 2);
}

const eols = new WeakMap<SourceFile, string>();

/** The file's line break; looked up once per file, not once per edit (a scan of the whole text). */
function eol(file: SourceFile): string {
  let nl = eols.get(file);
  if (nl === undefined) eols.set(file, (nl = file.text.includes('\r\n') ? '\r\n' : '\n'));
  return nl;
}

/** `key:` lines of a tree, each nested level one `step` deeper. */
export function renderTree(tree: YTree, indent: string, step: string, out: string[] = []): string[] {
  for (const k of Object.keys(tree)) {
    const v = tree[k];
    if (typeof v === 'string') out.push(`${indent}${k}: ${v}`);
    else {
      out.push(`${indent}${k}:`);
      renderTree(v, indent + step, step, out);
    }
  }
  return out;
}

/** Indentation of a block mapping's keys, when each key starts its own line (else undefined). */
export function keyIndent(file: SourceFile, map: YMap): string | undefined {
  if (map.flow || map.pairs.length === 0) return undefined;
  const col = map.pairs[0].key.range.start.column;
  return ' '.repeat(col - 1);
}

/** Inserts lines before the line of a block mapping's first key (which must begin that line). */
export function insertBeforeFirstKey(file: SourceFile, map: YMap, lines: string[]): Edit | undefined {
  const indent = keyIndent(file, map);
  if (indent === undefined) return undefined;
  const line = map.pairs[0].key.range.start.line;
  if (file.indentOf(line) !== indent) return undefined;
  return insertBeforeLine(file, line, lines);
}

/** Inserts whole lines before a 1-based line. */
export function insertBeforeLine(file: SourceFile, line: number, lines: string[]): Edit {
  const nl = eol(file);
  return { file, range: pointRange(file.pos(file.lineStart(line))), text: lines.map((l) => l + nl).join('') };
}

/** Inserts lines after the given 1-based line (after its comment, if any). */
export function insertAfterLine(file: SourceFile, line: number, lines: string[]): Edit {
  const nl = eol(file);
  if (line < file.lineCount) return insertBeforeLine(file, line + 1, lines);
  return { file, range: pointRange(file.pos(file.text.length)), text: lines.map((l) => nl + l).join('') };
}

/** Replaces `: <empty value>` (null, `{}`) of a pair with a nested block. */
export function replaceEmptyValue(file: SourceFile, pair: YPair, lines: string[]): Edit | undefined {
  if (!isEmptyValue(pair.value)) return undefined;
  const nl = eol(file);
  const v = pair.value.range;
  const keyEnd = pair.key.range.end.offset;
  // `key: {}` / `key: ~` replace through the value, also when the value stands on the next
  // line (`nindent` output of an empty map); an empty value replaces only the `:`.
  let end: number;
  if (v.end.offset > v.start.offset) {
    // A comment between key and value would be lost: leave that layout to the author.
    if (!/^[ \t]*:[ \t]*(\r?\n[ \t]*)?$/.test(file.text.slice(keyEnd, v.start.offset))) return undefined;
    end = v.end.offset;
  } else {
    const colon = file.text.indexOf(':', keyEnd);
    if (colon === -1 || file.text.slice(keyEnd, colon).trim() !== '') return undefined;
    end = colon + 1;
  }
  return { file, range: file.range(keyEnd, end), text: ':' + lines.map((l) => nl + l).join('') };
}

export function isEmptyValue(node: YNode): boolean {
  if (node.kind === 'scalar') return node.value === null && node.style === 'plain';
  return node.flow && (node.kind === 'map' ? node.pairs.length === 0 : node.items.length === 0);
}

/** A single-line scalar value's pair: a line the fix can insert after. */
export function isSingleLineScalarPair(pair: YPair): boolean {
  return (
    pair.value.kind === 'scalar' &&
    pair.value.style !== 'literal' &&
    pair.value.style !== 'folded' &&
    pair.key.range.start.line === pair.value.range.end.line
  );
}

/** A scalar re-emitted as written (quotes restored). */
export function scalarText(s: YScalar): string {
  if (s.style === 'double') return JSON.stringify(s.source);
  if (s.style === 'single') return `'${s.source.replace(/'/g, "''")}'`;
  return s.source;
}

/** A string as a YAML scalar: plain when it reads back as the same string, else double-quoted. */
export function yamlString(s: string): string {
  const plainSafe =
    /^[A-Za-z0-9_./][A-Za-z0-9_./-]*$/.test(s) &&
    !/^(true|false|yes|no|on|off|null|~|y|n)$/i.test(s) &&
    !/^[-+.]?\d/.test(s);
  return plainSafe ? s : JSON.stringify(s);
}

/** Indentation of `- ` items under a key, relative to the key: '' or one step, read from a sample sequence. */
export function seqIndent(keyColumn: number, firstItemKeyColumn: number | undefined, step: string): string {
  if (firstItemKeyColumn === undefined) return step;
  const dashColumn = firstItemKeyColumn - 2;
  return dashColumn >= keyColumn ? ' '.repeat(dashColumn - keyColumn) : step;
}

/** A mapping as one `- ` sequence item whose dash sits at `dashIndent`. */
export function renderSeqItem(tree: YTree, dashIndent: string, step: string): string[] {
  const inner = dashIndent + '  ';
  return renderTree(tree, inner, step).map((l, i) => (i === 0 ? `${dashIndent}- ${l.slice(inner.length)}` : l));
}
