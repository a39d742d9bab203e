// Files that could not be linted become findings of rule `parse-error`, with the exact
// position of the problem, so no file is ever silently dropped (DESIGN.md §1).

export { PARSE_ERROR_RULE };
import type { Finding, Severity } from '../findings/finding.js';
import { docsUrl } from './rule.js';
import { PARSE_ERROR_RULE } from './suppressions.js';
import { fingerprint } from './fingerprint.js';
import type { FileProblem } from './parse-files.js';
import { toTextRange } from './run-rules.js';

export function problemFinding(p: FileProblem, severity: Severity): Finding {
  const range = toTextRange(p.range);
  return {
    ruleId: PARSE_ERROR_RULE.id,
    category: PARSE_ERROR_RULE.category,
    severity,
    message: p.message,
    file: p.source.path,
    ...range,
    fingerprint: fingerprint({
      ruleId: PARSE_ERROR_RULE.id,
      file: p.source.path,
      message: p.message,
      snippet: p.source.lineText(range.line),
    }),
    docsUrl: docsUrl(PARSE_ERROR_RULE.id),
  };
}
