// Strategic-merge and JSON 6902 patches applied to positioned YAML, without the
// kustomize binary. Nothing is mutated: a patched object is a new tree that shares the
// base's unchanged nodes and takes the patch's nodes (recorded with their file, so a
// finding on a patched value points at the patch line).

import type { SourceFile } from '../../../parse/source.js';
import type { YMap, YNode, YPair, YSeq } from '../../../parse/yaml/ast.js';

/** Nodes written in another file than the object's, by node. */
export type Foreign = Map<YNode, SourceFile>;

/** List merge keys of the Kubernetes strategic merge patch, by field name. */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  volumes: 'name',
  env: 'name',
  imagePullSecrets: 'name',
  volumeMounts: 'mountPath',
  ports: 'containerPort',
  topologySpreadConstraints: 'topologyKey',
  volumeClaimTemplates: 'metadata.name',
};

export function markForeign(node: YNode, file: SourceFile, foreign: Foreign): void {
  foreign.set(node, file);
  if (node.kind === 'map')
    for (const p of node.pairs) {
      foreign.set(p.key, file);
      markForeign(p.value, file, foreign);
    }
  else if (node.kind === 'seq') for (const i of node.items) markForeign(i, file, foreign);
}

// Parsed nodes are class instances whose fields are getters: copies are built field by field.
export function mapWith(base: YMap, pairs: YPair[]): YMap {
  const m: YMap = { kind: 'map', pairs, flow: base.flow, range: base.range };
  if (base.tag !== undefined) m.tag = base.tag;
  return m;
}

function seqWith(base: YSeq, items: YNode[]): YSeq {
  const s: YSeq = { kind: 'seq', items, flow: base.flow, range: base.range };
  if (base.tag !== undefined) s.tag = base.tag;
  return s;
}

function pairWith(p: YPair, value: YNode): YPair {
  return { key: p.key, value, range: p.range };
}

function keyOf(p: YPair): string | undefined {
  return p.key.kind === 'scalar' ? String(p.key.value) : undefined;
}

function directive(node: YNode): string | undefined {
  if (node.kind !== 'map') return undefined;
  const p = node.pairs.find((q) => keyOf(q) === '$patch');
  return p?.value.kind === 'scalar' ? String(p.value.value) : undefined;
}

function withoutDirectives(node: YMap): YMap {
  return mapWith(
    node,
    node.pairs.filter((p) => !keyOf(p)?.startsWith('$')),
  );
}

function isNull(node: YNode): boolean {
  return node.kind === 'scalar' && node.value === null;
}

/** The value of a (possibly dotted) merge key of a list item. */
function mergeKeyValue(item: YNode, key: string): string | undefined {
  let cur: YNode | undefined = item;
  for (const step of key.split('.')) {
    if (cur?.kind !== 'map') return undefined;
    cur = cur.pairs.find((p) => keyOf(p) === step)?.value;
  }
  return cur?.kind === 'scalar' && cur.value !== null ? String(cur.value) : undefined;
}

/**
 * `patch` merged into `base` (strategic merge). Undefined when the patch deletes it.
 * `field` is the key holding the value, which decides how lists merge.
 */
export function strategicMerge(
  base: YNode,
  patch: YNode,
  file: SourceFile,
  foreign: Foreign,
  field = '',
): YNode | undefined {
  const d = directive(patch);
  if (d === 'delete') return undefined;
  if (d === 'replace' && patch.kind === 'map') {
    const out = withoutDirectives(patch);
    markForeign(out, file, foreign);
    return out;
  }
  if (base.kind === 'map' && patch.kind === 'map') return mergeMaps(base, patch, file, foreign);
  if (base.kind === 'seq' && patch.kind === 'seq' && MERGE_KEYS[field])
    return mergeLists(base, patch, MERGE_KEYS[field], file, foreign);
  markForeign(patch, file, foreign);
  return patch;
}

