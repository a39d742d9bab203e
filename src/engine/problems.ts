// Files that could not be linted become findings of rule `parse-error`, with the exact
// position of the problem, so no file is ever silently dropped (DESIGN.md §1).

import type { Finding, Severity } from '../findings/finding.js';
import type { Category } from '../findings/category.js';
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
