// `arch-lint merge-sarif`: the reports of a sharded run (`--shard i/n`, one per CI job)
// as one report. Every unit is linted by exactly one shard and findings are attributed to
// the unit owning their file, so the merged report is the findings of all shards in report
// order: with every shard of a run present it is byte for byte the report of a single
// full run (the shard's `scope` is dropped). SARIF and JSON reports are merged; all inputs
// must have the same format and arch-lint version.

import { SEVERITY_RANK, type FailOn, type Severity } from '../findings/finding.js';

export interface MergeInput {
  /** For messages: the file name. */
  name: string;
  text: string;
}

export type MergeOutcome =
  { ok: true; format: 'sarif' | 'json'; text: string; severities: Severity[] } | { ok: false; error: string };

interface Scope {
  mode: string;
  shard?: string;
  units: number;
  unitsTotal: number;
}

type Json = Record<string, any>;

export function mergeReports(inputs: MergeInput[]): MergeOutcome {
  if (inputs.length === 0) return { ok: false, error: 'merge-sarif needs at least one report' };
  const parsed: { name: string; doc: Json; format: 'sarif' | 'json' }[] = [];
  for (const { name, text } of inputs) {
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      return { ok: false, error: `${name}: not JSON (${(e as Error).message})` };
    }
    const format = formatOf(doc);
    if (!format) return { ok: false, error: `${name}: not an arch-lint SARIF or JSON report` };
    parsed.push({ name, doc: doc as Json, format });
  }
  const first = parsed[0];
  for (const p of parsed) {
    if (p.format !== first.format)
      return { ok: false, error: `${p.name} is ${p.format} and ${first.name} is ${first.format}: merge one format` };
    if (versionOf(p.doc, p.format) !== versionOf(first.doc, first.format))
      return { ok: false, error: `${p.name} and ${first.name} come from different arch-lint versions` };
  }
  const scopes = parsed.map((p) =>
    p.format === 'sarif' ? p.doc.runs[0].properties?.archLintScope : p.doc.summary.scope,
  );
  const scope = mergeScopes(
    scopes,
    parsed.map((p) => p.name),
  );
  if (typeof scope === 'string') return { ok: false, error: scope };
  return first.format === 'sarif'
    ? mergeSarif(
        parsed.map((p) => p.doc),
        scope,
      )
    : mergeJson(
        parsed.map((p) => p.doc),
        scope,
      );
}

/** Whether `findings` fail at `failOn` (the merged report's verdict, like a single run's). */
export function mergedExitCode(severities: Severity[], failOn: FailOn): 0 | 1 {
  if (failOn === 'none') return 0;
  return severities.some((s) => SEVERITY_RANK[s] >= SEVERITY_RANK[failOn]) ? 1 : 0;
}

function formatOf(doc: unknown): 'sarif' | 'json' | undefined {
  if (doc === null || typeof doc !== 'object') return undefined;
  const d = doc as Json;
  if (d.version === '2.1.0' && Array.isArray(d.runs)) {
    const run = d.runs[0];
    return d.runs.length === 1 && run?.tool?.driver?.name === 'arch-lint' && Array.isArray(run.results)
      ? 'sarif'
      : undefined;
  }
  return d.version === 1 && d.tool?.name === 'arch-lint' && Array.isArray(d.findings) && d.summary ? 'json' : undefined;
}

function versionOf(doc: Json, format: 'sarif' | 'json'): string {
  return format === 'sarif' ? doc.runs[0].tool.driver.version : doc.tool.version;
}

/**
 * The scope of the merged report: none when it covers a whole run (a report without a
 * scope, or every shard of one `--shard i/n` run), else the shards it has.
 */
function mergeScopes(scopes: (Scope | undefined)[], names: string[]): Scope | undefined | string {
  if (scopes.some((s) => s === undefined)) return undefined;
  const shards = scopes.map((s) => /^(\d+)\/(\d+)$/.exec(s!.shard ?? ''));
  if (shards.some((m) => !m) || scopes.some((s) => s!.mode !== 'shard')) {
    return {
      mode: scopes[0]!.mode,
      units: scopes.reduce((n, s) => n + s!.units, 0),
      unitsTotal: Math.max(...scopes.map((s) => s!.unitsTotal)),
    };
  }
  const count = Number(shards[0]![2]);
  const seen = new Map<number, string>();
  for (const [i, m] of shards.entries()) {
    if (Number(m![2]) !== count)
      return `${names[i]} is shard ${m![0]} and ${names[0]} is shard ${shards[0]![0]}: merge the shards of one run`;
    const index = Number(m![1]);
    if (seen.has(index)) return `${names[i]} and ${seen.get(index)} are both shard ${index}/${count}`;
    seen.set(index, names[i]);
  }
  if (seen.size === count) return undefined;
  const indices = [...seen.keys()].sort((a, b) => a - b);
  return {
    mode: 'shard',
    shard: `${indices.join(',')}/${count}`,
    units: scopes.reduce((n, s) => n + s!.units, 0),
    unitsTotal: scopes[0]!.unitsTotal,
  };
}

