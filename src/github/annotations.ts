// Which findings become workflow-command annotations. GitHub shows at most 10 annotations
// per level (error, warning, notice) per step and 50 per job: the most severe go first,
// and the summary says how many more there are.

import { compareFindings, SEVERITY_RANK, type Finding, type Severity } from '../findings/finding.js';

export const ANNOTATIONS_PER_LEVEL = 10;

export interface AnnotationPick {
  annotated: Finding[];
  /** Findings beyond the per-level cap, by severity. */
  omitted: Record<Severity, number>;
}

export function pickAnnotations(findings: Finding[], perLevel = ANNOTATIONS_PER_LEVEL): AnnotationPick {
  const sorted = [...findings].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || compareFindings(a, b),
  );
  const used: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  const omitted: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  const annotated: Finding[] = [];
  for (const f of sorted) {
    if (used[f.severity] < perLevel) {
      used[f.severity]++;
      annotated.push(f);
    } else {
      omitted[f.severity]++;
    }
  }
  return { annotated, omitted };
}

export function omittedNote(omitted: Record<Severity, number>): string | undefined {
  const total = omitted.error + omitted.warning + omitted.note;
  if (total === 0) return undefined;
  return (
    `GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations per level: ${total} more finding(s) are not annotated ` +
    `(${omitted.error} errors, ${omitted.warning} warnings, ${omitted.note} notes). They are all in the table below and in the SARIF file.`
  );
}
