// Helm charts in the scanned tree: their templates are skipped (not YAML until
// rendered), and findings in `helm template` output are moved back to the template
// that produced them when that chart was scanned, one finding per release.

import { dirname, join } from 'node:path';
import { HelmTemplateIndex, keyPathSteps, type HelmChartFiles } from '../parse/yaml/helm.js';
import type { PathStep } from '../parse/yaml/helm-locate.js';
import { valuesEntry, type ValuesFile } from '../parse/yaml/helm-values.js';
import { parseYamlStream } from '../parse/yaml/parse.js';
import { yget, ypath } from '../parse/yaml/ast.js';
import type { YamlDocument, YNode } from '../parse/yaml/ast.js';
import { SourceFile } from '../parse/source.js';
import type { Candidate } from '../read/discover.js';
import type { FileSource } from '../read/file-source.js';
import type { ParsedFile } from './parse-files.js';
import type { Relocate } from './run-rules.js';
import type { Edit } from './rule.js';
import { valuesEdits } from './helm-values-fix.js';

export interface ChartScan {
  /** Candidates that are not chart templates. */
  lintable: Candidate[];
  /** Chart directories (display paths) with their Chart.yaml candidate. */
  chartDirs: Map<string, Candidate>;
  chartSkips: { file: string; chart: string; candidate: Candidate }[];
}

export function chartTemplateSkips(candidates: Candidate[]): ChartScan {
  const chartDirs = new Map<string, Candidate>();
  for (const c of candidates) if (/(^|\/)Chart\.ya?ml$/.test(c.path)) chartDirs.set(dirOf(c.path), c);
  const lintable: Candidate[] = [];
  const chartSkips: ChartScan['chartSkips'] = [];
  for (const c of candidates) {
    const chart = c.kind === 'yaml' && !c.explicit ? owningChart(c.path, chartDirs) : undefined;
    if (chart !== undefined) chartSkips.push({ file: c.path, chart, candidate: c });
    else lintable.push(c);
  }
  return { lintable, chartDirs, chartSkips };
}

/** The chart whose `templates/` folder holds this path, if any. */
function owningChart(path: string, chartDirs: Map<string, Candidate>): string | undefined {
  for (let i = path.indexOf('/templates/'); i !== -1; i = path.indexOf('/templates/', i + 1)) {
    const dir = path.slice(0, i);
    if (chartDirs.has(dir)) return dir;
  }
  if (path.startsWith('templates/') && chartDirs.has('.')) return '.';
  return undefined;
}

/** The innermost chart directory holding a path, if any. */
export function chartOf(path: string, chartDirs: Map<string, Candidate>): string | undefined {
  for (let d = dirOf(path); ; d = dirOf(d)) {
    if (chartDirs.has(d)) return d;
    if (d === '.') return undefined;
  }
}

