// The charts under the scanned paths, rendered when helm is available: each release's
// output becomes a YAML stream linted like any other (and mapped back to the chart), a
// failed render becomes a positioned `helm-render-error`, and without helm one info
// line says how to get charts reviewed.

import { dirname, join } from 'node:path';
import type { DirSnapshot } from '../read/dir-snapshot.js';
import type { FileSource } from '../read/file-source.js';
import { SourceFile, type Range } from '../parse/source.js';
import { helmSources } from '../parse/yaml/helm.js';
import { parseYamlStream, type YamlLimits } from '../parse/yaml/parse.js';
import type { HelmConfig } from './config/load.js';
import type { ChartScan, HelmRelease } from './helm-charts.js';
import {
  findHelm,
  planReleases,
  renderChart,
  renderKey,
  type HelmBinary,
  type HelmRenderCache,
  type ReleaseInput,
  type ReleasePlan,
  type RenderResult,
} from './helm-render.js';
import type { FileProblem, ParsedFile } from './parse-files.js';

export interface RenderedCharts {
  parsed: ParsedFile[];
  releases: Map<SourceFile, HelmRelease & { plan: ReleasePlan }>;
  /** helm-render-error problems, positioned. */
  errors: FileProblem[];
  notes: string[];
  /** Chart folders rendered (their templates are not "skipped"). */
  rendered: Set<string>;
  /** Files read to position errors (for snippets). */
  sources: SourceFile[];
}

const DEFAULT_TIMEOUT_S = 60;
/** A chart's copy for helm: the reader's per-file limit, and these for the whole chart. */
const CHART_MAX_TOTAL_BYTES = 64 * 1024 * 1024;
const CHART_MAX_FILES = 10_000;

export interface RenderSettings {
  config: HelmConfig;
  cwd: string;
  yamlLimits: Partial<YamlLimits>;
  maxFileBytes: number;
  /** Where the charts and values files are read from (the working tree or a commit). */
  source: FileSource;
  /** Renderings already made by their inputs (the other side of a change). */
  cache?: HelmRenderCache;
  /** Tests: the helm to use (null: none); default: found on PATH. */
  helm?: HelmBinary | null;
}

export async function renderCharts(scan: ChartScan, settings: RenderSettings): Promise<RenderedCharts> {
  const { config, cwd, source } = settings;
  const out: RenderedCharts = {
    parsed: [],
    releases: new Map(),
    errors: [],
    notes: [],
    rendered: new Set(),
    sources: [],
  };
  if (scan.chartDirs.size === 0 || config.render === false) return out;
  const helm = settings.helm === undefined ? await findHelm() : (settings.helm ?? undefined);
  const charts = await Promise.all(
    [...scan.chartDirs].map(async ([dir, c]) => ({
      dir,
      abs: dirname(c.abs),
      name: await chartName(source, c.abs, dir),
      ciFiles: (await source.listFiles(join(dirname(c.abs), 'ci'))) ?? [],
    })),
  );
  if (!helm) {
    out.notes.push(
      `${charts.length} Helm chart${charts.length === 1 ? '' : 's'} found; without \`helm\` on PATH their templates are linted only through committed \`helm template\` output. Install helm v3 (for example with azure/setup-helm) to render and review them.`,
    );
    return out;
  }
  const timeoutMs = (config.timeoutSeconds ?? DEFAULT_TIMEOUT_S) * 1000;
  const limits = {
    maxFileBytes: settings.maxFileBytes,
    maxTotalBytes: CHART_MAX_TOTAL_BYTES,
    maxFiles: CHART_MAX_FILES,
  };
  const plans = planReleases(charts, config, cwd);
  for (const chartDir of [...new Set(plans.map((p) => p.chartDir))]) {
    const chartPlans = plans.filter((p) => p.chartDir === chartDir);
    const snap = await source.snapshot(chartPlans[0].chartAbs, limits);
    if (!snap.ok) {
      out.notes.push(`Helm chart \`${chartDir}\` is not rendered from ${source.label}: ${snap.reason}.`);
      continue;
    }
    for (const l of snap.snapshot.left)
      out.notes.push(
        `Helm chart \`${chartDir}\`: \`${chartDir === '.' ? l.rel : `${chartDir}/${l.rel}`}\` is ${l.reason}; rendered without it.`,
      );
    const results = await renderReleases(helm, snap.snapshot, chartPlans, source, settings.cache, timeoutMs);
    for (const [i, plan] of chartPlans.entries()) await record(out, plan, results[i], charts, source, settings);
  }
  return out;
}

/** Each release's result: from the cache when its inputs were rendered before, else from helm. */
async function renderReleases(
  helm: HelmBinary,
  chart: DirSnapshot,
  plans: ReleasePlan[],
  source: FileSource,
  cache: HelmRenderCache | undefined,
  timeoutMs: number,
): Promise<RenderResult[]> {
  const results: (RenderResult | undefined)[] = [];
  const todo: { at: number; input: ReleaseInput; key: string }[] = [];
  for (const [at, plan] of plans.entries()) {
    const values: ReleaseInput['values'] = [];
    let unreadable: string | undefined;
    for (const v of plan.values) {
      const read = await source.readText(v.abs);
      if (read.ok) values.push({ path: v.path, text: read.text });
      else unreadable ??= `values file \`${v.path}\` cannot be read from ${source.label}: ${read.reason}`;
    }
    if (unreadable) {
      results[at] = { error: unreadable, missingDependencies: [] };
      continue;
    }
    const input = { plan, values };
    const key = renderKey(helm, chart, input);
    results[at] = cache?.get(key);
    if (!results[at]) todo.push({ at, input, key });
  }
  const rendered = await renderChart(
    helm,
    chart,
    todo.map((t) => t.input),
    timeoutMs,
  );
  for (const [i, t] of todo.entries()) {
    results[t.at] = rendered[i];
    cache?.set(t.key, rendered[i]);
  }
  return results as RenderResult[];
}

