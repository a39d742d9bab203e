// Rendering charts with `helm template` when helm (v3 or later) is on PATH: offline (no
// `dependency update`, no repositories, no plugins, no post-renderer), time-bound, one
// release per values set, always from a private copy of the chart's files (read from the
// working tree or from a commit's git objects). A chart whose dependencies are not
// vendored is rendered without them, and the missing ones are noted.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join, relative, resolve } from 'node:path';
import { load, dump } from 'js-yaml';
import type { DirSnapshot } from '../read/dir-snapshot.js';
import { within } from '../read/file-source.js';
import type { HelmConfig } from './config/load.js';

export interface HelmBinary {
  path: string;
  version: string;
}

/** `helm` on PATH answering `version --short` with v3 or later; undefined otherwise. */
export async function findHelm(env: NodeJS.ProcessEnv = process.env): Promise<HelmBinary | undefined> {
  const path = onPath('helm', env.PATH ?? '');
  if (!path) return undefined;
  const r = await run(path, ['version', '--short'], { env: offlineEnv(env, tmpdir()), timeoutMs: 10_000 });
  const m = /v(\d+)\.\d+\.\d+\S*/.exec(r.stdout);
  if (r.code !== 0 || !m || Number(m[1]) < 3) return undefined;
  return { path, version: m[0] };
}

