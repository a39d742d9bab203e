// Format name → reporter. The CLI and the Action pick a reporter here and never format
// findings themselves.

import { githubReporter } from './github.js';
import { jsonReportChunks, jsonReporter } from './json.js';
import { junitReportChunks, junitReporter } from './junit.js';
import { markdownReporter } from './markdown.js';
import { rdjsonReportChunks, rdjsonReporter } from './rdjson.js';
import { sarifReportChunks, sarifReporter } from './sarif.js';
import { textReportChunks, textReporter } from './text.js';
import type { Finding } from '../findings/finding.js';
import type { FormatName, ReportContext, Reporter } from './types.js';

export type { FormatName, ReportContext, Reporter } from './types.js';
export { escapeMarkdown } from './markdown-text.js';

export const REPORTERS: Readonly<Record<FormatName, Reporter>> = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
  markdown: markdownReporter,
  junit: junitReporter,
  rdjson: rdjsonReporter,
};

export const FORMAT_NAMES = Object.keys(REPORTERS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(REPORTERS, name);
}

/** The reporter for a format name, or undefined for an unknown name (a usage error for the caller). */
export function getReporter(name: string): Reporter | undefined {
  return isFormatName(name) ? REPORTERS[name] : undefined;
}

/**
 * The report in chunks, the same bytes as the reporter's string. JSON, SARIF, rdjson,
 * JUnit and text are written piece by piece: a very large result does not fit in one string.
 */
export function reportChunks(format: FormatName, findings: Finding[], ctx: ReportContext): Iterable<string> {
  if (format === 'json') return jsonReportChunks(findings, ctx);
  if (format === 'sarif') return sarifReportChunks(findings, ctx);
  if (format === 'rdjson') return rdjsonReportChunks(findings, ctx);
  if (format === 'junit') return junitReportChunks(findings, ctx);
  if (format === 'text') return textReportChunks(findings, ctx);
  return [REPORTERS[format](findings, ctx)];
}
