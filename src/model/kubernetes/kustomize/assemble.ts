// Kustomize without the binary: each kustomization root becomes one deployment unit
// holding its resources (bases recursively), with the patches, `replicas`, `images` and
// `namespace` of every level applied in-process. Files listed as patches are never
// linted as whole objects. What cannot be applied is noted once per kustomization.

import { posix } from 'node:path';
import { RE2JS } from 're2js';
import { SourceFile } from '../../../parse/source.js';
import {
  yget,
  type YamlDocument,
  type YamlStream,
  type YMap,
  type YNode,
  type YScalar,
} from '../../../parse/yaml/ast.js';
import { parseYamlStream } from '../../../parse/yaml/parse.js';
import { isKubernetesObject } from '../classify.js';
import type { K8sObject } from '../types.js';
import { kustomizationUnit, type DeploymentUnit } from '../units.js';
import {
  isKustomizationFile,
  readKustomization,
  type Kustomization,
  type PatchRef,
  type PatchTarget,
} from './kustomization.js';
import { applyJsonOp, mapWith, markForeign, strategicMerge, type Foreign } from './merge.js';

export interface ScannedYaml {
  file: SourceFile;
  stream: YamlStream;
  /** The file's objects as plain manifests (default unit). */
  objects: K8sObject[];
}

/** Builds an object from a (possibly patched) root: the model's own constructor. */
export type MakeObject = (file: SourceFile, doc: YamlDocument, root: YMap, unit: DeploymentUnit) => K8sObject;

export interface KustomizeOutcome {
  /** Objects of every kustomization root, in their unit. */
  objects: K8sObject[];
  /** Files whose plain objects are replaced: resources of a root, and every patch file. */
  consumed: Set<string>;
  /** One line per kustomization with something not applied or not fetched. */
  notes: string[];
  /** The roots, for rendering with the kustomize binary when it is available. */
  roots: KustomizeRoot[];
}

export interface KustomizeRoot {
  /** The root's folder (display path). */
  dir: string;
  file: SourceFile;
  /** Patch files of the root and of every kustomization it includes (display paths). */
  patchFiles: string[];
  /** It, or something it includes, names a remote resource: never rendered (it would be fetched). */
  remote: boolean;
}

/** An object on its way through the kustomization levels. */
interface Inst {
  base: K8sObject;
  root: YMap;
  foreign: Foreign;
  namespace?: string;
}

