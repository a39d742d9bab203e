// Helm `helm template` output: which template rendered each document (`# Source:`
// comments), and where in that template a node of the rendered document was written.

import type { Range, SourceFile } from '../source.js';
import { yget, ypath } from './ast.js';
import type { YamlDocument, YamlStream, YNode } from './ast.js';
import { locatePath, type Located, type PathStep } from './helm-locate.js';
import { templateShape, type Region, type TemplateShape } from './helm-template.js';
import { parseYamlStream } from './parse.js';

const SOURCE_RE = /^#\s*Source:\s*(\S(?:.*\S)?)\s*$/;

/**
 * For each document, the `# Source: <chart>/templates/<file>` comment between the end
 * of the previous document and this document's content; undefined when there is none.
 */
export function helmSources(stream: YamlStream, file: SourceFile): (string | undefined)[] {
  void file; // Comments already carry their text; the file is part of the signature for callers.
  // Sized up front: kept for the whole run, so no spare capacity.
  const out: (string | undefined)[] = new Array(stream.documents.length);
  const comments = stream.comments;
  let ci = 0;
  let prevEnd = 0;
  const docs = stream.documents;
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d];
    // An empty document (a template that rendered nothing) owns the comments up to the next one.
    const contentStart = doc.root
      ? doc.root.range.start.offset
      : d + 1 < docs.length
        ? docs[d + 1].range.start.offset
        : Infinity;
    // Root ranges of aliased/merged content never precede the document, but clamp anyway.
    const limit = Math.max(contentStart, prevEnd);
    let found: string | undefined;
    while (ci < comments.length && comments[ci].range.start.offset < prevEnd) ci++;
    while (ci < comments.length && comments[ci].range.start.offset < limit) {
      const m = SOURCE_RE.exec(comments[ci].text);
      if (m) found = m[1];
      ci++;
    }
    out[d] = found;
    prevEnd = Math.max(prevEnd, doc.range.end.offset);
  }
  return out;
}

export interface HelmChartFiles {
  /** Chart directory, as in the template paths (`.` for the working directory). */
  dir: string;
  chartYaml: SourceFile;
  /** Everything under `templates/` (helpers `_*.tpl` included). */
  templates: SourceFile[];
}

export interface HelmChart {
  dir: string;
  name: string;
  /** `version:` of Chart.yaml; '' when absent. */
  version: string;
  chartYaml: SourceFile;
  /** Dependencies Chart.yaml declares: name (or alias) and the version it asks for. */
  dependencies: { name: string; version: string; range: Range }[];
  /** Parent chart for a vendored subchart (`<parent>/charts/<dir>`). */
  parent?: HelmChart;
}

/** A template resolved from a `# Source:` path, with the chart it belongs to. */
export interface ResolvedTemplate {
  chart: HelmChart;
  file: SourceFile;
}

export class HelmTemplateIndex {
  readonly charts: HelmChart[];
  private readonly bySource = new Map<string, ResolvedTemplate>();
  private readonly byName = new Map<string, ResolvedTemplate[]>();
  private readonly shapes = new Map<SourceFile, TemplateShape>();
  private readonly templatesOf = new Map<HelmChart, SourceFile[]>();
  private readonly chartOf = new Map<SourceFile, HelmChart>();

