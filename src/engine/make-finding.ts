// The one place a Finding is built: rule reports, parse errors and stale suppressions all
// come through here, so every finding has the same fields, fingerprint and docs link.

import type { Finding, Fix, RelatedLocation, Severity } from '../findings/finding.js';
import type { Range, SourceFile } from '../parse/source.js';
import { fingerprint } from './fingerprint.js';
import { docsUrl, type Edit } from './rule.js';

export interface FindingInput {
  ruleId: string;
  category: string;
  severity: Severity;
  message: string;
  /** A file without its text (`{ path }`) needs `snippet`. */
  file: SourceFile | { path: string };
  range: Range;
  resource?: string;
  fix?: Fix;
  /** Kubernetes: the object's deployment unit. */
  unit?: string;
  related?: RelatedLocation[];
  /** Text the fingerprint hashes; default: the flagged text (bounded), or its line when empty. */
  snippet?: string;
  /**
   * Shared by all of a rule's findings when given (one string, not one per finding);
   * null: the rule has no docs page. Default: arch-lint's page for the id.
   */
  docsUrl?: string | null;
}

/**
 * Tens of thousands of findings live until the report is written. Literals with every
 * key spelled out (no spreads) get one shared shape with in-object fields; the key order
 * is the one reporters print, and absent `resource`/`fix` stay absent, not undefined.
 */
export function makeFinding(input: FindingInput): Finding {
  const finding = buildFinding(input);
  if (input.unit !== undefined) finding.unit = input.unit;
  if (input.related !== undefined && input.related.length > 0) finding.related = input.related;
  return finding;
}

function buildFinding(input: FindingInput): Finding {
  const { ruleId, category, severity, message, resource, fix } = input;
  const file = input.file.path;
  const { line, column } = input.range.start;
  const { line: endLine, column: endColumn } = input.range.end;
  const fingerprint_ = fingerprint({
    ruleId,
    file,
    resource,
    message,
    // Hashed only for findings without a resource.
    snippet: resource !== undefined ? '' : (input.snippet ?? snippet(input.file as SourceFile, input.range)),
  });
  const url = input.docsUrl === undefined ? docsUrl(ruleId) : (input.docsUrl ?? undefined);
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
          fingerprint: fingerprint_,
          docsUrl: url,
          fix,
        }
      : {
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
          fingerprint: fingerprint_,
          docsUrl: url,
        };
  }
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
        fingerprint: fingerprint_,
        docsUrl: url,
        fix,
      }
    : {
        ruleId,
        category,
        severity,
        message,
        file,
        line,
        column,
        endLine,
        endColumn,
        fingerprint: fingerprint_,
        docsUrl: url,
      };
}

/**
 * A report's edits as a Fix with 1-based, end-exclusive replacements; an edit of another
 * file than `home` (the finding's) names its file.
 */
export function toFix(description: string, edits: Edit[], home?: SourceFile): Fix {
  return {
    description,
    replacements: edits.map((e) => {
      const { start, end } = e.range;
      const r = { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, text: e.text };
      return home === undefined || e.file === home ? r : { ...r, file: e.file.path };
    }),
  };
}

/** The flagged text (bounded), for fingerprints that survive line moves. */
function snippet(file: SourceFile, range: Range): string {
  const end = Math.min(range.end.offset, range.start.offset + 200);
  const text = file.text.slice(range.start.offset, end);
  return text || file.lineText(range.start.line);
}
