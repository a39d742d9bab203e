// The charts under the scanned paths, rendered when helm is available: each release's
// output becomes a YAML stream linted like any other (and mapped back to the chart), a
// failed render becomes a positioned `helm-render-error`, and without helm one info
// line says how to get charts reviewed.

import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SourceFile, type Range } from '../parse/source.js';
import { helmSources } from '../parse/yaml/helm.js';
import { parseYamlStream, type YamlLimits } from '../parse/yaml/parse.js';
import type { HelmConfig } from './config/load.js';
import type { ChartScan, HelmRelease } from './helm-charts.js';
import { findHelm, planReleases, renderRelease, type HelmBinary, type ReleasePlan } from './helm-render.js';
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

export async function renderCharts(
  scan: ChartScan,
  config: HelmConfig,
  cwd: string,
  yamlLimits: Partial<YamlLimits>,
  helmOverride?: HelmBinary | null,
): Promise<RenderedCharts> {
  const out: RenderedCharts = {
    parsed: [],
    releases: new Map(),
    errors: [],
    notes: [],
    rendered: new Set(),
    sources: [],
  };
  if (scan.chartDirs.size === 0 || config.render === false) return out;
  const helm = helmOverride === undefined ? await findHelm() : (helmOverride ?? undefined);
  const charts = await Promise.all(
    [...scan.chartDirs].map(async ([dir, c]) => ({
      dir,
      abs: dirname(c.abs),
      name: await chartName(c.abs, dir),
      chartYaml: c,
    })),
  );
  if (!helm) {
    out.notes.push(
      `${charts.length} Helm chart${charts.length === 1 ? '' : 's'} found; without \`helm\` on PATH their templates are linted only through committed \`helm template\` output. Install helm v3 (for example with azure/setup-helm) to render and review them.`,
    );
    return out;
  }
  const timeoutMs = (config.timeoutSeconds ?? DEFAULT_TIMEOUT_S) * 1000;
  for (const plan of planReleases(charts, config, cwd)) {
    const r = await renderRelease(helm, plan, timeoutMs);
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
      const source = new SourceFile(`${plan.chartDir}/(helm template ${plan.name}).yaml`, r.output);
      const stream = parseYamlStream(source, yamlLimits);
      const candidate = { abs: '', path: source.path, kind: 'yaml' as const, explicit: false };
      out.parsed.push({ kind: 'yaml', candidate, source, stream, helm: helmSources(stream, source) });
      out.releases.set(source, { name: plan.name, label, plan });
    } else {
      const at = await errorPosition(r.error ?? '', plan, charts);
      out.sources.push(at.file);
      out.errors.push({
        source: at.file,
        message: `${label} does not render: ${firstLines(r.error ?? '')}`,
        range: at.range,
      });
    }
  }
  return out;
}

async function chartName(chartYamlAbs: string, dir: string): Promise<string> {
  try {
    const m = /^name:\s*["']?([^"'\s#]+)/m.exec(await readFile(chartYamlAbs, 'utf8'));
    if (m) return m[1];
  } catch {
    // fall through to the folder name
  }
  return dir.slice(dir.lastIndexOf('/') + 1);
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
): Promise<{ file: SourceFile; range: Range }> {
  const chart = charts.find((c) => c.dir === plan.chartDir);
  const name = chart?.name ?? '';
  const m = /(?:template: |\(|YAML parse error on )([^\s:()]+\/templates\/[^\s:()]+)(?::(\d+))?(?::(\d+))?/.exec(error);
  if (m && name && m[1].startsWith(`${name}/`)) {
    const rel = m[1].slice(name.length + 1);
    const path = plan.chartDir === '.' ? rel : `${plan.chartDir}/${rel}`;
    const file = await readSourceAt(`${plan.chartAbs}/${rel}`, path);
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
      `${plan.chartAbs}/Chart.yaml`,
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

async function readSourceAt(abs: string, path: string): Promise<SourceFile | undefined> {
  try {
    return new SourceFile(path, await readFile(abs, 'utf8'));
  } catch {
    return undefined;
  }
}