  constructor(files: HelmChartFiles[]) {
    const charts = files.map((c) => readChart(c));
    this.charts = charts;
    for (const c of charts) {
      c.parent = charts
        .filter((p) => p !== c && c.dir.startsWith(p.dir === '.' ? 'charts/' : `${p.dir}/charts/`))
        .sort((a, b) => b.dir.length - a.dir.length)[0];
    }
    const prefixOf = (c: HelmChart, seen: Set<HelmChart>): string => {
      // A subchart lives in `<parent>/charts/<dir>`; Helm names its templates
      // `<parent name>/charts/<sub name>/templates/...`.
      if (!c.parent || seen.has(c.parent)) return c.name;
      seen.add(c);
      return `${prefixOf(c.parent, seen)}/charts/${c.name}`;
    };
    files.forEach((f, k) => {
      const c = charts[k];
      const prefix = prefixOf(c, new Set());
      const own: SourceFile[] = [];
      for (const t of f.templates) {
        const rel =
          c.dir === '.' ? t.path : t.path.startsWith(c.dir + '/') ? t.path.slice(c.dir.length + 1) : undefined;
        if (rel === undefined) continue;
        own.push(t);
        this.chartOf.set(t, c);
        const entry = { chart: c, file: t };
        this.bySource.set(`${prefix}/${rel}`, entry);
        // Also reachable by its own name, for a subchart scanned without its parent.
        const list = this.byName.get(`${c.name}/${rel}`) ?? [];
        list.push(entry);
        this.byName.set(`${c.name}/${rel}`, list);
      }
      this.templatesOf.set(c, own);
    });
  }

  /**
   * The template a `# Source:` path names. `chartLabel` is the rendered object's
   * `helm.sh/chart` (`name-version`): a chart of another version is not the one that
   * rendered it, so it is not mapped onto (its lines may differ).
   */
  resolve(source: string, chartLabel?: string): ResolvedTemplate | undefined {
    const fits = (r: ResolvedTemplate) => versionFits(r.chart, chartLabel, source, this.charts);
    const exact = this.bySource.get(source);
    if (exact) return fits(exact) ? exact : undefined;
    const i = source.lastIndexOf('/charts/');
    const rel = i >= 0 ? source.slice(i + '/charts/'.length) : source;
    return (this.byName.get(rel) ?? []).find(fits);
  }

  /** The best range in `template` for the node of `doc` at `target`. */
  locate(doc: YamlDocument, target: Range, template: SourceFile): Range {
    return this.locateIn(doc, keyPathSteps(doc.root, target), template).range;
  }

  /** Where a key path of a rendered document was written, following helpers; never line 1 unless it is written there. */
  locateIn(doc: YamlDocument, path: PathStep[], template: SourceFile): Located {
    const shape = this.shape(template);
    const helpers = (name: string) => this.helper(name, this.chartOf.get(template));
    const identity = {
      kind: scalarText(ypath(doc.root, 'kind')),
      name: scalarText(ypath(doc.root, 'metadata', 'name')),
    };
    const found = locatePath(path, shape.documents, identity, helpers);
    if (found && found.matched > 0) return found;
    // Nothing of the path is written as such: the object's `kind:` (in a helper if need be).
    const kind = locatePath(['kind'], shape.documents, identity, helpers);
    if (kind && kind.matched > 0) return kind;
    return firstContentLine(shape, template);
  }

  /** The template files (helpers included) of a chart. */
  templatesOfChart(chart: HelmChart): SourceFile[] {
    return this.templatesOf.get(chart) ?? [];
  }

  private shape(file: SourceFile): TemplateShape {
    let s = this.shapes.get(file);
    if (!s) this.shapes.set(file, (s = templateShape(file)));
    return s;
  }

  /** A helper by name: the chart's own first, then its parents', then any chart's (Helm's names are global). */
  private helper(name: string, chart: HelmChart | undefined): Region | undefined {
    const order: HelmChart[] = [];
    for (let c = chart; c && !order.includes(c); c = c.parent) order.push(c);
    for (const c of this.charts) if (!order.includes(c)) order.push(c);
    for (const c of order) {
      for (const t of this.templatesOf.get(c) ?? []) {
        const region = this.shape(t).defines.get(name);
        if (region) return region;
      }
    }
    return undefined;
  }
}

/** The first line with content: an action line counts, so a template of only `{{ include }}` points at its call. */
function firstContentLine(shape: TemplateShape, file: SourceFile): Located {
  const lines = shape.documents.flatMap((d) => d.lines);
  const line =
    lines.find((l) => !l.directive) ?? lines.find((l) => l.calls.length > 0) ?? lines.find((l) => l.text.trim() !== '');
  const region = shape.documents[0] ?? { file, lines: [] };
  if (!line)
    return {
      matched: 0,
      region,
      line: { n: 1, text: '', indent: 0, directive: true, calls: [] },
      range: file.range(0, 0),
    };
  const start = file.lineStart(line.n) + line.indent;
  return { matched: 0, region, line, range: file.range(start, file.lineStart(line.n) + line.text.length) };
}

