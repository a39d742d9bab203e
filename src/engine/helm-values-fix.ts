// A rule's fix is written against rendered output. When the flagged value came from a
// values entry, the suggestion edits that entry instead: a replaced scalar replaces the
// entry's scalar; a block added where the entry is empty (`resources: {}`, `~`) becomes
// the entry's new value. A non-empty entry is left alone (its comments and layout are
// the author's), and so is anything else the fix does.

import { dump, load } from 'js-yaml';
import type { Range, SourceFile } from '../parse/source.js';
import type { YamlDocument, YNode } from '../parse/yaml/ast.js';
import type { PathStep } from '../parse/yaml/helm-locate.js';
import type { ValuesHit } from '../parse/yaml/helm-values.js';
import type { Edit } from './rule.js';

export function valuesEdits(
  edits: Edit[],
  rendered: SourceFile,
  doc: YamlDocument,
  path: PathStep[],
  renderedNode: YNode | undefined,
  hit: ValuesHit,
): Edit[] | undefined {
  const own = edits.filter((e) => e.file === rendered);
  if (own.length === 0 || own.length !== edits.length) return undefined;
  if (renderedNode?.kind === 'scalar' && hit.value.kind === 'scalar') {
    return own.every((e) => same(e.range, renderedNode.range))
      ? own.map((e) => ({ file: hit.file, range: hit.value.range, text: e.text }))
      : undefined;
  }
  if (!isEmpty(hit.value)) return undefined;
  const start = doc.range.start.offset;
  const end = doc.range.end.offset;
  if (!own.every((e) => e.range.start.offset >= start && e.range.end.offset <= end)) return undefined;
  let text = rendered.text.slice(start, end);
  for (const e of [...own].sort((a, b) => b.range.start.offset - a.range.start.offset))
    text = text.slice(0, e.range.start.offset - start) + e.text + text.slice(e.range.end.offset - start);
  let value: unknown;
  try {
    value = navigate(load(text), path);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object' || Object.keys(value).length === 0) return undefined;
  const indent = ' '.repeat(hit.keyRange.start.column - 1 + 2);
  const body = dump(value, { indent: 2, lineWidth: -1 })
    .trimEnd()
    .split('\n')
    .map((l) => indent + l)
    .join('\n');
  // From just after the key's colon to the end of the empty value.
  const colon = hit.file.text.indexOf(':', hit.keyRange.end.offset);
  if (colon < 0) return undefined;
  const to = Math.max(colon + 1, hit.value.range.end.offset);
  return [{ file: hit.file, range: hit.file.range(colon + 1, to), text: `\n${body}` }];
}

function same(a: Range, b: Range): boolean {
  return a.start.offset === b.start.offset && a.end.offset === b.end.offset;
}

function isEmpty(node: YNode): boolean {
  if (node.kind === 'scalar') return node.value === null || node.value === '';
  return node.kind === 'map' ? node.pairs.length === 0 : node.items.length === 0;
}

function navigate(value: unknown, path: PathStep[]): unknown {
  let cur = value;
  for (const step of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = typeof step === 'string' ? (cur as Record<string, unknown>)[step] : (cur as unknown[])[step.index];
  }
  return cur;
}
