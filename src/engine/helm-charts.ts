// Helm charts in the scanned tree: their templates are skipped (not YAML until
// rendered), and findings in `helm template` output are moved back to the template
// that produced them when that chart was scanned.

import { dirname } from 'node:path';
import { HelmTemplateIndex } from '../parse/yaml/helm.js';
import { SourceFile, type Range } from '../parse/source.js';
import type { Candidate } from '../read/discover.js';
import type { FileSource } from '../read/file-source.js';
import type { ParsedFile } from './parse-files.js';
import type { Relocate } from './run-rules.js';

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

function dirOf(path: string): string {
  const d = dirname(path);
  return d === '' ? '.' : d;
}

export interface HelmRelocation {
  relocate: Relocate;
  /** Template files read for relocation (for snippets). */
  templates: SourceFile[];
}

/**
 * Builds the relocator. Chart templates (already discovered, skipped for linting) are
 * read only when some scanned YAML is Helm output with `# Source:` comments.
 */
export async function helmRelocator(parsed: ParsedFile[], scan: ChartScan, files: FileSource): Promise<HelmRelocation> {
  const rendered = parsed.filter(
    (f): f is Extract<ParsedFile, { kind: 'yaml' }> => f.kind === 'yaml' && f.helm.some((s) => s !== undefined),
  );
  if (rendered.length === 0 || scan.chartDirs.size === 0) return { relocate: () => undefined, templates: [] };

  const templates: SourceFile[] = [];
  const charts: { dir: string; chartYaml: SourceFile; templates: SourceFile[] }[] = [];
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
  const index = new HelmTemplateIndex(charts);
  const byFile = new Map(rendered.map((f) => [f.source, f]));

  const relocate: Relocate = (file, range) => {
    const f = byFile.get(file);
    if (!f) return undefined;
    const doc = f.stream.documents.find(
      (d) => d.range.start.offset <= range.start.offset && range.start.offset <= d.range.end.offset,
    );
    const source = doc ? f.helm[doc.index] : undefined;
    if (!doc || !source) return undefined;
    const template = index.resolve(source);
    if (!template) return undefined;
    const moved: Range = index.locate(doc, range, template);
    return { file: template, range: moved };
  };
  return { relocate, templates };
}

async function readSource(files: FileSource, abs: string, path: string): Promise<SourceFile | undefined> {
  const read = await files.readText(abs);
  return read.ok ? new SourceFile(path, read.text) : undefined;
}
