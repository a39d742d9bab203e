// The JSON report of DESIGN.md §2: a contract, so keys are written in the documented
// order explicitly rather than relying on how a Finding object happened to be built.

import type { Finding } from '../findings/finding.js';
import { countBySeverity } from './summary.js';
import type { Reporter } from './types.js';

export const jsonReporter: Reporter = (findings, ctx) => {
  const report = {
    version: 1,
    tool: { name: 'arch-lint', version: ctx.toolVersion },
    findings: findings.map(jsonFinding),
    summary: {
      filesScanned: ctx.summary.filesScanned,
      filesSkipped: ctx.summary.filesSkipped,
      findings: findings.length,
      bySeverity: countBySeverity(findings),
    },
  };
  return JSON.stringify(report, null, 2) + '\n';
};

function jsonFinding(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
  };
  if (f.resource !== undefined) out.resource = f.resource;
  if (f.unit !== undefined) out.unit = f.unit;
  if (f.related) out.related = f.related.map((r) => ({ ...r }));
  out.fingerprint = f.fingerprint;
  out.docsUrl = f.docsUrl;
  if (f.fix) {
    out.fix = {
      description: f.fix.description,
      replacements: f.fix.replacements.map((r) => ({
        line: r.line,
        column: r.column,
        endLine: r.endLine,
        endColumn: r.endColumn,
        text: r.text,
      })),
    };
  }
  return out;
}
