// The text of one inline review comment: severity, rule, message, suggestion, docs link,
// and the hidden fingerprint marker that re-runs look for.

import type { Finding, Severity } from '../findings/finding.js';
import { escapeMarkdown, fencedBlock, inlineCode } from './markdown.js';
import { findingMarker } from './markers.js';

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: '🔴 Error',
  warning: '🟠 Warning',
  note: '🔵 Note',
};

export function commentBody(finding: Finding, suggestion: string | undefined): string {
  const parts = [
    `**${SEVERITY_LABEL[finding.severity]}** ${inlineCode(finding.ruleId)}: ${escapeMarkdown(finding.message)}`,
  ];
  if (finding.resource) parts.push(`Resource: ${inlineCode(finding.resource)}`);
  if (finding.fix && suggestion !== undefined) {
    parts.push(`Suggested fix: ${escapeMarkdown(finding.fix.description)}\n\n${fencedBlock('suggestion', suggestion)}`);
  } else if (finding.fix) {
    parts.push(`Fix: ${escapeMarkdown(finding.fix.description)} (run \`arch-lint\` locally to see it).`);
  }
  parts.push(`[Rule documentation](${safeUrl(finding.docsUrl)}) · category ${inlineCode(finding.category)}`);
  parts.push(findingMarker(finding.fingerprint));
  return parts.join('\n\n');
}

/** Docs links come from our rules; still refuse anything but http(s) and keep parentheses out. */
export function safeUrl(url: string): string {
  return /^https?:\/\/[^\s()<>]+$/.test(url) ? url : 'https://github.com/arch-lint/arch-lint#readme';
}

/** `file:line` for lists and tables, escaped. */
export function locationText(finding: Finding): string {
  return inlineCode(`${finding.file}:${finding.line}`);
}