async function record(
  out: RenderedCharts,
  plan: ReleasePlan,
  r: RenderResult,
  charts: { dir: string; name: string }[],
  source: FileSource,
  settings: RenderSettings,
): Promise<void> {
  out.rendered.add(plan.chartDir);
  for (const dep of r.missingDependencies)
    out.notes.push(
      `Helm chart \`${plan.chartDir}\`: dependency \`${dep}\` is not vendored in charts/ (run \`helm dependency build\`); rendered without it.`,
    );
  const label = `Helm release \`${plan.name}\` of \`${plan.chartDir}\`${
    plan.values.length > 0 ? ` with ${plan.values.map((v) => `\`${v.path}\``).join(', ')}` : ''
  }`;
  if (r.output !== undefined) {
    // A path no file has: findings are mapped into the chart, this names the stream otherwise.
    const file = new SourceFile(`${plan.chartDir}/(helm template ${plan.name}).yaml`, r.output);
    const stream = parseYamlStream(file, settings.yamlLimits);
    const candidate = { abs: '', path: file.path, kind: 'yaml' as const, explicit: false };
    out.parsed.push({ kind: 'yaml', candidate, source: file, stream, helm: helmSources(stream, file) });
    out.releases.set(file, { name: plan.name, label, plan });
  } else {
    const at = await errorPosition(r.error ?? '', plan, charts, source);
    out.sources.push(at.file);
    out.errors.push({
      source: at.file,
      message: `${label} does not render: ${firstLines(r.error ?? '')}`,
      range: at.range,
    });
  }
}

async function chartName(source: FileSource, chartYamlAbs: string, dir: string): Promise<string> {
  const read = await source.readText(chartYamlAbs);
  const m = read.ok ? /^name:\s*["']?([^"'\s#]+)/m.exec(read.text) : null;
  return m ? m[1] : dir.slice(dir.lastIndexOf('/') + 1);
}

function firstLines(text: string): string {
  const lines = text
    .replace(/^Error:\s*/, '')
    .trim()
    .split('\n');
  return lines.slice(0, 3).join(' ').slice(0, 600);
}

/**
 * Where helm says the error is: `template: <chart>/templates/x.yaml:12:20: ...`,
 * `parse error at (<chart>/templates/x.yaml:5): ...`, `execution error at (...:3:4)`,
 * `YAML parse error on <chart>/templates/x.yaml: ... line 12 ...`. Otherwise Chart.yaml.
 */
export async function errorPosition(
  error: string,
  plan: ReleasePlan,
  charts: { dir: string; name: string }[],
  source: FileSource,
): Promise<{ file: SourceFile; range: Range }> {
  const chart = charts.find((c) => c.dir === plan.chartDir);
  const name = chart?.name ?? '';
  const m = /(?:template: |\(|YAML parse error on )([^\s:()]+\/templates\/[^\s:()]+)(?::(\d+))?(?::(\d+))?/.exec(error);
  if (m && name && m[1].startsWith(`${name}/`)) {
    const rel = m[1].slice(name.length + 1);
    const path = plan.chartDir === '.' ? rel : `${plan.chartDir}/${rel}`;
    const file = await readSourceAt(source, join(plan.chartAbs, rel), path);
    if (file) {
      const line = m[2] ? Math.min(Number(m[2]), file.lineCount) : firstContent(file);
      const start = file.lineStart(line);
      const text = file.lineText(line);
      const col = m[3] ? Math.min(Number(m[3]) - 1, text.length) : text.length - text.trimStart().length;
      return { file, range: file.range(start + col, start + text.length) };
    }
  }
  const chartYaml =
    (await readSourceAt(
      source,
      join(plan.chartAbs, 'Chart.yaml'),
      plan.chartDir === '.' ? 'Chart.yaml' : `${plan.chartDir}/Chart.yaml`,
    )) ?? new SourceFile(`${plan.chartDir}/Chart.yaml`, '');
  const nameLine = chartYaml.text.split('\n').findIndex((l) => /^name:/.test(l)) + 1 || 1;
  const start = chartYaml.lineStart(nameLine);
  return { file: chartYaml, range: chartYaml.range(start, start + chartYaml.lineText(nameLine).length) };
}

function firstContent(file: SourceFile): number {
  for (let n = 1; n <= file.lineCount; n++) if (file.lineText(n).trim() !== '') return n;
  return 1;
}

async function readSourceAt(source: FileSource, abs: string, path: string): Promise<SourceFile | undefined> {
  const read = await source.readText(abs);
  return read.ok ? new SourceFile(path, read.text) : undefined;
}