function onPath(name: string, pathVar: string): string | undefined {
  for (const dir of pathVar.split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

export interface ReleasePlan {
  /** Chart folder, display path. */
  chartDir: string;
  chartAbs: string;
  name: string;
  namespace: string;
  /** Values files after the chart's values.yaml, display paths and absolute. */
  values: { path: string; abs: string }[];
}

export interface PlannedChart {
  dir: string;
  abs: string;
  name: string;
  /** File names in the chart's `ci/` folder. */
  ciFiles: string[];
}

/**
 * Releases to render: the config's entries for a chart, else the chart's own values as
 * release `<chart name>` and each `ci/*-values.yaml` as `<chart name>-<stem>`. Vendored
 * subcharts (`<chart>/charts/x`) render with their parent, not on their own.
 */
export function planReleases(charts: PlannedChart[], config: HelmConfig, cwd: string): ReleasePlan[] {
  const plans: ReleasePlan[] = [];
  const display = (abs: string) => relative(cwd, abs).split('\\').join('/') || '.';
  const dirs = new Set(charts.map((c) => c.dir));
  for (const chart of charts) {
    if (isSubchart(chart.dir, dirs)) continue;
    const configured = (config.charts ?? []).filter((c) => resolve(c.path) === chart.abs);
    if (configured.length > 0) {
      for (const c of configured)
        plans.push({
          chartDir: chart.dir,
          chartAbs: chart.abs,
          name: c.releaseName ?? releaseName(chart.name),
          namespace: c.namespace ?? 'default',
          values: c.values.map((abs) => ({ path: display(abs), abs })),
        });
      continue;
    }
    const base = releaseName(chart.name);
    plans.push({ chartDir: chart.dir, chartAbs: chart.abs, name: base, namespace: 'default', values: [] });
    for (const file of chart.ciFiles.filter((f) => /-values\.ya?ml$/.test(f)).sort()) {
      const abs = join(chart.abs, 'ci', file);
      const stem = file.replace(/\.ya?ml$/, '').replace(/-?values$/, '');
      plans.push({
        chartDir: chart.dir,
        chartAbs: chart.abs,
        name: releaseName(stem ? `${chart.name}-${stem}` : `${chart.name}-ci`),
        namespace: 'default',
        values: [{ path: display(abs), abs }],
      });
    }
  }
  return plans.sort((a, b) => cmp(a.chartDir, b.chartDir) || cmp(a.name, b.name));
}

function isSubchart(dir: string, dirs: Set<string>): boolean {
  for (let i = dir.lastIndexOf('/charts/'); i >= 0; i = dir.lastIndexOf('/charts/', i - 1)) {
    if (dirs.has(dir.slice(0, i))) return true;
    if (i === 0) break;
  }
  return dir.startsWith('charts/') && dirs.has('.');
}

/** A valid release name: lowercase DNS label, at most 53 characters. */
function releaseName(raw: string): string {
  const n = raw
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 53)
    .replace(/-+$/, '');
  return n || 'release';
}

/** What `helm template` gave for one release. */
export interface RenderResult {
  /** The rendered stream, when helm succeeded. */
  output?: string;
  /** helm's error message (stderr, with the private copy's paths put back), when it failed or timed out. */
  error?: string;
  /** Dependencies declared in Chart.yaml but not vendored in charts/. */
  missingDependencies: string[];
}

/**
 * Renderings by their inputs (`renderKey`): the head and the base of a change share one,
 * so a chart the change does not touch is rendered once.
 */
export type HelmRenderCache = Map<string, RenderResult>;

/** A release with its values files read (from the same side as the chart). */
export interface ReleaseInput {
  plan: ReleasePlan;
  values: { path: string; text: string }[];
}

/** Everything a rendering depends on: equal keys, equal output (helm is not asked twice). */
export function renderKey(helm: HelmBinary, chart: DirSnapshot, release: ReleaseInput): string {
  const h = createHash('sha256');
  const field = (s: string | Buffer) => h.update(`${s.length}:`).update(s);
  for (const s of [helm.path, helm.version, release.plan.chartDir, release.plan.name, release.plan.namespace]) field(s);
  for (const f of chart.files) (field(f.rel), field(f.bytes));
  for (const l of chart.left) field(l.rel);
  for (const v of release.values) (field(v.path), field(v.text));
  return h.digest('hex');
}

/**
 * Renders releases of one chart from a private copy of its files (made from whichever side
 * they were read from: the working tree or a commit), deleted afterwards. helm never sees
 * the repository's paths; its messages get them back.
 */
export async function renderChart(
  helm: HelmBinary,
  chart: DirSnapshot,
  releases: ReleaseInput[],
  timeoutMs: number,
): Promise<RenderResult[]> {
  if (releases.length === 0) return [];
  const work = await mkdtemp(join(tmpdir(), 'arch-lint-helm-'));
  try {
    const { chartAbs, chartDir } = releases[0].plan;
    const missing = missingDependencies(chart);
    const chartPath = join(work, 'chart', basename(chartAbs) || 'chart');
    await materialise(chart, chartPath);
    // helm refuses a chart with undeclared gaps: the copy drops the dependencies that are missing.
    if (missing.length > 0) await dropDependencies(chartPath, missing);
    const out: RenderResult[] = [];
    for (const [i, { plan, values }] of releases.entries()) {
      const args = ['template', plan.name, chartPath, '--namespace', plan.namespace];
      const back: [string, string][] = [[chartPath, chartDir]];
      for (const [j, v] of values.entries()) {
        const abs = join(work, 'values', `${i}-${j}`, basename(v.path));
        await mkdir(dirname(abs), { recursive: true });
        await writeFile(abs, v.text);
        args.push('--values', abs);
        back.push([abs, v.path]);
      }
      const r = await run(helm.path, args, { env: offlineEnv(process.env, work), timeoutMs, cwd: work });
      const repoPaths = (text: string) => back.reduce((t, [from, to]) => t.split(from).join(to), text);
      if (r.timedOut)
        out.push({
          error: `helm template did not finish within ${Math.round(timeoutMs / 1000)} s`,
          missingDependencies: missing,
        });
      else if (r.code !== 0)
        out.push({ error: repoPaths(r.stderr.trim()) || `helm exited with ${r.code}`, missingDependencies: missing });
      else out.push({ output: r.stdout, missingDependencies: missing });
    }
    return out;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Writes the snapshot's files under `dir`; a path that would leave it is refused, not written. */
async function materialise(chart: DirSnapshot, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const f of chart.files) {
    const parts = f.rel.split('/');
    if (parts.some((p) => p === '' || p === '.' || p === '..')) continue;
    const abs = join(dir, ...parts);
    if (!within(dir, abs)) continue;
    await mkdir(dirname(abs), { recursive: true });
    await writeFile(abs, f.bytes, { flag: 'wx' });
  }
}

/**
 * No repositories, registries, plugins or user config: helm reads and writes only in a
 * fresh temporary folder, and never talks to a cluster (`template` without `--validate`).
 */
export function offlineEnv(env: NodeJS.ProcessEnv, work: string): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'SYSTEMROOT', 'LANG']) if (env[k] !== undefined) out[k] = env[k];
  const h = join(work, 'helm-home');
  return {
    ...out,
    HELM_PLUGINS: join(h, 'plugins'),
    HELM_CONFIG_HOME: join(h, 'config'),
    HELM_CACHE_HOME: join(h, 'cache'),
    HELM_DATA_HOME: join(h, 'data'),
    HELM_REPOSITORY_CONFIG: join(h, 'repositories.yaml'),
    HELM_REPOSITORY_CACHE: join(h, 'repository-cache'),
    HELM_REGISTRY_CONFIG: join(h, 'registry.json'),
    KUBECONFIG: join(h, 'kubeconfig'),
  };
}

