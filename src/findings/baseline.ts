// Baseline files (`--write-baseline`, `--baseline`): the findings a team accepts for now,
// keyed by fingerprint (which ignores lines), sorted, one entry per finding with its file,
// rule and message so that a reviewer can read the diff of the file. Format:
// schema/baseline.schema.json.

import { matchKey } from './delta.js';
import type { Finding } from './finding.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  ruleId: string;
  file: string;
  resource?: string;
  message: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  tool: 'arch-lint';
  findings: Record<string, BaselineEntry>;
}

/** Stable JSON: keys sorted by fingerprint, two-space indent, final newline. */
export function writeBaseline(findings: Finding[]): string {
  const entries = [...findings].sort((a, b) =>
    a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0,
  );
  const out: Record<string, BaselineEntry> = {};
  for (const f of entries) {
    out[f.fingerprint] = {
      ruleId: f.ruleId,
      file: f.file,
      ...(f.resource !== undefined ? { resource: f.resource } : {}),
      message: f.message,
    };
  }
  const baseline: Baseline = { version: BASELINE_VERSION, tool: 'arch-lint', findings: out };
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

export type BaselineRead = { ok: true; baseline: Baseline } | { ok: false; error: string };

/** Parses and checks a baseline file's text; never throws. */
export function readBaseline(text: string): BaselineRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not JSON (${(e as Error).message})` };
  }
  const record = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!record(data)) return { ok: false, error: 'must be a JSON object' };
  if (data.version !== BASELINE_VERSION) return { ok: false, error: `"version" must be ${BASELINE_VERSION}` };
  if (!record(data.findings)) return { ok: false, error: '"findings" must be an object keyed by fingerprint' };
  for (const [fp, entry] of Object.entries(data.findings)) {
    if (!record(entry) || typeof entry.ruleId !== 'string' || typeof entry.file !== 'string')
      return { ok: false, error: `findings["${fp}"] must have a "ruleId" and a "file"` };
  }
  return { ok: true, baseline: data as unknown as Baseline };
}

export interface BaselineSplit {
  /** Findings not in the baseline: these count. */
  fresh: Finding[];
  /** Findings the baseline accepts. */
  accepted: Finding[];
  /** Baseline entries that match nothing any more (fixed, or the file changed beyond recognition). */
  stale: string[];
}

/**
 * A finding is accepted by its fingerprint, or else by what it is about (rule, resource,
 * message, directory: see matchKey) — a module-level finding anchored on a module's first
 * file moves when a file is added before it. Each entry accepts one finding.
 */
export function applyBaseline(findings: Finding[], baseline: Baseline): BaselineSplit {
  const unused = new Map(Object.entries(baseline.findings));
  const split: BaselineSplit = { fresh: [], accepted: [], stale: [] };
  const pending: Finding[] = [];
  for (const f of findings) {
    if (unused.delete(f.fingerprint)) split.accepted.push(f);
    else pending.push(f);
  }
  const byKey = new Map<string, string[]>();
  for (const [fp, entry] of unused) {
    const key = matchKey({ ...entry, message: entry.message ?? '' });
    byKey.set(key, [...(byKey.get(key) ?? []), fp]);
  }
  for (const f of pending) {
    const fp = byKey.get(matchKey(f))?.shift();
    if (fp === undefined) split.fresh.push(f);
    else {
      unused.delete(fp);
      split.accepted.push(f);
    }
  }
  split.stale = [...unused.keys()].sort();
  return split;
}
