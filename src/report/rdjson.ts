// reviewdog's Diagnostic Format, `rdjson` form: one DiagnosticResult
// (https://github.com/reviewdog/reviewdog/tree/master/proto/rdf). reviewdog positions are
// 1-based with an exclusive end, like ours, but count columns in UTF-8 bytes where ours
// count UTF-16 code units: columns are converted here from the source line when the
// source is known (else passed through, which is exact for ASCII lines).

import { Buffer } from 'node:buffer';
import type { Finding, Severity, TextRange } from '../findings/finding.js';
import type { SourceFile } from '../parse/source.js';
import { jsonChunks, lazyList } from './json-chunks.js';
import { INFORMATION_URI } from './sarif.js';
import type { ReportContext, Reporter } from './types.js';

const SEVERITY: Record<Severity, 'ERROR' | 'WARNING' | 'INFO'> = { error: 'ERROR', warning: 'WARNING', note: 'INFO' };

export const rdjsonReporter: Reporter = (findings, ctx) => [...rdjsonReportChunks(findings, ctx)].join('');

export function* rdjsonReportChunks(findings: Finding[], ctx: ReportContext): Generator<string> {
  yield* jsonChunks({
    source: { name: 'arch-lint', url: INFORMATION_URI },
    diagnostics: lazyList(findings, (f) => diagnostic(f, ctx)),
  });
  yield '\n';
}

function diagnostic(f: Finding, ctx: ReportContext): object {
  const source = ctx.source(f.file);
  return {
    message: f.message,
    location: { path: f.file, range: range(f, source) },
    severity: SEVERITY[f.severity],
    code: f.docsUrl ? { value: f.ruleId, url: f.docsUrl } : { value: f.ruleId },
    ...(f.fix ? { suggestions: f.fix.replacements.map((r) => ({ range: range(r, source), text: r.text })) } : {}),
    ...(f.related
      ? {
          related_locations: f.related.map((r) => ({
            message: r.message,
            location: { path: r.file, range: range(r, ctx.source(r.file)) },
          })),
        }
      : {}),
  };
}

function range(r: TextRange, source: SourceFile | undefined): object {
  return {
    start: { line: r.line, column: utf8Column(source, r.line, r.column) },
    end: { line: r.endLine, column: utf8Column(source, r.endLine, r.endColumn) },
  };
}

/** A 1-based UTF-16 column → the 1-based UTF-8 byte column reviewdog expects. */
export function utf8Column(source: SourceFile | undefined, line: number, column: number): number {
  if (!source || line < 1 || line > source.lineCount) return column;
  const text = source.lineText(line);
  const units = column - 1;
  if (units <= text.length) return Buffer.byteLength(text.slice(0, units), 'utf8') + 1;
  return Buffer.byteLength(text, 'utf8') + (units - text.length) + 1;
}
