// Which suggested fixes one `--fix` pass applies. A fix is all its replacements or nothing,
// in one file. Fixes are taken in a fixed order (file, position, rule id) and one that
// overlaps or touches a fix already taken waits: the next pass re-lints and offers it again
// against the changed text (ESLint's way). The same edits offered by two findings are one fix.

import { compareFindings, type Finding } from '../../findings/finding.js';
import type { SourceFile } from '../../parse/source.js';

/** Why a fix was not applied; `SKIP_LABEL` says it in words. */
export type SkipReason =
  'overlap' | 'several-files' | 'stdin' | 'rendered' | 'outside' | 'unavailable' | 'invalid' | 'unresolved' | 'passes';

export const SKIP_LABEL: Record<SkipReason, string> = {
  overlap: 'overlaps another fix',
  'several-files': 'edits several files',
  stdin: 'edits stdin (-), which cannot be written',
  rendered: 'edits Helm-rendered output: change the chart template or values instead',
  outside: 'edits a file outside the scanned paths',
  unavailable: 'edits a file that is not on disk as it was linted',
  invalid: 'does not fit the file it edits',
  unresolved: 'was applied once and did not resolve the finding',
  passes: 'still waits after the last pass',
};

export interface TextEdit {
  /** 0-based offsets into the file text; `end` exclusive. */
  start: number;
  end: number;
  text: string;
}

export interface PlannedFix {
  /** Display path of the file the fix edits. */
  file: string;
  /** Sorted by position, not overlapping. */
  edits: TextEdit[];
  /** The findings this fix resolves (more than one when two offered the same edits). */
  findings: Finding[];
}

export interface SkippedFix {
  finding: Finding;
  reason: SkipReason;
}

export interface FixPlan {
  /** Fixes to apply, by display path, in position order. */
  byFile: Map<string, PlannedFix[]>;
  skipped: SkippedFix[];
}

export interface PlanContext {
  /** The text the findings were computed against, by display path. */
  source(file: string): SourceFile | undefined;
  /** Why a file may not be written (stdin, outside the scanned paths, not on disk), or undefined. */
  refuse(file: string, source: SourceFile): SkipReason | undefined;
}

interface Candidate {
  finding: Finding;
  file: string;
  edits: TextEdit[];
}

/** The fixes of `findings` that apply together, and why the others do not. */
export function planFixes(findings: readonly Finding[], context: PlanContext): FixPlan {
  const skipped: SkippedFix[] = [];
  const candidates: Candidate[] = [];
  const refusals = new Map<string, SkipReason | undefined>();
  for (const finding of findings) {
    if (!finding.fix || finding.fix.replacements.length === 0) continue;
    const files = new Set(finding.fix.replacements.map((r) => r.file ?? finding.file));
    if (files.size > 1) {
      skipped.push({ finding, reason: 'several-files' });
      continue;
    }
    const file = [...files][0];
    const source = context.source(file);
    if (!refusals.has(file)) refusals.set(file, whyNot(file, source, context));
    const refused = refusals.get(file);
    const edits = source && !refused ? textEdits(finding, source) : undefined;
    if (refused || !edits) skipped.push({ finding, reason: refused ?? 'invalid' });
    else candidates.push({ finding, file, edits });
  }
  candidates.sort(compareCandidates);

  const byFile = new Map<string, PlannedFix[]>();
  const byEdits = new Map<string, PlannedFix>();
  for (const c of candidates) {
    const key = `${c.file}\0${JSON.stringify(c.edits)}`;
    const same = byEdits.get(key);
    if (same) {
      same.findings.push(c.finding);
      continue;
    }
    const taken = byFile.get(c.file) ?? [];
    if (taken.some((t) => t.edits.some((a) => c.edits.some((b) => conflict(a, b))))) {
      skipped.push({ finding: c.finding, reason: 'overlap' });
      continue;
    }
    const fix: PlannedFix = { file: c.file, edits: c.edits, findings: [c.finding] };
    byFile.set(c.file, [...taken, fix]);
    byEdits.set(key, fix);
  }
  skipped.sort((a, b) => compareFindings(a.finding, b.finding));
  return { byFile, skipped };
}

function whyNot(file: string, source: SourceFile | undefined, context: PlanContext): SkipReason | undefined {
  if (file === '<stdin>') return 'stdin';
  if (!source) return 'unavailable';
  if (isHelmOutput(source.text)) return 'rendered';
  return context.refuse(file, source);
}

/** `helm template` output: documents headed by `# Source: <chart>/templates/...`. */
export function isHelmOutput(text: string): boolean {
  return /^#\s*Source:\s*\S+\/templates\/\S/m.test(text);
}

/** A finding's replacements as offsets into `source`, sorted; undefined when they do not fit it or overlap. */
function textEdits(finding: Finding, source: SourceFile): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  for (const r of finding.fix!.replacements) {
    const start = offsetOf(source, r.line, r.column);
    const end = offsetOf(source, r.endLine, r.endColumn);
    if (start === undefined || end === undefined || end < start) return undefined;
    edits.push({ start, end, text: r.text });
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  // Within one fix the author's order holds; only a real overlap has no defined result.
  for (let i = 1; i < edits.length; i++) if (edits[i - 1].end > edits[i].start) return undefined;
  return edits;
}

/** The offset of a 1-based line and column, or undefined when the file has no such position. */
function offsetOf(source: SourceFile, line: number, column: number): number | undefined {
  if (!Number.isInteger(line) || !Number.isInteger(column) || line < 1 || column < 1 || line > source.lineCount)
    return undefined;
  const start = source.lineStart(line);
  const next = line < source.lineCount ? source.lineStart(line + 1) : source.text.length;
  const offset = start + column - 1;
  return offset <= next ? offset : undefined;
}

/** Overlapping or touching edits (two insertions at one place included): their order would be a guess. */
function conflict(a: TextEdit, b: TextEdit): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    cmp(a.file, b.file) ||
    a.edits[0].start - b.edits[0].start ||
    cmp(a.finding.ruleId, b.finding.ruleId) ||
    a.finding.line - b.finding.line ||
    a.finding.column - b.finding.column ||
    cmp(a.finding.message, b.finding.message) ||
    cmp(a.finding.fingerprint, b.finding.fingerprint)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `text` with `edits` (not overlapping, in any order) applied; inserted line breaks follow the file's CRLF. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const crlf = /^[^\n]*\r\n/.test(text);
  let out = '';
  let at = 0;
  // Stable: insertions at one place keep their order.
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + (crlf ? e.text.replace(/\r?\n/g, '\r\n') : e.text);
    at = e.end;
  }
  return out + text.slice(at);
}