export function assembleKustomizations(scanned: ScannedYaml[], make: MakeObject): KustomizeOutcome {
  const byPath = new Map(scanned.map((s) => [s.file.path, s]));
  const kustomizations = new Map<string, Kustomization>();
  for (const s of scanned) {
    if (!isKustomizationFile(s.file.path)) continue;
    const k = readKustomization(s.file, s.stream);
    if (k && !kustomizations.has(k.dir)) kustomizations.set(k.dir, k);
  }
  const outcome: KustomizeOutcome = { objects: [], consumed: new Set(), notes: [], roots: [] };
  if (kustomizations.size === 0) return outcome;

  const included = new Set<string>();
  for (const k of kustomizations.values()) {
    for (const r of [...k.resources, ...k.components]) if (kustomizations.has(r.path)) included.add(r.path);
    for (const p of k.patches) if (p.path) outcome.consumed.add(p.path.path);
  }
  const problems = new Map<Kustomization, string[]>();
  const problem = (k: Kustomization, text: string) => {
    const list = problems.get(k) ?? [];
    if (!list.includes(text)) list.push(text);
    problems.set(k, list);
  };
  const memo = new Map<Kustomization, Inst[]>();
  /** A kustomization's output: its resources, then its components, then its own changes. */
  const build = (k: Kustomization, stack: Set<Kustomization>): Inst[] => {
    const done = memo.get(k);
    if (done) return done;
    const out = applyLevel(k, withComponents(k, resourcesOf(k, stack), stack));
    memo.set(k, out);
    return out;
  };
  const resourcesOf = (k: Kustomization, stack: Set<Kustomization>): Inst[] => {
    if (stack.has(k)) {
      problem(k, 'it includes itself');
      return [];
    }
    stack.add(k);
    const insts: Inst[] = [];
    for (const ref of k.resources) {
      const sub = kustomizations.get(ref.path);
      const file = byPath.get(ref.path);
      if (sub) insts.push(...build(sub, stack));
      else if (file) {
        outcome.consumed.add(file.file.path);
        for (const base of file.objects) insts.push({ base, root: base.root, foreign: new Map() });
      } else problem(k, `\`${ref.text}\` is not among the scanned files`);
    }
    stack.delete(k);
    return insts;
  };
  /** Components add their resources and change everything gathered so far. */
  const withComponents = (k: Kustomization, insts: Inst[], stack: Set<Kustomization>): Inst[] => {
    let out = insts;
    for (const ref of k.components) {
      const comp = kustomizations.get(ref.path);
      if (!comp) problem(k, `component \`${ref.text}\` is not among the scanned files`);
      else if (stack.has(comp)) problem(k, 'it includes itself');
      else {
        const own = resourcesOf(comp, stack);
        stack.add(comp);
        out = applyLevel(comp, withComponents(comp, [...out, ...own], stack));
        stack.delete(comp);
      }
    }
    return out;
  };
  /** A kustomization's own changes on the objects gathered so far. */
  const applyLevel = (k: Kustomization, insts: Inst[]): Inst[] => {
    let out = insts;
    for (const patch of k.patches) out = applyPatch(k, patch, out, byPath, (t) => problem(k, t));
    for (const r of k.replicas) {
      const targets = out.filter((i) => i.base.name === r.name && yget(i.root, 'spec'));
      if (targets.length === 0) problem(k, `replicas for \`${r.name}\`: no such object`);
      out = out.map((i) =>
        targets.includes(i) ? withValue(i, ['spec', 'replicas'], r.count, k.file, (t) => problem(k, t)) : i,
      );
    }
    for (const image of k.images) out = out.map((i) => withImage(i, image, k.file));
    if (k.namespace) out = out.map((i) => ({ ...i, namespace: k.namespace }));
    for (const feature of k.unsupported) problem(k, `\`${feature}\` (needs the kustomize binary)`);
    return out;
  };

  const remote = (k: Kustomization) =>
    k.remote.map(
      (r) =>
        `${k.file.path}:${r.node.range.start.line}:${r.node.range.start.column}: remote \`${r.text}\` is never fetched: what it holds is not linted`,
    );
  for (const k of [...kustomizations.values()].sort((a, b) => (a.dir < b.dir ? -1 : 1))) {
    outcome.notes.push(...remote(k));
    if (included.has(k.dir) || k.component) continue;
    const chain = reachable(k, kustomizations);
    outcome.roots.push({
      dir: k.dir,
      file: k.file,
      patchFiles: [...chain].flatMap((c) => c.patches.flatMap((p) => (p.path ? [p.path.path] : []))),
      remote: [...chain].some((c) => c.remote.length > 0),
    });
    const unit = kustomizationUnit(k.dir);
    for (const inst of build(k, new Set())) {
      const obj = make(inst.base.file, inst.base.doc, inst.root, unit);
      if (inst.foreign.size > 0) obj.foreignNodes = inst.foreign;
      if (inst.namespace && inst.namespace !== obj.namespace) {
        obj.namespace = inst.namespace;
        obj.id = [obj.kind, obj.namespace, obj.name].join('/');
      }
      if (inst.base.helmSource !== undefined) obj.helmSource = inst.base.helmSource;
      outcome.objects.push(obj);
    }
  }
  for (const [k, list] of [...problems].sort((a, b) => (a[0].file.path < b[0].file.path ? -1 : 1)))
    outcome.notes.push(
      `${k.file.path}: not applied without the kustomize binary: ${list.join('; ')}. Findings there show the objects without it.`,
    );
  return outcome;
}