/**
 * Whether `chart` is the chart that rendered an object: its `helm.sh/chart` label names
 * `<name>-<version>`; without a label, a subchart's version must be the one its parent's
 * Chart.yaml asks for when that is an exact version.
 */
function versionFits(chart: HelmChart, chartLabel: string | undefined, source: string, charts: HelmChart[]): boolean {
  if (chartLabel !== undefined && chartLabel !== '') {
    if (chartLabel.startsWith(`${chart.name}-`)) return chartLabel === `${chart.name}-${chart.version}`;
    // A label of another chart (a parent's labels on a subchart's object) says nothing.
  }
  const parts = source.split('/charts/');
  if (parts.length < 2) return true;
  const parentName = parts[parts.length - 2].split('/').pop()!;
  const parent = chart.parent?.name === parentName ? chart.parent : charts.find((c) => c.name === parentName);
  const wanted = parent?.dependencies.find((d) => d.name === chart.name)?.version;
  if (wanted === undefined || !/^v?\d+\.\d+\.\d+(-[\w.]+)?$/.test(wanted)) return true;
  return wanted.replace(/^v/, '') === chart.version.replace(/^v/, '');
}

function scalarText(node: YNode | undefined): string | undefined {
  return node && node.kind === 'scalar' && node.value !== null ? String(node.value) : undefined;
}

/** Keys and indices from the root down to the innermost node containing `target`. */
export function keyPath(root: YNode | null, target: Range): (string | number)[] {
  return keyPathSteps(root, target).map((s) => (typeof s === 'string' ? s : s.index));
}

/** Like keyPath, with each list item's own `name` (containers, env vars, ports are found by name). */
export function keyPathSteps(root: YNode | null, target: Range): PathStep[] {
  const path: PathStep[] = [];
  const t = target.start.offset;
  const te = target.end.offset;
  const inside = (r: Range) => r.start.offset <= t && te <= r.end.offset;
  let cur: YNode | null = root;
  // Aliases share nodes: bound the walk by depth so a cycle-free DAG is still finite.
  for (let depth = 0; cur && depth < 200; depth++) {
    let next: YNode | undefined;
    if (cur.kind === 'map') {
      for (const p of cur.pairs) {
        if (p.key.kind !== 'scalar') continue;
        if (inside(p.key.range)) {
          path.push(String(p.key.value));
          return path;
        }
        if (inside(p.value.range) || inside(p.range)) {
          path.push(String(p.key.value));
          next = p.value;
          break;
        }
      }
    } else if (cur.kind === 'seq') {
      const i = cur.items.findIndex((x) => inside(x.range));
      if (i >= 0) {
        path.push({ index: i, name: scalarText(yget(cur.items[i], 'name')) });
        next = cur.items[i];
      }
    }
    if (!next) break;
    cur = next;
  }
  return path;
}

function trimDir(dir: string): string {
  const d = dir.replace(/\\/g, '/').replace(/\/+$/, '');
  return d === '' ? '.' : d;
}

function readChart(files: HelmChartFiles): HelmChart {
  const dir = trimDir(files.dir);
  const root = parseYamlStream(files.chartYaml).documents[0]?.root ?? null;
  const name = scalarText(yget(root, 'name')) || dir.slice(dir.lastIndexOf('/') + 1);
  const deps = yget(root, 'dependencies');
  const dependencies: HelmChart['dependencies'] = [];
  if (deps?.kind === 'seq') {
    for (const d of deps.items) {
      const depName = scalarText(yget(d, 'alias')) ?? scalarText(yget(d, 'name'));
      if (depName) dependencies.push({ name: depName, version: scalarText(yget(d, 'version')) ?? '', range: d.range });
    }
  }
  return { dir, name, version: scalarText(yget(root, 'version')) ?? '', chartYaml: files.chartYaml, dependencies };
}
