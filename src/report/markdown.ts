// A Markdown summary for a PR comment or a job summary. Messages and paths come from the
// scanned repository: they go through the one escaping module (markdown-text.ts), so a `|`
// cannot break the table and `<`, `[`, `@` or a backtick cannot inject HTML, links,
// mentions or code.

import type { Finding } from '../findings/finding.js';
import { cellCode, COMMENT_LIMIT, escapeMarkdown, safeUrl, SEVERITY_LABEL } from './markdown-text.js';
import { summaryLine } from './summary.js';
import type { Reporter } from './types.js';

export const markdownReporter: Reporter = (findings, ctx) => {
  const title = `### arch-lint: ${summaryLine(findings, ctx.summary.filesScanned)}`;
  if (findings.length === 0) return `${title}\n`;
  const head = [title, '', '| Severity | Location | Rule | Message |', '| --- | --- | --- | --- |'].join('\n') + '\n';
  let out = head;
  for (let i = 0; i < findings.length; i++) {
    const line = row(findings[i]) + '\n';
    if (out.length + line.length > COMMENT_LIMIT) {
      const rest = findings.length - i;
      return `${out}\n_… and ${rest} more ${rest === 1 ? 'finding' : 'findings'} not shown: see the full report._\n`;
    }
    out += line;
  }
  return out;
};

function row(f: Finding): string {
  const rule = f.docsUrl ? `[${escapeMarkdown(f.ruleId)}](${safeUrl(f.docsUrl)})` : escapeMarkdown(f.ruleId);
  const related = (f.related ?? []).map(
    (r) => `<br>related: ${cellCode(`${r.file}:${r.line}`)} ${escapeMarkdown(r.message)}`,
  );
  return `| ${SEVERITY_LABEL[f.severity]} | ${cellCode(`${f.file}:${f.line}`)} | ${rule} | ${escapeMarkdown(f.message)}${related.join('')} |`;
}
