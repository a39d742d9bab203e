// Kustomization roots rendered by the real kustomize (`kubectl kustomize`, kubectl ≥ 1.27,
// or `kustomize build`) when one is on PATH: what the cluster would receive. No plugins,
// no exec functions, no Helm; a root that names a remote resource is never rendered (it
// would be fetched). A wrapper kustomization in a temporary folder asks for origin
// annotations, and every finding on a rendered object is mapped back to the file and
// line that wrote the value: the patch that set it, else the base resource.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { buildKubernetesModel } from '../model/kubernetes/build.js';
import type { KustomizeRoot } from '../model/kubernetes/kustomize/assemble.js';
import type { K8sObject } from '../model/kubernetes/types.js';
import { kustomizationUnit } from '../model/kubernetes/units.js';
import type { Project } from '../model/project.js';
import { SourceFile, type Range } from '../parse/source.js';
import { yget, type YamlDocument, type YNode } from '../parse/yaml/ast.js';
import { parseYamlStream } from '../parse/yaml/parse.js';
import type { ParsedFile } from './parse-files.js';
import type { Relocate, Relocated } from './run-rules.js';

const RENDER_TIMEOUT_MS = 30_000;

export interface KustomizeBinary {
  command: string;
  args: (dir: string) => string[];
  label: string;
}

let found: KustomizeBinary | null | undefined;

/** `kubectl` ≥ 1.27 (its embedded kustomize 5), else `kustomize`; null when neither runs. */
export function findKustomizeBinary(): KustomizeBinary | null {
  if (found !== undefined) return found;
  found = null;
  const kubectl = spawnSync('kubectl', ['version', '--client', '-o', 'json'], { encoding: 'utf8', timeout: 10_000 });
  if (kubectl.status === 0) {
    try {
      const v = JSON.parse(kubectl.stdout) as { clientVersion?: { major?: string; minor?: string } };
      const minor = parseInt(v.clientVersion?.minor ?? '', 10);
      if (v.clientVersion?.major === '1' && minor >= 27)
        found = { command: 'kubectl', args: (dir) => ['kustomize', dir], label: 'kubectl kustomize' };
    } catch {
      // Not JSON: an unusable kubectl.
    }
  }
  if (!found) {
    const k = spawnSync('kustomize', ['version'], { encoding: 'utf8', timeout: 10_000 });
    if (k.status === 0) found = { command: 'kustomize', args: (dir) => ['build', dir], label: 'kustomize build' };
  }
  return found;
}

export interface KustomizeRendering {
  relocate: Relocate;
  notes: string[];
}

interface Rendered {
  root: KustomizeRoot;
  /** The same unit's objects as assembled in-process: they know which patch wrote which value. */
  inProcess: K8sObject[];
  /** The (deleted) wrapper folder origin paths are relative to. */
  wrapper: string;
  file: SourceFile;
  docs: YamlDocument[];
}

/**
 * Renders every root it can and swaps its objects in `project` for the rendered ones. A
 * root that fails to render (or may not be rendered) keeps its in-process objects.
 */
export function renderKustomizations(
  project: Project,
  roots: KustomizeRoot[],
  parsed: ParsedFile[],
  cwd: string,
  binary: KustomizeBinary | null,
): KustomizeRendering {
  const notes: string[] = [];
  const rendered = new Map<SourceFile, Rendered>();
  if (binary) {
    for (const root of roots) {
      if (root.remote) continue;
      const out = render(binary, resolve(cwd, root.dir));
      if ('error' in out) {
        notes.push(`${root.file.path}: ${binary.label} failed (${out.error}); its objects are linted without it.`);
        continue;
      }
      const file = new SourceFile(`${root.file.path} (rendered)`, out.text);
      const stream = parseYamlStream(file);
      if (stream.errors.length > 0) continue;
      const unit = kustomizationUnit(root.dir);
      const objects = buildKubernetesModel([{ file, stream, unit }]).project.objects;
      const kept = project.kubernetes.objects.filter((o) => o.unit !== unit);
      const inProcess = project.kubernetes.objects.filter((o) => o.unit === unit);
      project.kubernetes.objects.length = 0;
      project.kubernetes.objects.push(...kept, ...objects);
      rendered.set(file, { root, inProcess, wrapper: out.wrapper, file, docs: stream.documents });
    }
  }
  const yamlByPath = new Map<string, Extract<ParsedFile, { kind: 'yaml' }>>();
  for (const f of parsed) if (f.kind === 'yaml') yamlByPath.set(f.source.path, f);
  const relocate: Relocate = (file, range) => {
    const r = rendered.get(file);
    return r ? mapBack(r, range, yamlByPath, cwd) : undefined;
  };
  return { relocate, notes };
}

