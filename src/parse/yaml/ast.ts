// Positioned YAML nodes. Every key and value knows its range.

import type { Range } from '../source.js';

export type YNode = YMap | YSeq | YScalar;

export interface YScalar {
  kind: 'scalar';
  /** The resolved value under the YAML 1.2 core schema. */
  value: string | number | boolean | null;
  /** The scalar's source text as written (without quotes for quoted styles). */
  source: string;
  style: 'plain' | 'single' | 'double' | 'literal' | 'folded';
  tag?: string;
  range: Range;
}

export interface YPair {
  key: YScalar | YMap | YSeq;
  value: YNode;
  /** From the key to the end of the value. */
  range: Range;
}

export interface YMap {
  kind: 'map';
  pairs: YPair[];
  flow: boolean;
  tag?: string;
  range: Range;
}

export interface YSeq {
  kind: 'seq';
  items: YNode[];
  flow: boolean;
  tag?: string;
  range: Range;
}

export interface YamlDocument {
  /** null for an empty document (only comments, or nothing). */
  root: YNode | null;
  /** Range of the whole document, including its `---` marker if any. */
  range: Range;
  /** 0-based index of this document in its stream. */
  index: number;
}

export interface YamlError {
  message: string;
  range: Range;
  /** Which limit or failure: syntax, aliases, depth, size, a repeated mapping key (not fatal to the stream). */
  reason: 'syntax' | 'aliases' | 'depth' | 'size' | 'duplicate-key';
  /** For a duplicate key: the index of its document (which the stream still returns). */
  document?: number;
}

export interface YamlStream {
  documents: YamlDocument[];
  /** A fatal error stops the stream; documents before it are still returned. */
  errors: YamlError[];
  /** `#` comments outside scalars, in source order; `text` is the source from `#` to the line end (trailing blanks trimmed). */
  comments: { text: string; range: Range }[];
}

/** Look up a key in a mapping (string keys only). */
export function yget(node: YNode | null | undefined, key: string): YNode | undefined {
  if (!node || node.kind !== 'map') return undefined;
  for (const p of node.pairs) if (p.key.kind === 'scalar' && String(p.key.value) === key) return p.value;
  return undefined;
}

/** The pair for a key in a mapping (to report on the key or the whole entry). */
export function ypair(node: YNode | null | undefined, key: string): YPair | undefined {
  if (!node || node.kind !== 'map') return undefined;
  for (const p of node.pairs) if (p.key.kind === 'scalar' && String(p.key.value) === key) return p;
  return undefined;
}

/** Follow a path of keys / indices. */
export function ypath(node: YNode | null | undefined, ...path: (string | number)[]): YNode | undefined {
  let cur: YNode | undefined = node ?? undefined;
  for (const step of path) {
    if (!cur) return undefined;
    if (typeof step === 'number') cur = cur.kind === 'seq' ? cur.items[step] : undefined;
    else cur = yget(cur, step);
  }
  return cur;
}

/** Plain JavaScript value of a node. */
export function toJS(node: YNode | null | undefined): unknown {
  if (!node) return undefined;
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(toJS);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const p of node.pairs) if (p.key.kind === 'scalar') out[String(p.key.value)] = toJS(p.value);
      return out;
    }
  }
}

/** Indices of the documents in which a mapping repeats a key. */
export function documentsWithDuplicateKeys(stream: YamlStream): Set<number> {
  const out = new Set<number>();
  for (const e of stream.errors) if (e.reason === 'duplicate-key' && e.document !== undefined) out.add(e.document);
  return out;
}