const REMOTE_NOTE = /^(.*):\d+:\d+: remote `/;

/**
 * The order assembleKustomizations gives its notes (remote resources by kustomization
 * folder, then what was not applied by file), for notes of several scans merged into one.
 */
export function compareKustomizeNotes(a: string, b: string): number {
  const key = (note: string): [number, string] => {
    const remote = REMOTE_NOTE.exec(note);
    return remote ? [0, posix.dirname(remote[1])] : [1, note.slice(0, note.indexOf(': not applied'))];
  };
  const [ka, kb] = [key(a), key(b)];
  return ka[0] - kb[0] || (ka[1] < kb[1] ? -1 : ka[1] > kb[1] ? 1 : 0);
}

/** A kustomization and every kustomization it includes. */
function reachable(
  k: Kustomization,
  all: Map<string, Kustomization>,
  seen = new Set<Kustomization>(),
): Set<Kustomization> {
  if (seen.has(k)) return seen;
  seen.add(k);
  for (const r of [...k.resources, ...k.components]) {
    const sub = all.get(r.path);
    if (sub) reachable(sub, all, seen);
  }
  return seen;
}

/** The patch documents of a patch entry: its file's, or its inline text's, at their real positions. */
function patchDocuments(
  k: Kustomization,
  patch: PatchRef,
  byPath: Map<string, ScannedYaml>,
): { file: SourceFile; roots: YNode[] } | string {
  if (patch.path) {
    const s = byPath.get(patch.path.path);
    if (!s) return `patch \`${patch.path.text}\` is not among the scanned files`;
    return { file: s.file, roots: s.stream.documents.flatMap((d) => (d.root ? [d.root] : [])) };
  }
  const inline = patch.inline!;
  if (inline.style !== 'literal')
    return `an inline patch at line ${inline.range.start.line} (only \`|\` blocks are read)`;
  // The block's lines parsed in place: every node keeps its line and column in the kustomization.
  const text = k.file.text;
  const start = text.indexOf('\n', inline.range.start.offset) + 1;
  const end = inline.range.end.offset;
  const masked =
    text.slice(0, start).replace(/[^\n]/g, ' ') + text.slice(start, end) + text.slice(end).replace(/[^\n]/g, ' ');
  const stream = parseYamlStream(new SourceFile(k.file.path, masked));
  if (stream.errors.length > 0) return `an inline patch at line ${inline.range.start.line} (not YAML)`;
  return { file: k.file, roots: stream.documents.flatMap((d) => (d.root ? [d.root] : [])) };
}

function applyPatch(
  k: Kustomization,
  patch: PatchRef,
  insts: Inst[],
  byPath: Map<string, ScannedYaml>,
  problem: (text: string) => void,
): Inst[] {
  const docs = patchDocuments(k, patch, byPath);
  if (typeof docs === 'string') {
    problem(docs);
    return insts;
  }
  const label = patch.path
    ? `patch \`${patch.path.text}\``
    : `the inline patch at line ${patch.inline!.range.start.line}`;
  let out = insts;
  for (const root of docs.roots) {
    const ops = root.kind === 'seq';
    if (!ops && patch.json6902) {
      problem(`${label} (not a list of JSON 6902 operations)`);
      continue;
    }
    const selector = patch.target ?? (ops ? undefined : targetOf(root));
    if (!selector) {
      problem(`${label} (no target)`);
      continue;
    }
    if (selector.annotationSelector) {
      problem(`${label} (annotationSelector)`);
      continue;
    }
    const matched = out.filter((i) => matches(i, selector));
    if (matched.length === 0) {
      problem(`${label} (no ${describe(selector)} among its resources)`);
      continue;
    }
    out = out.flatMap((i) => {
      if (!matched.includes(i)) return [i];
      const foreign = new Map(i.foreign);
      if (ops) {
        let cur: YNode = i.root;
        for (const op of root.items) {
          const r = applyJsonOp(
            cur,
            str(yget(op, 'op')) ?? '',
            str(yget(op, 'path')) ?? '',
            yget(op, 'value'),
            docs.file,
            foreign,
          );
          if (typeof r === 'string') problem(`${label}: ${r}`);
          else cur = r;
        }
        return cur.kind === 'map' ? [{ ...i, root: cur, foreign }] : [i];
      }
      // A strategic-merge patch never renames its target: identity fields stay the base's.
      const body = mapWith(
        root as YMap,
        (root as YMap).pairs.filter((p) => !isIdentityKey(p.key)),
      );
      const merged = strategicMerge(i.root, body, docs.file, foreign);
      if (merged === undefined) return [];
      return merged.kind === 'map' ? [{ ...i, root: merged, foreign }] : [i];
    });
  }
  return out;
}

function isIdentityKey(key: YNode): boolean {
  return key.kind === 'scalar' && (key.value === 'apiVersion' || key.value === 'kind');
}

function str(node: YNode | undefined): string | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

/** The target of a strategic-merge patch document: its own kind, name and namespace. */
function targetOf(root: YNode): PatchTarget | undefined {
  if (!isKubernetesObject(root)) return undefined;
  const name = str(yget(yget(root, 'metadata'), 'name'));
  if (!name) return undefined;
  const t: PatchTarget = { kind: str(yget(root, 'kind')), name: escapeRegex(name) };
  const ns = str(yget(yget(root, 'metadata'), 'namespace'));
  if (ns) t.namespace = ns;
  return t;
}

