// Where on the diff a finding can be commented, and the one-click suggestion for its fix.
// GitHub takes `line` (last line) and `start_line` (first, only when smaller) on the RIGHT
// side, both inside the same hunk; a suggestion replaces exactly those lines.

import type { Finding, Replacement } from '../findings/finding.js';
import type { SourceFile } from '../parse/source.js';
import { hunkAt, isAddedLine, type FileDiff, type Hunk } from './diff.js';

export interface Placement {
  startLine: number;
  line: number;
  /** New text of lines startLine..line when the finding's fix fits in the hunk. */
  suggestion?: string;
}

/** Last line a range really touches: a range ending at column 1 stops on the line before. */
export function lastLine(r: { line: number; endLine: number; endColumn: number }): number {
  return r.endColumn === 1 && r.endLine > r.line ? r.endLine - 1 : Math.max(r.line, r.endLine);
}

/** The lines to comment on for a finding, or undefined when no line of it is in the diff. */
export function placeFinding(finding: Finding, file: FileDiff, source: SourceFile | undefined): Placement | undefined {
  const first = finding.line;
  const last = lastLine(finding);
  const fixed = source && finding.fix ? suggestionFor(finding, file, source) : undefined;
  if (fixed) return fixed;
  const startHunk = hunkAt(file, first);
  if (startHunk && hunkAt(file, last) === startHunk) return { startLine: first, line: last };
  if (startHunk) return { startLine: first, line: first };
  // The range starts before the diff: anchor on its first line that the diff shows.
  const hunk = file.hunks.find((h) => h.newStart > first && h.newStart <= last);
  return hunk ? { startLine: hunk.newStart, line: hunk.newStart } : undefined;
}

/** True when some commented line is one the pull request adds. */
export function touchesAddedLine(file: FileDiff, placement: Placement): boolean {
  for (let l = placement.startLine; l <= placement.line; l++) if (isAddedLine(file, l)) return true;
  return false;
}

function suggestionFor(finding: Finding, file: FileDiff, source: SourceFile): Placement | undefined {
  const reps = finding.fix!.replacements;
  // A suggestion edits the commented file only.
  if (reps.length === 0 || reps.some((r) => r.file !== undefined && r.file !== finding.file)) return undefined;
  const startLine = Math.min(finding.line, ...reps.map((r) => replacedLines(r)[0]));
  const endLine = Math.max(lastLine(finding), ...reps.map((r) => replacedLines(r)[1]));
  const hunk: Hunk | undefined = hunkAt(file, startLine);
  if (!hunk || hunkAt(file, endLine) !== hunk || endLine > source.lineCount) return undefined;
  const text = applyToLines(source, startLine, endLine, reps);
  return text === undefined ? undefined : { startLine, line: endLine, suggestion: text };
}

/**
 * Lines a replacement changes. An insertion at the start of a line is an append to the
 * line before: that keeps end-of-file insertions (past the last line) suggestible.
 */
function replacedLines(r: Replacement): [number, number] {
  if (r.column === 1 && r.endColumn === 1 && r.line === r.endLine && r.line > 1) return [r.line - 1, r.line - 1];
  return [r.line, lastLine(r)];
}

/** Lines startLine..endLine of `source` with the replacements applied, without the final newline. */
export function applyToLines(
  source: SourceFile,
  startLine: number,
  endLine: number,
  reps: Replacement[],
): string | undefined {
  const spanStart = source.lineStart(startLine);
  const spanEnd = endLine < source.lineCount ? source.lineStart(endLine + 1) : source.text.length;
  const edits = reps
    .map((r) => ({
      start: offsetOf(source, r.line, r.column),
      end: offsetOf(source, r.endLine, r.endColumn),
      text: r.text,
    }))
    .sort((a, b) => b.start - a.start);
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    if (e.start < spanStart || e.end > spanEnd || e.end < e.start) return undefined;
    // Overlapping edits have no defined result: offer no suggestion.
    if (i > 0 && e.end > edits[i - 1].start) return undefined;
  }
  let text = source.text.slice(spanStart, spanEnd);
  for (const e of edits) text = text.slice(0, e.start - spanStart) + e.text + text.slice(e.end - spanStart);
  return text.replace(/\r?\n$/, '');
}

function offsetOf(source: SourceFile, line: number, column: number): number {
  if (line > source.lineCount) return source.text.length;
  return source.lineStart(line) + column - 1;
}