function render(binary: KustomizeBinary, rootAbs: string): { text: string; wrapper: string } | { error: string } {
  const wrapper = mkdtempSync(join(tmpdir(), 'arch-lint-kustomize-'));
  try {
    const target = relative(wrapper, rootAbs).split('\\').join('/');
    writeFileSync(
      join(wrapper, 'kustomization.yaml'),
      `resources:\n  - ${JSON.stringify(target)}\nbuildMetadata: [originAnnotations]\n`,
    );
    const run = spawnSync(binary.command, binary.args(wrapper), {
      encoding: 'utf8',
      timeout: RENDER_TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
      // No plugin directory: kustomize finds no exec or legacy plugins to run.
      env: { ...process.env, KUSTOMIZE_PLUGIN_HOME: wrapper, XDG_CONFIG_HOME: wrapper },
    });
    if (run.error) return { error: run.error.message };
    if (run.status !== 0) {
      const line = (run.stderr || '').split('\n').find((l) => l.trim() !== '') ?? `exit code ${run.status}`;
      // klog's prefix (`E1203 10:00:00.1 123 run.go:72] "command failed" err=`) says nothing.
      return { error: renderError(/err="(.*)"\s*$/.exec(line)?.[1] ?? line) };
    }
    return { text: run.stdout, wrapper };
  } finally {
    rmSync(wrapper, { recursive: true, force: true });
  }
}

/**
 * kustomize nests each error in the one before it (`accumulating resources: … recursed
 * accumulation of path …: lstat …/env.txt: no such file or directory`): when that is too
 * long for a note, the end, which names what is wrong, is what is kept.
 */
