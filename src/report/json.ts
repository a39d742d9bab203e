// The JSON report of docs/design.md ("JSON report"): a contract, so keys are written in the documented
// order explicitly rather than relying on how a Finding object happened to be built.

import type { Finding } from '../findings/finding.js';
import { countBySeverity } from './summary.js';
import { jsonChunks, lazyList } from './json-chunks.js';
import type { ReportContext, Reporter } from './types.js';
import type { ScopeSummary } from '../engine/units/scope.js';

export const jsonReporter: Reporter = (findings, ctx) => JSON.stringify(jsonReport(findings, ctx), null, 2) + '\n';

/** The same bytes in chunks, for results too large for one string. */
export function* jsonReportChunks(findings: Finding[], ctx: ReportContext): Generator<string> {
  yield* jsonChunks(jsonReport(findings, ctx));
  yield '\n';
}

function jsonReport(findings: Finding[], ctx: ReportContext) {
  return {
    version: 1,
    tool: { name: 'arch-lint', version: ctx.toolVersion },
    findings: lazyList(findings, jsonFinding),
    summary: {
      filesScanned: ctx.summary.filesScanned,
      filesSkipped: ctx.summary.filesSkipped,
      findings: findings.length,
      bySeverity: countBySeverity(findings),
      // Only when some units were linted: changed-units mode, or one shard of --shard.
      ...(ctx.summary.scope ? { scope: scopeJson(ctx.summary.scope) } : {}),
    },
  };
}

export function scopeJson(s: ScopeSummary): Record<string, unknown> {
  return {
    mode: s.mode,
    ...(s.shard !== undefined ? { shard: s.shard } : {}),
    units: s.units,
    unitsTotal: s.unitsTotal,
  };
}

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
  if (f.docsUrl !== undefined) out.docsUrl = f.docsUrl;
  if (f.fix) {
    out.fix = {
      description: f.fix.description,
      replacements: f.fix.replacements.map((r) => ({
        line: r.line,
        column: r.column,
        endLine: r.endLine,
        endColumn: r.endColumn,
        text: r.text,
        ...(r.file !== undefined ? { file: r.file } : {}),
      })),
    };
  }
  return out;
}
