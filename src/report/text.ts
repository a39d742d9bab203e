// Terminal output in the actionlint / ESLint tradition: a `file:line:col` header the
// editor can jump to, the offending line with a caret underline under the exact range,
// the fix and the docs link, then one summary line.

import type { Finding, Severity } from '../findings/finding.js';
import type { SourceFile } from '../parse/source.js';
import { countBySeverity, summaryLine } from './summary.js';
import { charWidth, painter, textWidth, visible, type Paint, type Style } from './terminal.js';
import type { ReportContext, Reporter } from './types.js';

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', note: 'cyan' };

export const textReporter: Reporter = (findings, ctx) => [...textReportChunks(findings, ctx)].join('');

/** The same bytes a finding at a time: tens of thousands of findings are not joined into one string first. */
export function* textReportChunks(findings: Finding[], ctx: ReportContext): Generator<string> {
  const paint = painter(ctx.color);
  for (let i = 0; i < findings.length; i++) {
    const block = renderFinding(findings[i], ctx.source(findings[i].file), paint);
    yield i === 0 ? block : '\n\n' + block;
  }
  // Blocks, a blank line, skipped files and a blank line when there are any, the summary.
  const out: string[] = findings.length > 0 ? [''] : [];
  for (const s of ctx.skipped ?? [])
    out.push(`${paint('bold', visible(s.file))}: ${paint('gray', 'info')} skipped: ${visible(s.reason)}`);
  if ((ctx.skipped ?? []).length > 0) out.push('');
  out.push(renderSummary(findings, ctx.summary.filesScanned, paint));
  yield (findings.length > 0 ? '\n' : '') + out.join('\n') + '\n';
}

function renderFinding(f: Finding, source: SourceFile | undefined, paint: Paint): string {
  const style = SEVERITY_STYLE[f.severity];
  const header =
    `${paint('bold', `${visible(f.file)}:${f.line}:${f.column}`)} ${paint(style, f.severity)} ` +
    `${visible(f.message)} ${paint('gray', `[${f.ruleId}]`)}`;
  const lines = [header];
  const gutterWidth = String(f.line).length;
  const pad = ' '.repeat(gutterWidth);
  const bar = paint('gray', '|');
  if (source && f.line >= 1 && f.line <= source.lineCount) {
    const text = source.lineText(f.line);
    lines.push(`${paint('gray', String(f.line))} ${bar} ${visible(text)}`);
    lines.push(`${pad} ${bar} ${underline(text, f).replace(/[\^~]+/, (m) => paint(style, m))}`.trimEnd());
  }
  for (const r of f.related ?? [])
    lines.push(
      `${pad} ${paint('gray', '=')} related: ${visible(`${r.file}:${r.line}:${r.column}`)} ${visible(r.message)}`,
    );
  if (f.fix) lines.push(`${pad} ${paint('gray', '=')} fix: ${visible(f.fix.description)}`);
  if (f.docsUrl) lines.push(`${pad} ${paint('gray', '=')} docs: ${f.docsUrl}`);
  return lines.join('\n');
}

/**
 * The caret line under the first line of the range: tabs in the prefix are kept so the
 * carets line up whatever the tab width, and wide characters count two cells.
 */
export function underline(lineText: string, f: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>): string {
  const start = Math.min(Math.max(f.column - 1, 0), lineText.length);
  const end = f.endLine === f.line ? Math.min(Math.max(f.endColumn - 1, start), lineText.length) : lineText.length;
  let prefix = '';
  for (const ch of lineText.slice(0, start)) prefix += ch === '\t' ? '\t' : ' '.repeat(charWidth(ch));
  const width = Math.max(1, textWidth(lineText.slice(start, end)));
  return prefix + '^' + '~'.repeat(width - 1);
}

function renderSummary(findings: Finding[], filesScanned: number, paint: Paint): string {
  if (findings.length === 0) return summaryLine(findings, filesScanned);
  const c = countBySeverity(findings);
  const style: Style = c.error > 0 ? 'red' : c.warning > 0 ? 'yellow' : 'cyan';
  return paint(style, paint('bold', `\u2716 ${summaryLine(findings, filesScanned)}`));
}
