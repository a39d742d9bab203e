// Files that could not be linted become findings of rule `parse-error`, with the exact
// position of the problem, so no file is ever silently dropped (docs/design.md, "CLI and exit codes").

import type { Finding, Severity } from '../findings/finding.js';
import type { Category } from '../findings/category.js';
import type { LimitHit } from '../model/terraform/budget.js';
import type { RuleMeta } from './rule.js';
import { makeFinding } from './make-finding.js';
import type { FileProblem } from './parse-files.js';

export const PARSE_ERROR_RULE: RuleMeta<'failed', Category> = {
  id: 'parse-error',
  category: 'parse-error',
  severity: 'error',
  title: 'Files parse',
  description:
    'A file that cannot be parsed is not linted at all, so its problems go unreported. The finding points at ' +
    'the line and column where parsing failed; every other file is still linted.',
  messages: { failed: '{message}' },
};

export const EVALUATION_LIMIT_RULE: RuleMeta<'hit', Category> = {
  id: 'evaluation-limit',
  category: 'evaluation-limit',
  severity: 'note',
  title: 'Terraform evaluation stays within its budgets',
  description:
    'An expression or expansion that would exceed an evaluation budget (instances per resource or per stack, ' +
    'elements or string length per expression, time per stack) is not evaluated: its value is unknown, so the ' +
    'rules do not judge it. The note points at the expression and names the limit (a `limits` setting).',
  messages: { hit: '{message}' },
};

export function problemFinding(p: FileProblem, severity: Severity, rule: RuleMeta = PARSE_ERROR_RULE): Finding {
  return makeFinding({
    ruleId: rule.id,
    category: rule.category,
    severity,
    message: p.message,
    file: p.source,
    range: p.range,
    snippet: p.source.lineText(p.range.start.line),
  });
}

/** Evaluation budgets hit while the model was built and the rules read it. */
export function limitFindings(hits: readonly LimitHit[], severity: Severity): Finding[] {
  return hits.map((h) =>
    problemFinding({ source: h.file, message: h.message, range: h.range }, severity, EVALUATION_LIMIT_RULE),
  );
}
