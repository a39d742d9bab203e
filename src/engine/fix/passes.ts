// `--fix` and `--fix-dry-run`: lint, apply the fixes that fit together, lint the fixed
// texts again, and repeat while a pass applies something: a fix that overlapped another
// is offered again against the changed text. At most MAX_PASSES passes (ESLint's number).
// Everything happens in memory; the caller writes the result (or prints it as a diff).

import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '../../findings/finding.js';
import type { SourceFile } from '../../parse/source.js';
import { within, type FileSource } from '../../read/file-source.js';
import { overlaySource } from './overlay.js';
import { applyEdits, planFixes, type FixPlan, type PlanContext, type SkippedFix } from './plan.js';
import { diskText } from './write.js';

export const MAX_PASSES = 10;

/** One lint of the files: the findings whose fixes apply, their texts, and the run itself. */
export interface LintPass<R> {
  findings: Finding[];
  sources: Map<string, SourceFile>;
  run: R;
}

export interface FixSession {
  cwd: string;
  /** The scanned paths: nothing outside them is edited. `-` (stdin) never is. */
  paths: string[];
  /** Where the files are read from (the working tree). */
  base: FileSource;
  maxPasses?: number;
}

export interface FixedFile {
  abs: string;
  /** Display path. */
  path: string;
  before: string;
  after: string;
  /** Findings resolved by the fixes applied to this file. */
  fixed: number;
}

export interface FixOutcome<R> {
  /** The lint of the files as they are. */
  first: LintPass<R>;
  /** The lint of the fixed texts. */
  last: LintPass<R>;
  /** Files whose text changed, by display path. */
  files: FixedFile[];
  /** Fixes of the last lint's findings that were not applied, and why. */
  skipped: SkippedFix[];
  passes: number;
}

export async function runFixPasses<R>(
  lint: (source: FileSource) => Promise<LintPass<R>>,
  session: FixSession,
): Promise<FixOutcome<R>> {
  const max = session.maxPasses ?? MAX_PASSES;
  const cwd = resolve(session.cwd);
  const overlay = new Map<string, string>();
  const originals = new Map<string, { path: string; text: string }>();
  const source = overlaySource(session.base, overlay);
  const roots = session.paths.filter((p) => p !== '-').map((p) => resolve(cwd, p));
  const first = await lint(source);
  let last = first;
  const applied = new Set<string>();
  const appliedIn = new Map<string, Set<string>>();
  let passes = 0;
  let plan: FixPlan;
  for (;;) {
    const fresh = last.findings.filter((f) => !applied.has(keyOf(f)));
    plan = planFixes(fresh, planContext(last, cwd, roots, overlay));
    if (plan.byFile.size === 0 || passes === max) break;
    for (const [path, fixes] of plan.byFile) {
      const abs = resolve(cwd, path);
      const before = last.sources.get(path)!.text;
      if (!originals.has(abs)) originals.set(abs, { path, text: before });
      overlay.set(
        abs,
        applyEdits(
          before,
          fixes.flatMap((f) => f.edits),
        ),
      );
      const keys = appliedIn.get(abs) ?? new Set<string>();
      appliedIn.set(abs, keys);
      for (const fix of fixes)
        for (const f of fix.findings) {
          applied.add(keyOf(f));
          keys.add(keyOf(f));
        }
    }
    passes++;
    last = await lint(source);
  }
  const remaining = new Set(last.findings.map(keyOf));
  const unresolved: SkippedFix[] = last.findings
    .filter((f) => f.fix && applied.has(keyOf(f)))
    .map((finding) => ({ finding, reason: 'unresolved' }));
  // Fixes still planned when the passes ran out were not applied.
  const waiting: SkippedFix[] =
    passes === max
      ? [...plan.byFile.values()]
          .flat()
          .flatMap((fix) => fix.findings.map((finding) => ({ finding, reason: 'passes' as const })))
      : [];
  const files = [...originals]
    .map(([abs, o]) => ({
      abs,
      path: o.path,
      before: o.text,
      after: overlay.get(abs)!,
      fixed: [...appliedIn.get(abs)!].filter((k) => !remaining.has(k)).length,
    }))
    .filter((f) => f.before !== f.after)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return {
    first,
    last,
    files,
    skipped: [...unresolved, ...plan.skipped, ...waiting],
    passes,
  };
}

/** A finding across passes: its rule and fingerprint (stable across line moves). */
function keyOf(f: Finding): string {
  return `${f.ruleId}\0${f.fingerprint}`;
}

function planContext(pass: LintPass<unknown>, cwd: string, roots: string[], overlay: Map<string, string>): PlanContext {
  const realRoots = roots.map((r) => tryRealpath(r) ?? r);
  return {
    source: (file) => pass.sources.get(file),
    refuse(file, source) {
      const abs = resolve(cwd, file);
      const real = tryRealpath(abs);
      if (!roots.some((r) => within(r, abs)) || (real !== undefined && !realRoots.some((r) => within(r, real))))
        return 'outside';
      const current = overlay.get(abs) ?? diskText(abs);
      return current === source.text ? undefined : 'unavailable';
    },
  };
}

function tryRealpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