function mergeMaps(base: YMap, patch: YMap, file: SourceFile, foreign: Foreign): YMap {
  const pairs = base.pairs.slice();
  for (const p of patch.pairs) {
    const key = keyOf(p);
    if (key === undefined || key.startsWith('$')) continue;
    const at = pairs.findIndex((q) => keyOf(q) === key);
    if (isNull(p.value)) {
      if (at !== -1) pairs.splice(at, 1);
      continue;
    }
    if (at === -1) {
      markForeign(p.value, file, foreign);
      foreign.set(p.key, file);
      pairs.push(p);
      continue;
    }
    const merged = strategicMerge(pairs[at].value, p.value, file, foreign, key);
    if (merged === undefined) pairs.splice(at, 1);
    else pairs[at] = pairWith(pairs[at], merged);
  }
  return mapWith(base, pairs);
}

function mergeLists(base: YSeq, patch: YSeq, key: string, file: SourceFile, foreign: Foreign): YSeq {
  const items = base.items.slice();
  for (const item of patch.items) {
    const k = mergeKeyValue(item, key);
    const at = k === undefined ? -1 : items.findIndex((b) => mergeKeyValue(b, key) === k);
    if (at === -1) {
      if (directive(item) === 'delete') continue;
      const added = item.kind === 'map' ? withoutDirectives(item) : item;
      markForeign(added, file, foreign);
      items.push(added);
      continue;
    }
    const merged = strategicMerge(items[at], item, file, foreign);
    if (merged === undefined) items.splice(at, 1);
    else items[at] = merged;
  }
  return seqWith(base, items);
}

/** A JSON pointer's steps (`~1` is `/`, `~0` is `~`); undefined when malformed. */
function pointer(path: string): string[] | undefined {
  if (!path.startsWith('/')) return undefined;
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * One JSON 6902 operation (add, replace, remove; test is a no-op here). Returns the new
 * root, or a reason it could not be applied.
 */
export function applyJsonOp(
  root: YNode,
  op: string,
  path: string,
  value: YNode | undefined,
  file: SourceFile,
  foreign: Foreign,
): YNode | string {
  if (op === 'test') return root;
  if (op !== 'add' && op !== 'replace' && op !== 'remove') return `operation \`${op}\``;
  const steps = pointer(path);
  if (!steps || steps.length === 0) return `path \`${path}\``;
  if (op !== 'remove' && !value) return `\`${op}\` without a value`;
  if (value) markForeign(value, file, foreign);
  const out = setAt(root, steps, op, value);
  return out ?? `path \`${path}\` (not in the base)`;
}

function setAt(node: YNode, steps: string[], op: string, value: YNode | undefined): YNode | undefined {
  const [step, ...rest] = steps;
  const last = rest.length === 0;
  if (node.kind === 'map') {
    const at = node.pairs.findIndex((p) => keyOf(p) === step);
    if (last) {
      if (op === 'remove')
        return at === -1
          ? undefined
          : mapWith(
              node,
              node.pairs.filter((_, i) => i !== at),
            );
      if (op === 'replace' && at === -1) return undefined;
      const pairs = node.pairs.slice();
      if (at === -1) pairs.push({ key: syntheticKey(step, value!), value: value!, range: value!.range });
      else pairs[at] = pairWith(pairs[at], value!);
      return mapWith(node, pairs);
    }
    if (at === -1) return undefined;
    const child = setAt(node.pairs[at].value, rest, op, value);
    if (!child) return undefined;
    const pairs = node.pairs.slice();
    pairs[at] = pairWith(pairs[at], child);
    return mapWith(node, pairs);
  }
  if (node.kind === 'seq') {
    const index = step === '-' ? node.items.length : /^\d+$/.test(step) ? Number(step) : -1;
    if (index < 0 || index > node.items.length || (index === node.items.length && !(last && op === 'add')))
      return undefined;
    const items = node.items.slice();
    if (last) {
      if (op === 'remove') items.splice(index, 1);
      else if (op === 'add') items.splice(index, 0, value!);
      else items[index] = value!;
      return seqWith(node, items);
    }
    const child = setAt(node.items[index], rest, op, value);
    if (!child) return undefined;
    items[index] = child;
    return seqWith(node, items);
  }
  return undefined;
}

/** A key node for an added field: positioned at the value, which is where findings point. */
function syntheticKey(name: string, value: YNode): YPair['key'] {
  return { kind: 'scalar', value: name, source: name, style: 'plain', range: value.range };
}