/** Dependencies of Chart.yaml with no `charts/<name>/` folder and no `charts/<name>-*.tgz`. */
export function missingDependencies(chart: DirSnapshot): string[] {
  const doc = chartYaml(chart.files.find((f) => f.rel === 'Chart.yaml')?.bytes.toString('utf8'));
  const deps = Array.isArray(doc?.dependencies) ? (doc.dependencies as Record<string, unknown>[]) : [];
  const vendored = [...new Set(chart.files.filter((f) => f.rel.startsWith('charts/')).map((f) => f.rel.split('/')[1]))];
  const missing: string[] = [];
  for (const d of deps) {
    const name = typeof d?.name === 'string' ? d.name : undefined;
    if (!name) continue;
    const present = vendored.some(
      (f) => f === name || (f.startsWith(`${name}-`) && f.endsWith('.tgz') && /^\d/.test(f.slice(name.length + 1))),
    );
    if (!present) missing.push(name);
  }
  return missing;
}

function chartYaml(text: string | undefined): Record<string, any> | undefined {
  try {
    const doc = text === undefined ? undefined : load(text);
    return doc && typeof doc === 'object' ? (doc as Record<string, any>) : undefined;
  } catch {
    return undefined;
  }
}

async function dropDependencies(chartPath: string, names: string[]): Promise<void> {
  const doc = chartYaml(await readFile(join(chartPath, 'Chart.yaml'), 'utf8').catch(() => undefined));
  if (!doc) return;
  doc.dependencies = (doc.dependencies as Record<string, unknown>[]).filter((d) => !names.includes(d?.name as string));
  await writeFile(join(chartPath, 'Chart.yaml'), dump(doc));
  await rm(join(chartPath, 'Chart.lock'), { force: true });
  await mkdir(join(chartPath, 'charts'), { recursive: true });
}

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function run(
  file: string,
  args: string[],
  opts: { env: NodeJS.ProcessEnv; timeoutMs: number; cwd?: string },
): Promise<RunResult> {
  return new Promise((resolvePromise) => {
    execFile(
      file,
      args,
      {
        env: opts.env,
        cwd: opts.cwd ?? dirname(file),
        timeout: opts.timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'utf8',
        windowsHide: true,
      },
      (error, stdout, stderr) => {
        const e = error as (NodeJS.ErrnoException & { killed?: boolean; code?: number | string }) | null;
        resolvePromise({
          code: e ? (typeof e.code === 'number' ? e.code : 1) : 0,
          stdout: String(stdout ?? ''),
          stderr: String(stderr ?? '') || (e && typeof e.code === 'string' ? e.message : ''),
          timedOut: Boolean(e?.killed),
        });
      },
    );
  });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