export function renderError(message: string, max = 300): string {
  const m = message.replace(/\\"/g, '"').trim();
  if (m.length <= max) return m;
  const tail = m.slice(m.length - max + 1);
  const clause = tail.indexOf(': ');
  return `…${clause >= 0 && clause < max / 2 ? tail.slice(clause + 2) : tail}`;
}

/** One step from a node to a child: a mapping key (on the key itself or its value), or a list item. */
type Step = { key: string; onKey: boolean } | { index: number; name?: string };

/** The steps from a document's root to the deepest node whose range holds `offset`. */
function stepsTo(root: YNode, offset: number): Step[] {
  const steps: Step[] = [];
  let node: YNode = root;
  for (;;) {
    if (node.kind === 'map') {
      const pair = node.pairs.find(
        (p) => p.range.start.offset <= offset && offset < Math.max(p.range.end.offset, p.key.range.end.offset + 1),
      );
      if (!pair || pair.key.kind !== 'scalar') return steps;
      const onKey = offset < pair.key.range.end.offset;
      steps.push({ key: String(pair.key.value), onKey });
      if (onKey) return steps;
      node = pair.value;
    } else if (node.kind === 'seq') {
      const index = node.items.findIndex(
        (i) => i.range.start.offset <= offset && offset < Math.max(i.range.end.offset, i.range.start.offset + 1),
      );
      if (index === -1) return steps;
      const item = node.items[index];
      const name = yget(item, 'name');
      steps.push({ index, name: name?.kind === 'scalar' && name.value !== null ? String(name.value) : undefined });
      node = item;
    } else return steps;
  }
}

/** Follows steps in another tree: list items by their `name` when they have one. */
function follow(root: YNode, steps: Step[]): { depth: number; range: Range; node: YNode } {
  let node: YNode = root;
  let range = root.range;
  let at: YNode = root;
  let depth = 0;
  for (const step of steps) {
    if ('key' in step) {
      const pair =
        node.kind === 'map'
          ? node.pairs.find((p) => p.key.kind === 'scalar' && String(p.key.value) === step.key)
          : undefined;
      if (!pair) break;
      node = pair.value;
      at = step.onKey ? pair.key : pair.value;
      range = at.range;
    } else {
      if (node.kind !== 'seq') break;
      const item =
        step.name !== undefined
          ? node.items.find((i) => {
              const n = yget(i, 'name');
              return n?.kind === 'scalar' && String(n.value) === step.name;
            })
          : node.items[step.index];
      if (!item) break;
      node = item;
      at = item;
      range = item.range;
    }
    depth++;
  }
  return { depth, range, node: at };
}

function str(node: YNode | undefined): string | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

/** The object of a scanned file that a rendered object comes from: same kind, its name inside the rendered name. */
function sourceDocs(f: Extract<ParsedFile, { kind: 'yaml' }>, kind: string, name: string): YNode[] {
  const out: { root: YNode; exact: boolean }[] = [];
  for (const d of f.stream.documents) {
    if (d.root?.kind !== 'map' || str(yget(d.root, 'kind')) !== kind) continue;
    const n = str(yget(yget(d.root, 'metadata'), 'name'));
    if (n === name) out.push({ root: d.root, exact: true });
    else if (n && name.includes(n)) out.push({ root: d.root, exact: false });
  }
  return out.sort((a, b) => Number(b.exact) - Number(a.exact)).map((o) => o.root);
}

function mapBack(
  r: Rendered,
  range: Range,
  yamlByPath: Map<string, Extract<ParsedFile, { kind: 'yaml' }>>,
  cwd: string,
): Relocated {
  const fallback = { file: r.root.file, range: r.root.file.range(0, 0) };
  const doc = r.docs.find(
    (d) => d.range.start.offset <= range.start.offset && range.start.offset <= d.range.end.offset,
  );
  if (!doc?.root) return fallback;
  const kind = str(yget(doc.root, 'kind')) ?? '';
  const name = str(yget(yget(doc.root, 'metadata'), 'name')) ?? '';
  const steps = stepsTo(doc.root, range.start.offset);
  const origin = originPath(doc.root, r, cwd);
  const originFile = origin ? yamlByPath.get(origin) : undefined;
  const originRoot = originFile ? sourceDocs(originFile, kind, name)[0] : undefined;
  const originHit = originRoot ? follow(originRoot, steps) : undefined;
  // Identity keys say nothing about who set a value; a list item's `name` only when the base has the item.
  const skipPatches = steps.length === 0 || isHeader(steps) || (isItemName(steps) && originHit?.depth === steps.length);
  if (!skipPatches) {
    // A value the in-process assembly knows a patch (inline ones too), `replicas:` or `images:` set.
    for (const obj of r.inProcess) {
      if (obj.kind !== kind || !(obj.name === name || name.includes(obj.name)) || !obj.foreignNodes) continue;
      const hit = follow(obj.root, steps);
      const foreign = hit.depth === steps.length ? obj.foreignNodes.get(hit.node) : undefined;
      if (foreign) return { file: foreign, range: hit.range, ...sameValue(doc.root, steps, range, hit, foreign) };
    }
    // A value a patch file writes: the patch that writes the whole path.
    for (const path of r.root.patchFiles) {
      const f = yamlByPath.get(path);
      if (!f) continue;
      for (const root of sourceDocs(f, kind, name)) {
        const hit = follow(root, steps);
        if (hit.depth === steps.length)
          return { file: f.source, range: hit.range, ...sameValue(doc.root, steps, range, hit, f.source) };
      }
    }
  }
  // Else the base resource, at the deepest part of the path it writes (its `kind:` at least).
  if (!originFile || !originRoot || !originHit) return fallback;
  if (originHit.depth === steps.length && steps.length > 0)
    return {
      file: originFile.source,
      range: originHit.range,
      ...sameValue(doc.root, steps, range, originHit, originFile.source),
    };
  if (originHit.depth > 0 && !(originHit.depth === 1 && 'key' in steps[0] && steps[0].key === 'metadata'))
    return { file: originFile.source, range: originHit.range };
  const kindNode = yget(originRoot, 'kind');
  return { file: originFile.source, range: kindNode?.range ?? originRoot.range };
}

/** A fix that replaces exactly the rendered scalar applies to the source scalar when both hold the same value. */
function sameValue(
  rendered: YNode,
  steps: Step[],
  range: Range,
  hit: { node: YNode; range: Range },
  file: SourceFile,
): Pick<Relocated, 'valuesFix'> {
  const node = follow(rendered, steps).node;
  const same =
    node.kind === 'scalar' &&
    hit.node.kind === 'scalar' &&
    node.value === hit.node.value &&
    node.range.start.offset === range.start.offset &&
    node.range.end.offset === range.end.offset;
  if (!same) return {};
  return {
    valuesFix: (edits) =>
      edits.every((e) => e.range.start.offset === range.start.offset && e.range.end.offset === range.end.offset)
        ? edits.map((e) => ({ file, range: hit.range, text: e.text }))
        : undefined,
  };
}

/** `kind`, `apiVersion` and `metadata` appear in every patch: they say nothing about who set a value. */
function isHeader(steps: Step[]): boolean {
  const first = steps[0];
  return 'key' in first && (first.key === 'kind' || first.key === 'apiVersion' || first.key === 'metadata');
}

/** A list item's `name` (a container's): how a patch finds the item. */
function isItemName(steps: Step[]): boolean {
  const last = steps[steps.length - 1];
  const before = steps[steps.length - 2];
  return 'key' in last && last.key === 'name' && before !== undefined && 'index' in before;
}

/** The display path of the file an object came from: `config.kubernetes.io/origin`, relative to the wrapper. */
function originPath(root: YNode, r: Rendered, cwd: string): string | undefined {
  const text = str(yget(yget(yget(root, 'metadata'), 'annotations'), 'config.kubernetes.io/origin'));
  const m = text ? /^path:\s*(.+?)\s*$/m.exec(text) : null;
  if (!m) return undefined;
  return relative(cwd, resolve(r.wrapper, m[1])).split('\\').join('/');
}
