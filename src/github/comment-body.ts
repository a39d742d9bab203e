// The text of one inline review comment: severity, rule, message, suggestion, docs link,
// and, on its last line, the hidden fingerprint marker that re-runs look for.

import type { Finding } from '../findings/finding.js';
import {
  cellCode,
  escapeMarkdown,
  fencedBlock,
  hasCommentDelimiter,
  inlineCode,
  safeUrl,
  SEVERITY_LABEL,
} from '../report/markdown-text.js';
import { findingMarker } from './markers.js';

export function commentBody(finding: Finding, suggestion: string | undefined, name: string): string {
  const parts = [
    `**${SEVERITY_LABEL[finding.severity]}** ${inlineCode(finding.ruleId)}: ${escapeMarkdown(finding.message)}`,
  ];
  if (finding.resource) parts.push(`Resource: ${inlineCode(finding.resource)}`);
  // A suggestion is applied verbatim, so it cannot be escaped: one holding `<!--` or `-->`
  // is not offered (the comment must never contain a comment delimiter but its marker).
  if (finding.fix && suggestion !== undefined && !hasCommentDelimiter(suggestion)) {
    parts.push(`Suggested fix: ${escapeMarkdown(finding.fix.description)}\n\n${fencedBlock('suggestion', suggestion)}`);
  } else if (finding.fix) {
    parts.push(`Fix: ${escapeMarkdown(finding.fix.description)} (run \`arch-lint --fix\` locally to apply it).`);
  }
  parts.push(
    finding.docsUrl
      ? `[Rule documentation](${safeUrl(finding.docsUrl)}) · category ${inlineCode(finding.category)}`
      : `Rule ${inlineCode(finding.ruleId)} · category ${inlineCode(finding.category)}`,
  );
  parts.push(findingMarker(name, finding.fingerprint));
  return parts.join('\n\n');
}

/** `file:line` for a table cell, escaped. */
export function locationText(finding: Finding): string {
  return cellCode(`${finding.file}:${finding.line}`);
}
