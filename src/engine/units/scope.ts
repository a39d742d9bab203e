// The hook between the pipeline and unit selection: given every discovered file, which
// files to lint (the units to model) and which findings to keep (those of the selected
// units). Without a scope the pipeline lints everything, as before.

import type { HelmConfig } from '../config/load.js';
import { displayPath, type Candidate } from '../../read/discover.js';
import type { FileSource } from '../../read/file-source.js';
import { dirOf, planUnits, readsText, type PlanInput, type UnitPlan } from './plan.js';
import { contextOf } from './select.js';

/** How a run chose its units, for the report (absent: every unit). */
export interface ScopeSummary {
  mode: 'changed' | 'shard';
  /** `i/n` for a shard. */
  shard?: string;
  /** Units reported on, of all units. */
  units: number;
  unitsTotal: number;
  /** The selected units' ids, sorted (for callers and tests; reports show the counts only). */
  ids?: string[];
}

export interface UnitScope {
  mode: ScopeSummary['mode'];
  shard?: string;
  /** Plan facts shared with the other side of a change (see PlanInput.cache). */
  cache?: PlanInput['cache'];
  /** The units to report on, chosen from this side's plan. */
  select(plan: UnitPlan): Set<string>;
  /**
   * Also report a finding in an unselected unit when a related location is in a selected
   * one: a finding in a shared module reached from a selected root (changed-units mode,
   * where a root's change can move findings into the modules it calls). Not for shards:
   * each finding must belong to one shard.
   */
  related?: boolean;
  /** Whether a path outside every unit (a missing path given on the command line) is reported. */
  claims?(unitId: string): boolean;
}

export interface ScopedFiles {
  /** The files to lint: those of every unit the selected ones need modelled. */
  candidates: Candidate[];
  /** Whether a reported path belongs to a selected unit. */
  inScope(path: string): boolean;
  /** Whether a finding is reported: its file's unit is selected (or, with `related`, one of its related locations'). */
  keeps(finding: { file: string; related?: readonly { file: string }[] }): boolean;
  selected: Set<string>;
  summary: ScopeSummary;
}

export async function scopeFiles(
  scope: UnitScope,
  candidates: Candidate[],
  source: FileSource,
  maxBytes: number,
  extraUses: [string, string][] = [],
): Promise<ScopedFiles> {
  const cache = scope.cache;
  const known = (c: Candidate) => cache !== undefined && cache.facts.has(c.path) && !cache.stale(c.path);
  const texts = await readTexts(
    candidates.filter((c) => !known(c) || CHART_YAML.test(c.path)),
    candidates,
    source,
    maxBytes,
  );
  const plan = planUnits({ candidates, read: (c) => texts.get(c.abs), extraUses, ...(cache ? { cache } : {}) });
  const selected = scope.select(plan);
  const context = contextOf(plan, selected);
  const files = new Set<Candidate>();
  for (const id of context) for (const c of plan.units.get(id)!.files) files.add(c);
  const inScope = (path: string) => {
    const id = plan.unitOf(path);
    return id !== undefined ? selected.has(id) : (scope.claims?.(dirOf(path)) ?? false);
  };
  const keeps = (f: { file: string; related?: readonly { file: string }[] }) =>
    inScope(f.file) || (scope.related === true && (f.related ?? []).some((r) => inScope(r.file)));
  return {
    candidates: candidates.filter((c) => files.has(c)),
    inScope,
    keeps,
    selected,
    summary: {
      mode: scope.mode,
      ...(scope.shard !== undefined ? { shard: scope.shard } : {}),
      units: [...selected].filter((id) => plan.units.has(id)).length,
      unitsTotal: plan.units.size,
      ids: [...selected].filter((id) => plan.units.has(id)).sort(),
    },
  };
}

const CHART_YAML = /(^|\/)Chart\.ya?ml$/;

/**
 * The texts the plan reads (never state files: their contents are secrets): Terraform,
 * the variable files Terraform loads by itself, kustomizations and Chart.yaml files; other
 * YAML only when there are charts (committed `helm template` output names the chart it came from).
 */
async function readTexts(
  candidates: Candidate[],
  all: Candidate[],
  source: FileSource,
  maxBytes: number,
): Promise<Map<string, string>> {
  const charts = all.some((c) => CHART_YAML.test(c.path));
  const wanted = candidates.filter((c) => CHART_YAML.test(c.path) || readsText(c, charts));
  await source.prefetch?.(wanted, maxBytes);
  const out = new Map<string, string>();
  for (const c of wanted) {
    if (source.loadText) {
      const text = source.loadText(c, maxBytes);
      if (text !== undefined) out.set(c.abs, text);
      continue;
    }
    const loaded = source.load(c, maxBytes);
    if (loaded.ok) out.set(c.abs, loaded.source.text);
  }
  return out;
}

/** A chart configured with values files elsewhere uses their folders. */
export function chartValueUses(helm: Readonly<HelmConfig> | undefined, cwd: string): [string, string][] {
  return (helm?.charts ?? []).flatMap((c) =>
    (c.values ?? []).map((v): [string, string] => [displayPath(cwd, c.path), displayPath(cwd, v)]),
  );
}

/** The line printed on stderr (and in the Action's summary): what was linted of what. */
export function scopeNote(s: ScopeSummary): string {
  const what = s.mode === 'shard' ? `shard ${s.shard}` : 'changed-units mode';
  return `${what}: linted ${s.units} of ${s.unitsTotal} unit${s.unitsTotal === 1 ? '' : 's'}.`;
}