// A Go-template action: `{{ .Values.x }}`, `{{- include "x" . }}`, `{{ if ... }}`.
const ACTION =
  /\{\{-?\s*(?:[.$("]|\/\*|(?:if|range|with|include|template|define|end|else|toYaml|tpl|default|required)\b)/;

/**
 * Helm fragments outside `templates/` (a chart's `conf/crds/*.yaml` with `{{ }}`, an
 * example snippet): not YAML until a template includes them. Inside a chart they are
 * always skipped; elsewhere only when they do not parse.
 */
export function isHelmFragment(file: ParsedFile, chartDirs: Map<string, Candidate>): boolean {
  if (file.kind !== 'yaml' || file.candidate.explicit || !ACTION.test(file.source.text)) return false;
  if (/(^|\/)(Chart\.ya?ml|[^/]*values[^/]*\.ya?ml)$/.test(file.source.path)) return file.stream.errors.length > 0;
  return chartOf(file.source.path, chartDirs) !== undefined || file.stream.errors.length > 0;
}

function dirOf(path: string): string {
  const d = dirname(path);
  return d === '' ? '.' : d;
}

/** One `helm template` output: a rendered file in the tree, or a render arch-lint ran. */
export interface HelmRelease {
  /** Release name (`app.kubernetes.io/instance` of a committed rendering when it has one). */
  name: string;
  /** How the release is named in messages. */
  label: string;
  /** The chart folder arch-lint rendered it from (findings helm output cannot place go to its Chart.yaml), and the values files after values.yaml. */
  plan?: { chartDir: string; values: { path: string; abs: string }[] };
}

export interface HelmRelocation {
  relocate: Relocate;
  /** Template files read for relocation (for snippets). */
  templates: SourceFile[];
}

export interface HelmRelocationInput {
  parsed: ParsedFile[];
  scan: ChartScan;
  /** Releases arch-lint rendered itself, by their output file; others are committed renderings. */
  releases?: Map<SourceFile, HelmRelease>;
  /** Where chart files are read from (the working tree or a commit). */
  files: FileSource;
}

/**
 * Builds the relocator. Chart templates (already discovered, skipped for linting) are
 * read only when some scanned YAML is Helm output with `# Source:` comments.
 */
export async function helmRelocator({ parsed, scan, releases, files }: HelmRelocationInput): Promise<HelmRelocation> {
  const rendered = parsed.filter(
    (f): f is Extract<ParsedFile, { kind: 'yaml' }> => f.kind === 'yaml' && f.helm.some((s) => s !== undefined),
  );
  if (rendered.length === 0 || scan.chartDirs.size === 0) return { relocate: () => undefined, templates: [] };

  const templates: SourceFile[] = [];
  const charts: HelmChartFiles[] = [];
  for (const [dir, chartYaml] of scan.chartDirs) {
    const chartSource = await readSource(files, chartYaml.abs, chartYaml.path);
    if (chartSource) charts.push({ dir, chartYaml: chartSource, templates: [] });
  }
  const chartByDir = new Map(charts.map((c) => [c.dir, c]));
  for (const skip of scan.chartSkips) {
    const source = await readSource(files, skip.candidate.abs, skip.file);
    const chart = chartByDir.get(skip.chart);
    if (source && chart) {
      chart.templates.push(source);
      templates.push(source);
    }
  }
  // Helpers (`_*.tpl`) are not YAML candidates: read them from each chart's templates/.
  for (const [dir, chartYaml] of scan.chartDirs) {
    const chart = chartByDir.get(dir);
    if (!chart) continue;
    const templateDirs = new Set(
      scan.chartSkips
        .filter((k) => k.chart === dir)
        .map((k) => dirOf(dir === '.' ? k.file : k.file.slice(dir.length + 1))),
    );
    for (const helper of await helperFiles(files, dirname(chartYaml.abs), dir, templateDirs)) {
      chart.templates.push(helper);
      templates.push(helper);
    }
  }
  const index = new HelmTemplateIndex(charts);
  const byFile = new Map(rendered.map((f) => [f.source, f]));

  // Values files: each chart's values.yaml, and those arch-lint rendered releases with.
  const valuesOf = new Map<string, ValuesFile | undefined>();
  const readValues = async (abs: string, path: string) => {
    if (valuesOf.has(path)) return;
    const source = await readSource(files, abs, path);
    const root = source ? (parseYamlStream(source).documents[0]?.root ?? null) : null;
    valuesOf.set(path, source ? { file: source, root } : undefined);
    if (source) templates.push(source);
  };
  for (const [dir, chartYaml] of scan.chartDirs)
    await readValues(join(dirname(chartYaml.abs), 'values.yaml'), dir === '.' ? 'values.yaml' : `${dir}/values.yaml`);
  for (const r of releases?.values() ?? []) for (const v of r.plan?.values ?? []) await readValues(v.abs, v.path);

  const relocate: Relocate = (file, range, subject) => {
    const f = byFile.get(file);
    if (!f) return undefined;
    const doc = f.stream.documents.find(
      (d) => d.range.start.offset <= range.start.offset && range.start.offset <= d.range.end.offset,
    );
    const source = doc ? f.helm[doc.index] : undefined;
    if (!doc || !source) return undefined;
    const template = index.resolve(source, label(doc, 'helm.sh/chart'));
    const ours = releases?.get(file);
    if (!template) return ours?.plan ? chartYamlLocation(index, ours.plan.chartDir, source, ours.label) : undefined;
    // The key that holds the flagged value when the rule names it, and the template writes it;
    // otherwise where the rule reported (a container's `name:`, where the block would go).
    let path = subject ? [...keyPathSteps(doc.root, subject.node.range), subject.key] : keyPathSteps(doc.root, range);
    let located = index.locateIn(doc, path, template.file);
    if (subject && located.matched < path.length) {
      path = keyPathSteps(doc.root, range);
      located = index.locateIn(doc, path, template.file);
    }
    const release = ours ?? committedRelease(doc, file);
    const inTemplate = { file: located.region.file, range: located.range, release: release.label };
    // The flagged key itself (or its deepest written parent) takes its value from `.Values`?
    if (located.matched === 0) return inTemplate;
    const renderedNode = nodeAt(doc.root, path.slice(0, located.matched));
    const chart = template.chart;
    const values = [
      valuesOf.get(chart.dir === '.' ? 'values.yaml' : `${chart.dir}/values.yaml`),
      // Release values files apply to the chart rendered, not to its subcharts' own keys.
      ...(ours?.plan && ours.plan.chartDir === chart.dir ? ours.plan.values.map((v) => valuesOf.get(v.path)) : []),
    ].filter((v): v is ValuesFile => v !== undefined);
    const hit = valuesEntry(located, renderedNode, values, index.templatesOfChart(chart));
    if (!hit) return inTemplate;
    return {
      file: hit.file,
      range: hit.keyRange,
      release: release.label,
      related: [{ file: located.region.file, range: located.range, message: 'rendered by this template line' }],
      valuesFix: (edits: Edit[]) => valuesEdits(edits, file, doc, path.slice(0, located.matched), renderedNode, hit),
    };
  };
  return { relocate, templates };
}

/** A subchart whose templates are not in the tree (a vendored .tgz): its entry in the parent's Chart.yaml. */
function chartYamlLocation(index: HelmTemplateIndex, chartDir: string, source: string, release: string) {
  const chart = index.charts.find((c) => c.dir === chartDir);
  if (!chart) return undefined;
  const sub = /\/charts\/([^/]+)\/templates\//.exec(source)?.[1];
  const dep = chart.dependencies.find((d) => d.name === sub);
  const file = chart.chartYaml;
  const nameLine = Math.max(1, file.text.split('\n').findIndex((l) => /^name:/.test(l)) + 1);
  const range =
    dep?.range ?? file.range(file.lineStart(nameLine), file.lineStart(nameLine) + file.lineText(nameLine).length);
  return { file, range, release };
}

/** The rendered node at a key path, if the output has it. */
function nodeAt(root: YNode | null, path: PathStep[]): YNode | undefined {
  let cur: YNode | undefined = root ?? undefined;
  for (const step of path) {
    if (!cur) return undefined;
    cur = typeof step === 'string' ? yget(cur, step) : cur.kind === 'seq' ? cur.items[step.index] : undefined;
  }
  return cur;
}

/** A committed rendering is named by its release label and its file (two renderings of one release differ). */
function committedRelease(doc: YamlDocument, file: SourceFile): HelmRelease {
  const name = label(doc, 'app.kubernetes.io/instance') ?? label(doc, 'release');
  return name
    ? { name, label: `Helm release \`${name}\` rendered in \`${file.path}\`` }
    : { name: file.path, label: `Helm output \`${file.path}\`` };
}

function label(doc: YamlDocument, key: string): string | undefined {
  const node = ypath(doc.root, 'metadata', 'labels', key);
  return node?.kind === 'scalar' && node.value !== null && String(node.value) !== '' ? String(node.value) : undefined;
}

/**
 * The `.tpl` helpers of a chart: in templates/ and in the folders under it that hold
 * templates (a file source lists files, not folders), in a stable order.
 */
async function helperFiles(
  files: FileSource,
  chartAbs: string,
  chartDir: string,
  templateDirs: Set<string>,
): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  for (const rel of [...new Set(['templates', ...templateDirs])].sort()) {
    const names = (await files.listFiles(join(chartAbs, rel))) ?? [];
    for (const name of names.filter((n) => n.endsWith('.tpl')).sort()) {
      const path = chartDir === '.' ? `${rel}/${name}` : `${chartDir}/${rel}/${name}`;
      const source = await readSource(files, join(chartAbs, rel, name), path);
      if (source) out.push(source);
    }
  }
  return out;
}

async function readSource(files: FileSource, abs: string, path: string): Promise<SourceFile | undefined> {
  const read = await files.readText(abs);
  return read.ok ? new SourceFile(path, read.text) : undefined;
}
