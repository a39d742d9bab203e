// Values-line mapping: the `.Values.x` a template line takes its value from, and the
// `x:` line of the values file that gave it. A mapping holds only when the values file
// really gave the rendered value (same value, or an empty one for an absent block):
// a rendering made with other values (an overlay not in the tree) is not mapped.

import type { Range, SourceFile } from '../source.js';
import { toJS, type YNode, type YPair } from './ast.js';
import type { Located } from './helm-locate.js';

export interface ValuesFile {
  file: SourceFile;
  root: YNode | null;
}

export interface ValuesHit {
  file: SourceFile;
  /** The key of the values entry (`replicaCount`), where a reviewer changes it. */
  keyRange: Range;
  /** Its value node, for fixes. */
  value: YNode;
}

type Ref = { kind: 'values'; path: string[] } | { kind: 'var'; name: string; path: string[] } | { kind: 'dot' };

const VALUES_REF = /\.Values((?:\.[A-Za-z_][\w-]*)+)/g;
const VAR_REF = /\$([A-Za-z_]\w*)((?:\.[A-Za-z_][\w-]*)*)/g;
const DOT_REF = /(?:toYaml|toJson|quote|\|)\s+\.(?=\s*(?:\||\}\}|-\}\}))|\{\{-?\s*\.\s*-?\}\}/;

/**
 * The values entry that gave the node a template line wrote. `rendered` is the rendered
 * node (undefined when the key is absent from the output); `chartTexts` are the chart's
 * template files, where a `$var` is bound (`range $k, $c := .Values.components`).
 */
export function valuesEntry(
  located: Located,
  rendered: YNode | undefined,
  valuesFiles: ValuesFile[],
  chartTexts: SourceFile[],
): ValuesHit | undefined {
  const ref = referenceOf(located);
  if (!ref) return undefined;
  let paths: string[][] = [];
  if (ref.kind === 'values') paths = [ref.path];
  else if (ref.kind === 'dot') {
    const w = enclosingWith(located);
    if (w) paths = [w];
  } else paths = bindings(ref.name, chartTexts, valuesFiles).map((base) => [...base, ...ref.path]);
  const hits = paths.flatMap((p) => {
    const hit = lookup(p, valuesFiles);
    return hit && agrees(hit.value, rendered) ? [hit] : [];
  });
  return hits.length === 1 ? hits[0] : undefined;
}

