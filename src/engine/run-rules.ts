// model → rules → findings: runs each enabled rule over the project and turns its
// reports into Findings with 1-based ranges, resource ids, fixes and fingerprints.

import type { Finding, Fix, Severity } from '../findings/finding.js';
import type { Project } from '../model/project.js';
import type { Range, SourceFile } from '../parse/source.js';
import { docsUrl, formatMessage, type Edit, type Report, type Rule } from './rule.js';
import { fingerprint } from './fingerprint.js';

export interface EnabledRule {
  rule: Rule<string, any>;
  severity: Severity;
  options: Record<string, unknown>;
}

/** Moves a report's location elsewhere (Helm output → chart template); undefined keeps it. */
export type Relocate = (file: SourceFile, range: Range) => { file: SourceFile; range: Range } | undefined;

export interface RuleRunOutcome {
  findings: Finding[];
  /** Rules that threw: bugs, reported on stderr and as exit code 2, never hiding other findings. */
  crashes: { ruleId: string; error: unknown }[];
}

export function runRules(project: Project, rules: EnabledRule[], relocate: Relocate): RuleRunOutcome {
  const findings: Finding[] = [];
  const crashes: RuleRunOutcome['crashes'] = [];
  for (const { rule, severity, options } of rules) {
    const meta = rule.meta;
    const url = docsUrl(meta.id); // one string shared by all of the rule's findings
    const report = (r: Report<string>) => {
      const template = meta.messages[r.messageId];
      const message = template === undefined ? r.messageId : formatMessage(template, r.data);
      const moved = relocate(r.file, r.range);
      const file = moved?.file ?? r.file;
      const range = moved?.range ?? r.range;
      const resource = r.resource;
      const fp = fingerprint({ ruleId: meta.id, file: file.path, resource, message, snippet: snippet(file, range) });
      // A fix written against rendered output cannot be applied to the template.
      const fix =
        r.fix && !moved
          ? toFix(
              r.fix.description,
              r.fix.edits.filter((e) => e.file === r.file),
            )
          : undefined;
      const finding = toFinding(meta.id, meta.category, severity, message, file.path, range, resource, fp, url, fix);
      if (r.unit !== undefined) finding.unit = r.unit;
      findings.push(finding);
    };
    try {
      rule.check(project, { options, report });
    } catch (error) {
      crashes.push({ ruleId: meta.id, error });
    }
  }
  return { findings, crashes };
}

export function toTextRange(range: Range): { line: number; column: number; endLine: number; endColumn: number } {
  return { line: range.start.line, column: range.start.column, endLine: range.end.line, endColumn: range.end.column };
}

/**
 * Tens of thousands of findings live until the report is written. Literals with every
 * key spelled out (no spreads) get one shared shape with in-object fields; the key order
 * is the one reporters print, and absent `resource`/`fix` stay absent, not undefined.
 */
function toFinding(
  ruleId: string,
  category: string,
  severity: Severity,
  message: string,
  file: string,
  range: Range,
  resource: string | undefined,
  fingerprint: string,
  docsUrl: string,
  fix: Fix | undefined,
): Finding {
  const { line, column } = range.start;
  const { line: endLine, column: endColumn } = range.end;
  if (resource !== undefined) {
    return fix
      ? {
          ruleId,
          category,
          severity,
          message,
          file,
          line,
          column,
          endLine,
          endColumn,
          resource,
          fingerprint,
          docsUrl,
          fix,
        }
      : { ruleId, category, severity, message, file, line, column, endLine, endColumn, resource, fingerprint, docsUrl };
  }
  return fix
    ? { ruleId, category, severity, message, file, line, column, endLine, endColumn, fingerprint, docsUrl, fix }
    : { ruleId, category, severity, message, file, line, column, endLine, endColumn, fingerprint, docsUrl };
}

function toFix(description: string, edits: Edit[]): Fix {
  return {
    description,
    replacements: edits.map((e) => {
      const { start, end } = e.range;
      return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, text: e.text };
    }),
  };
}

/** The flagged text (bounded), for fingerprints that survive line moves. */
function snippet(file: SourceFile, range: Range): string {
  const end = Math.min(range.end.offset, range.start.offset + 200);
  const text = file.text.slice(range.start.offset, end);
  return text || file.lineText(range.start.line);
}