function escapeRegex(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

function describe(t: PatchTarget): string {
  return [t.kind ?? 'object', t.name ? `\`${t.name.replace(/\\(.)/g, '$1')}\`` : ''].filter(Boolean).join(' ');
}

/** kustomize target selection: kind, group, name (a regular expression), namespace, labels. */
function matches(i: Inst, t: PatchTarget): boolean {
  const obj = i.base;
  if (t.kind && t.kind !== obj.kind) return false;
  if (t.group !== undefined && t.group !== (obj.apiVersion.includes('/') ? obj.apiVersion.split('/')[0] : ''))
    return false;
  if (t.namespace && t.namespace !== (i.namespace ?? obj.namespace)) return false;
  if (t.name && !nameMatches(t.name, obj.name)) return false;
  if (t.labelSelector) {
    for (const term of t.labelSelector.split(',')) {
      const [key, value] = term.split('=').map((s) => s.trim());
      if (value === undefined ? !(key in obj.labels) : obj.labels[key] !== value) return false;
    }
  }
  return true;
}

function nameMatches(pattern: string, name: string): boolean {
  if (!/[\\^$.*+?()[\]{}|]/.test(pattern)) return pattern === name;
  try {
    return RE2JS.matches(`^(?:${pattern})$`, name);
  } catch {
    return pattern === name;
  }
}

/** `spec.replicas` (or another scalar path) set to a value written in `file`. */
function withValue(i: Inst, path: string[], value: YNode, file: SourceFile, problem: (t: string) => void): Inst {
  const foreign = new Map(i.foreign);
  const r = applyJsonOp(i.root, 'add', '/' + path.join('/'), value, file, foreign);
  if (typeof r === 'string' || r.kind !== 'map') {
    problem(`\`${path.join('.')}\` of ${i.base.kind} \`${i.base.name}\``);
    return i;
  }
  return { ...i, root: r, foreign };
}

/** kustomize `images:`: containers whose image repository is `name` get the new name, tag or digest. */
function withImage(i: Inst, image: Kustomization['images'][number], file: SourceFile): Inst {
  const spec = i.base.pod ? podSpecPath(i.base.kind) : undefined;
  if (!spec) return i;
  let root: YNode = i.root;
  const foreign = new Map(i.foreign);
  for (const list of ['initContainers', 'containers']) {
    const seq = pathGet(root, [...spec, list]);
    if (seq?.kind !== 'seq') continue;
    seq.items.forEach((c, index) => {
      const current = yget(c, 'image');
      if (current?.kind !== 'scalar' || typeof current.value !== 'string') return;
      const next = renamedImage(current.value, image);
      if (next === undefined) return;
      const node: YScalar = { kind: 'scalar', value: next, source: next, style: 'plain', range: image.node.range };
      markForeign(node, file, foreign);
      const r = applyJsonOp(
        root,
        'replace',
        '/' + [...spec, list, String(index), 'image'].join('/'),
        node,
        file,
        foreign,
      );
      if (typeof r !== 'string') root = r;
    });
  }
  return root === i.root || root.kind !== 'map' ? i : { ...i, root, foreign };
}

function podSpecPath(kind: string): string[] {
  if (kind === 'Pod') return ['spec'];
  if (kind === 'CronJob') return ['spec', 'jobTemplate', 'spec', 'template', 'spec'];
  return ['spec', 'template', 'spec'];
}

function pathGet(node: YNode | undefined, path: string[]): YNode | undefined {
  let cur = node;
  for (const step of path) cur = yget(cur, step);
  return cur;
}

function renamedImage(ref: string, image: Kustomization['images'][number]): string | undefined {
  const at = ref.indexOf('@');
  const noDigest = at === -1 ? ref : ref.slice(0, at);
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  const repo = colon > slash ? noDigest.slice(0, colon) : noDigest;
  const tag = colon > slash ? noDigest.slice(colon + 1) : undefined;
  if (repo !== image.name) return undefined;
  const name = image.newName ?? repo;
  if (image.digest) return `${name}@${image.digest}`;
  const newTag = image.newTag ?? tag;
  return newTag ? `${name}:${newTag}` : name;
}
