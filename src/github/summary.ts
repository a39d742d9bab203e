// The sticky PR summary comment and the step's job summary: verdict, counts by category
// and severity, and every finding that is not an inline comment (so none is lost).

import type { FailOn } from '../engine/lint-api.js';
import { SEVERITY_RANK, type Finding, type Severity } from '../findings/finding.js';
import {
  cellCode,
  COMMENT_LIMIT,
  escapeMarkdown,
  inlineCode,
  plural,
  SEVERITY_LABEL,
  truncateMarkdown,
} from '../report/markdown-text.js';
import { locationText } from './comment-body.js';
import { summaryMarker } from './markers.js';
import type { NotInlineReason } from './plan.js';

const SEVERITIES: Severity[] = ['error', 'warning', 'note'];

export interface Verdict {
  failOn: FailOn;
  /** Findings at or above failOn. */
  errors: number;
  failed: boolean;
  /** `new`: only findings the change introduces were counted (`gate: new`). */
  scope?: 'new' | 'all';
}

export function verdictOf(findings: Finding[], failOn: FailOn, scope?: 'new' | 'all'): Verdict {
  const errors =
    failOn === 'none' ? 0 : findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]).length;
  return { failOn, errors, failed: errors > 0, ...(scope ? { scope } : {}) };
}

export function verdictLine(v: Verdict, name: string): string {
  const who = escapeMarkdown(name);
  if (v.failOn === 'none') return `✅ **${who} passed**: \`fail-on\` is \`none\`, findings never fail the check.`;
  const word = v.scope === 'new' ? 'new finding' : 'finding';
  return v.failed
    ? `❌ **${who} failed**: ${plural(v.errors, word)} at or above \`${v.failOn}\`.`
    : `✅ **${who} passed**: no ${word} at or above \`${v.failOn}\`.`;
}

/** A category × severity table of counts. */
export function countsTable(findings: Finding[]): string {
  if (findings.length === 0) return 'No findings.';
  const byCategory = new Map<string, Record<Severity, number>>();
  for (const f of findings) {
    const row = byCategory.get(f.category) ?? { error: 0, warning: 0, note: 0 };
    row[f.severity]++;
    byCategory.set(f.category, row);
  }
  const lines = ['| Category | Errors | Warnings | Notes |', '| --- | ---: | ---: | ---: |'];
  for (const [category, row] of [...byCategory].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    lines.push(`| ${cellCode(category)} | ${row.error} | ${row.warning} | ${row.note} |`);
  }
  const total = (s: Severity) => findings.filter((f) => f.severity === s).length;
  lines.push(`| **Total** | **${total('error')}** | **${total('warning')}** | **${total('note')}** |`);
  return lines.join('\n');
}

const REASON_TEXT: Record<NotInlineReason, string> = {
  'outside-diff': 'outside the diff',
  'not-selected': 'not on a changed line',
  'max-comments': 'over `max-comments`',
  duplicate: 'same fingerprint as another finding',
  rejected: 'refused by GitHub',
  'no-review': 'no review posted',
};

/** A table of findings with their location; at most `maxRows` rows, then a count. */
export function findingsTable(rows: { finding: Finding; reason?: NotInlineReason }[], maxRows: number): string {
  const sorted = [...rows].sort((a, b) => SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity]);
  const withReason = rows.some((r) => r.reason);
  const lines = [
    `| Severity | Rule | Location | Message${withReason ? ' | Why not inline' : ''} |`,
    `| --- | --- | --- | ---${withReason ? ' | ---' : ''} |`,
  ];
  for (const { finding, reason } of sorted.slice(0, maxRows)) {
    const cells = [
      SEVERITY_LABEL[finding.severity],
      cellCode(finding.ruleId),
      locationText(finding),
      escapeMarkdown(finding.message),
    ];
    if (withReason) cells.push(reason ? REASON_TEXT[reason] : '');
    lines.push(`| ${cells.join(' | ')} |`);
  }
  if (sorted.length > maxRows)
    lines.push('', `…and ${plural(sorted.length - maxRows, 'more finding')}: see the job summary and the SARIF file.`);
  return lines.join('\n');
}

export interface StickyInput {
  name: string;
  findings: Finding[];
  verdict: Verdict;
  /** Live inline comments of ours after this run. */
  inlineCount: number;
  notInline: { finding: Finding; reason: NotInlineReason }[];
  notes: string[];
  headSha: string;
  /** A change's new / existing / fixed groups and policy changes; they replace the counts. */
  sections?: string[];
}

/** The sticky summary comment; its marker is the last line, after any truncation. */
export function stickySummary(input: StickyInput): string {
  const parts = [`## ${escapeMarkdown(input.name)}`, verdictLine(input.verdict, input.name)];
  if (input.sections)
    parts.push(...input.sections, `${plural(input.inlineCount, 'inline comment')} on this pull request.`);
  else
    parts.push(
      `Commit ${inlineCode(input.headSha.slice(0, 12))}: ${plural(input.findings.length, 'finding')}, ${plural(input.inlineCount, 'inline comment')}.`,
      countsTable(input.findings),
    );
  for (const note of input.notes) parts.push(`> [!NOTE]\n> ${note}`);
  if (input.notInline.length > 0) {
    parts.push(`### Findings not commented inline (${input.notInline.length})`, findingsTable(input.notInline, 100));
  }
  const marker = summaryMarker(input.name);
  const text = truncateMarkdown(
    parts.join('\n\n'),
    COMMENT_LIMIT,
    '_Summary truncated: see the job summary and the SARIF file for every finding._',
  );
  return `${text}\n\n${marker}`;
}
