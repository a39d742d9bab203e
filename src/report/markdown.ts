// A Markdown summary for a PR comment or a job summary. Messages and paths come from the
// scanned repository, so they are escaped: a `|` must not break the table, and `<`, `[`
// or a backtick must not inject HTML, links or code into the comment.

import type { Finding, Severity } from '../findings/finding.js';
import { summaryLine } from './summary.js';
import type { Reporter } from './types.js';

const SEVERITY_LABEL: Record<Severity, string> = { error: '🔴 error', warning: '🟡 warning', note: '🔵 note' };

/** Escapes untrusted text for a Markdown table cell (one line, no HTML, no markup). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#!]/g, (ch) => `\\${ch}`)
    .replace(/\r\n|\r|\n/g, '<br>');
}

/**
 * A code span that survives any content: the fence is longer than the longest run of
 * backticks inside, and `|` is escaped because GFM splits table cells before parsing spans.
 */
export function codeSpan(text: string): string {
  const oneLine = text.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 || oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

/** GitHub rejects comments over 65,536 characters; stay well below with room for a footer. */
export const MAX_MARKDOWN_LENGTH = 60_000;

export const markdownReporter: Reporter = (findings, ctx) => {
  const title = `### arch-lint: ${summaryLine(findings, ctx.summary.filesScanned)}`;
  if (findings.length === 0) return `${title}\n`;
  const head = [title, '', '| Severity | Location | Rule | Message |', '| --- | --- | --- | --- |'].join('\n') + '\n';
  let out = head;
  for (let i = 0; i < findings.length; i++) {
    const line = row(findings[i]) + '\n';
    if (out.length + line.length > MAX_MARKDOWN_LENGTH) {
      const rest = findings.length - i;
      return `${out}\n_… and ${rest} more ${rest === 1 ? 'finding' : 'findings'} not shown: see the full report._\n`;
    }
    out += line;
  }
  return out;
};

function row(f: Finding): string {
  const rule = `[${escapeMarkdown(f.ruleId)}](${f.docsUrl.replace(/[()\s|]/g, encodeURIComponent)})`;
  return `| ${SEVERITY_LABEL[f.severity]} | ${codeSpan(`${f.file}:${f.line}`)} | ${rule} | ${escapeMarkdown(f.message)} |`;
}
