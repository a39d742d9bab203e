// JUnit XML (the Ant / Jenkins `junit-10.xsd` shape that GitLab, Jenkins, Azure DevOps
// and CircleCI read): one testsuite per rule that ran, one testcase per rule and file.
// A file with findings of a rule is a failed testcase whose <failure> lists them as
// `file:line:col: severity: message`; a rule without findings is one passed testcase
// (listing every passing rule × file pair would multiply the report by the file count).
// No timestamps, `time="0"`: the same input gives the same bytes.

import { SEVERITY_RANK, type Finding, type Severity } from '../findings/finding.js';
import type { RuleMeta } from '../engine/rule.js';
import { ruleTable } from './rule-table.js';
import { plural } from './summary.js';
import type { ReportContext, Reporter } from './types.js';

export const junitReporter: Reporter = (findings, ctx) => [...junitReportChunks(findings, ctx)].join('');

/** The report one testsuite at a time (a large result never becomes one string). */
export function* junitReportChunks(findings: Finding[], ctx: ReportContext): Generator<string> {
  const rules = ruleTable(ctx.rules, findings);
  const byRule = groupBy(findings, (f) => f.ruleId);
  const failing = new Set(findings.map((f) => `${f.ruleId}\u0000${f.file}`)).size;
  const passing = rules.filter((r) => !byRule.has(r.id)).length;
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites name="arch-lint" tests="${failing + passing}" failures="${failing}" errors="0" time="0">\n`;
  for (const rule of rules) yield testsuite(rule, byRule.get(rule.id) ?? [], ctx.summary.filesScanned);
  yield '</testsuites>\n';
}

function testsuite(rule: RuleMeta, findings: Finding[], filesScanned: number): string {
  const byFile = groupBy(findings, (f) => f.file);
  const cases =
    byFile.size === 0
      ? [
          `    <testcase name="${attr(`no findings in ${plural(filesScanned, 'file')}`)}" classname="${attr(rule.id)}" time="0"/>\n`,
        ]
      : [...byFile].map(([file, inFile]) => failedCase(rule, file, inFile));
  const failures = byFile.size;
  return (
    `  <testsuite name="${attr(rule.id)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="0">\n` +
    '    <properties>\n' +
    `      <property name="title" value="${attr(rule.title)}"/>\n` +
    `      <property name="category" value="${attr(rule.category)}"/>\n` +
    `      <property name="severity" value="${rule.severity}"/>\n` +
    '    </properties>\n' +
    cases.join('') +
    '  </testsuite>\n'
  );
}

function failedCase(rule: RuleMeta, file: string, findings: Finding[]): string {
  const worst = findings.reduce<Severity>(
    (s, f) => (SEVERITY_RANK[f.severity] > SEVERITY_RANK[s] ? f.severity : s),
    'note',
  );
  const message = findings.length === 1 ? findings[0].message : `${plural(findings.length, 'finding')} in ${file}`;
  const body = findings.map(describe).join('\n');
  return (
    `    <testcase name="${attr(file)}" classname="${attr(rule.id)}" time="0">\n` +
    `      <failure message="${attr(message)}" type="${worst}">${text(body)}</failure>\n` +
    '    </testcase>\n'
  );
}

/** One finding: the `file:line:col` header editors and CI logs link, then its details. */
function describe(f: Finding): string {
  const lines = [`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.ruleId}]`];
  if (f.resource !== undefined) lines.push(`  resource: ${f.resource}`);
  for (const r of f.related ?? []) lines.push(`  related: ${r.file}:${r.line}:${r.column}: ${r.message}`);
  if (f.fix) lines.push(`  fix: ${f.fix.description}`);
  if (f.docsUrl) lines.push(`  docs: ${f.docsUrl}`);
  return lines.join('\n');
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Characters XML 1.0 cannot carry at all (control characters, lone surrogates) become U+FFFD. */
function xmlSafe(s: string): string {
  return s.replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

function text(s: string): string {
  return xmlSafe(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value: newlines and tabs as character references, so parsers keep them. */
function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