/** The one `.Values` reference on the located line and the `{{ }}` lines of its block. */
function referenceOf(located: Located): Ref | undefined {
  const lines = located.region.lines;
  const i = lines.indexOf(located.line);
  if (i < 0) return undefined;
  const own = [located.line];
  for (let k = i + 1; k < lines.length && lines[k].directive && lines[k].text.trim() !== ''; k++) {
    if (/\{\{-?\s*(end|else|if|range|with|define)\b/.test(lines[k].text)) break;
    own.push(lines[k]);
  }
  const refs = new Map<string, Ref>();
  for (const l of own) {
    const text = valuePart(l.text);
    for (const m of text.matchAll(VALUES_REF)) refs.set(`v${m[1]}`, { kind: 'values', path: m[1].slice(1).split('.') });
    for (const m of text.matchAll(VAR_REF))
      if (m[1] !== 'root' || m[2] === '')
        refs.set(`$${m[1]}${m[2]}`, { kind: 'var', name: m[1], path: m[2] ? m[2].slice(1).split('.') : [] });
    // `$root.Values.x` is a values reference, already taken.
    for (const k of [...refs.keys()]) if (/^\$\w+\.Values\b/.test(k)) refs.delete(k);
    if (DOT_REF.test(text)) refs.set('.', { kind: 'dot' });
  }
  return refs.size === 1 ? [...refs.values()][0] : undefined;
}

/** The part of a line after its key (`replicas: {{ ... }}` → `{{ ... }}`). */
function valuePart(text: string): string {
  const m = /^\s*(?:-\s+)*[\w"'./-]+\s*:\s(.*)$/.exec(text);
  return m ? m[1] : text;
}

/** `{{- with .Values.x }}` around the line: what `.` is inside it. */
function enclosingWith(located: Located): string[] | undefined {
  const lines = located.region.lines;
  let depth = 0;
  for (let k = lines.indexOf(located.line) - 1; k >= 0; k--) {
    const t = lines[k].text;
    const ends = (t.match(/\{\{-?\s*end\b/g) ?? []).length;
    const opens = (t.match(/\{\{-?\s*(?:if|range|with|define|block)\b/g) ?? []).length;
    const w = /\{\{-?\s*with\s+\.Values((?:\.[A-Za-z_][\w-]*)+)\s*-?\}\}/.exec(t);
    if (w && depth === 0) return w[1].slice(1).split('.');
    depth += ends - opens;
    if (depth < 0) return undefined;
  }
  return undefined;
}

/**
 * Where `$name` is bound to values in the chart: `$name := .Values.x` gives `x`;
 * `range $k, $name := .Values.x` gives `x.<key>` for each key of that map.
 */
function bindings(name: string, chartTexts: SourceFile[], valuesFiles: ValuesFile[]): string[][] {
  const out: string[][] = [];
  const direct = new RegExp(`\\$${name}\\s*:=\\s*\\.Values((?:\\.[A-Za-z_][\\w-]*)+)`, 'g');
  const ranged = new RegExp(`range\\s+\\$\\w+\\s*,\\s*\\$${name}\\s*:=\\s*\\.Values((?:\\.[A-Za-z_][\\w-]*)+)`, 'g');
  for (const f of chartTexts) {
    for (const m of f.text.matchAll(ranged)) {
      const base = m[1].slice(1).split('.');
      const keys = new Set<string>();
      for (const v of valuesFiles) {
        const node = nodeAt(v.root, base);
        if (node?.kind === 'map')
          for (const p of node.pairs) if (p.key.kind === 'scalar') keys.add(String(p.key.value));
      }
      for (const k of [...keys].sort()) out.push([...base, k]);
    }
    for (const m of f.text.matchAll(direct)) {
      const before = f.text.slice(Math.max(0, m.index - 40), m.index);
      if (!/range\s+\$\w+\s*,\s*$/.test(before)) out.push(m[1].slice(1).split('.'));
    }
  }
  const seen = new Set<string>();
  return out.filter((p) => !seen.has(p.join('.')) && seen.add(p.join('.')));
}

/** The last values file (in override order) that sets the path. */
function lookup(path: string[], valuesFiles: ValuesFile[]): ValuesHit | undefined {
  for (let i = valuesFiles.length - 1; i >= 0; i--) {
    const pair = pairAt(valuesFiles[i].root, path);
    if (pair && pair.key.kind === 'scalar')
      return { file: valuesFiles[i].file, keyRange: pair.key.range, value: pair.value };
  }
  return undefined;
}

function pairAt(root: YNode | null, path: string[]): YPair | undefined {
  let cur: YNode | null | undefined = root;
  let pair: YPair | undefined;
  for (const key of path) {
    if (!cur || cur.kind !== 'map') return undefined;
    pair = cur.pairs.find((p) => p.key.kind === 'scalar' && String(p.key.value) === key);
    if (!pair) return undefined;
    cur = pair.value;
  }
  return pair;
}

function nodeAt(root: YNode | null, path: string[]): YNode | undefined {
  return pairAt(root, path)?.value;
}

/** The values entry gave the rendered node: equal values, or an empty entry for an absent/empty block. */
function agrees(value: YNode, rendered: YNode | undefined): boolean {
  const v = toJS(value);
  const empty = (x: unknown) =>
    x === null || x === undefined || x === '' || x === false || (typeof x === 'object' && Object.keys(x).length === 0);
  if (rendered === undefined) return empty(v);
  const r = toJS(rendered);
  if (empty(v) && empty(r)) return true;
  if (typeof v !== 'object' && typeof r !== 'object') return String(v) === String(r);
  return JSON.stringify(canonical(v)) === JSON.stringify(canonical(r));
}

function canonical(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(canonical);
  if (x && typeof x === 'object')
    return Object.fromEntries(
      Object.keys(x)
        .sort()
        .map((k) => [k, canonical((x as Record<string, unknown>)[k])]),
    );
  return x;
}
