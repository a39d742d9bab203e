// Counts and wording shared by the human-readable reporters.

import type { Finding, Severity } from '../findings/finding.js';

export type SeverityCounts = Record<Severity, number>;

/** Always all three keys, in severity order. */
export function countBySeverity(findings: Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `3 problems (2 errors, 1 warning, 0 notes) in 10 files`, or the clean-run sentence. */
export function summaryLine(findings: Finding[], filesScanned: number): string {
  if (findings.length === 0) return `No problems found in ${plural(filesScanned, 'file')}.`;
  const c = countBySeverity(findings);
  return (
    `${plural(findings.length, 'problem')} ` +
    `(${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.note, 'note')}) ` +
    `in ${plural(filesScanned, 'file')}`
  );
}