function scopeJson(s: Scope): Json {
  return {
    mode: s.mode,
    ...(s.shard !== undefined ? { shard: s.shard } : {}),
    units: s.units,
    unitsTotal: s.unitsTotal,
  };
}

/** Report order (src/findings/finding.ts compareFindings), on what each format keeps of a finding. */
interface SortKey {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  message: string;
  resource: string;
}

function compareKeys(a: SortKey, b: SortKey): number {
  return (
    cmp(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.message, b.message) ||
    cmp(a.resource, b.resource)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Stable: findings that compare equal keep their order (one file is always in one shard). */
function sorted<T>(items: T[], key: (item: T) => SortKey): T[] {
  return items
    .map((item, i) => ({ item, i, key: key(item) }))
    .sort((a, b) => compareKeys(a.key, b.key) || a.i - b.i)
    .map((x) => x.item);
}

const LEVEL_SEVERITY: Record<string, Severity> = { error: 'error', warning: 'warning', note: 'note' };

function mergeSarif(logs: Json[], scope: Scope | undefined): MergeOutcome {
  const rules = new Map<string, Json>();
  const results: Json[] = [];
  for (const log of logs) {
    const run = log.runs[0];
    const table: Json[] = run.tool.driver.rules ?? [];
    for (const r of table) if (!rules.has(r.id)) rules.set(r.id, r);
    results.push(...run.results);
  }
  const ruleList = [...rules.values()].sort((a, b) => cmp(a.id, b.id));
  const index = new Map(ruleList.map((r, i) => [r.id as string, i]));
  const merged: Json[] = sorted(results, (r) => {
    const loc = r.locations?.[0];
    const region = loc?.physicalLocation?.region ?? {};
    return {
      file: decodeUri(loc?.physicalLocation?.artifactLocation?.uri ?? ''),
      line: region.startLine ?? 0,
      column: region.startColumn ?? 0,
      ruleId: r.ruleId ?? '',
      message: r.message?.text ?? '',
      resource: loc?.logicalLocations?.[0]?.fullyQualifiedName ?? '',
    };
  }).map((r) => ({ ...r, ruleIndex: index.get(r.ruleId) ?? r.ruleIndex }));
  const [log] = logs;
  const run: Json = log.runs[0];
  const properties: Json = { ...(run.properties ?? {}) };
  delete properties.archLintScope;
  if (scope) properties.archLintScope = scopeJson(scope);
  // A single run's key order (sarif.ts): properties, when there are any, come right before results.
  const out: Json = {};
  for (const [key, value] of Object.entries(run)) {
    if (key === 'properties') continue;
    if (key === 'results' && Object.keys(properties).length > 0) out.properties = properties;
    out[key] =
      key === 'tool' ? { ...value, driver: { ...value.driver, rules: ruleList } } : key === 'results' ? merged : value;
  }
  const text = `${JSON.stringify({ ...log, runs: [out] }, null, 2)}\n`;
  return {
    ok: true,
    format: 'sarif',
    text,
    severities: merged.map((r) => LEVEL_SEVERITY[r.level] ?? 'warning'),
  };
}

function mergeJson(reports: Json[], scope: Scope | undefined): MergeOutcome {
  const findings = sorted(
    reports.flatMap((r) => r.findings as Json[]),
    (f) => ({
      file: f.file,
      line: f.line,
      column: f.column,
      ruleId: f.ruleId,
      message: f.message,
      resource: f.resource ?? '',
    }),
  );
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const f of findings) bySeverity[f.severity as Severity]++;
  const sum = (key: string) => reports.reduce((n, r) => n + (r.summary[key] ?? 0), 0);
  const { scope: _dropped, ...summaryRest } = reports[0].summary;
  const out = {
    ...reports[0],
    findings,
    summary: {
      ...summaryRest,
      filesScanned: sum('filesScanned'),
      filesSkipped: sum('filesSkipped'),
      findings: findings.length,
      bySeverity,
      ...(scope ? { scope: scopeJson(scope) } : {}),
    },
  };
  return {
    ok: true,
    format: 'json',
    text: `${JSON.stringify(out, null, 2)}\n`,
    severities: findings.map((f) => f.severity as Severity),
  };
}

function decodeUri(uri: string): string {
  try {
    return uri.split('/').map(decodeURIComponent).join('/');
  } catch {
    return uri;
  }
}
