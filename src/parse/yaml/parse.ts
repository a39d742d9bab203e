// parseYamlStream: a YAML stream (one file, or `helm template` output) as positioned
// documents, comments and errors. Bounded (size, nesting, alias expansion); never throws.

import { parseEvents, YAMLException } from 'js-yaml';
import type { Event } from 'js-yaml';
import type { SourceFile } from '../source.js';
import type { YamlError, YamlStream } from './ast.js';
import { buildDocuments, markerBefore } from './build.js';
import { Covered, scanComments, scanCommentsLoose } from './comments.js';
import type { YComment } from './comments.js';
import { fastEvents } from './fast-events.js';
import { exact } from './nodes.js';

export interface YamlLimits {
  /** Alias dereferences per document, counting those nested inside aliased nodes. */
  maxAliases: number;
  /** Collection nesting depth. */
  maxDepth: number;
  /** File size in UTF-8 bytes; larger files are not parsed. */
  maxBytes: number;
}

export const DEFAULT_YAML_LIMITS: Readonly<YamlLimits> = Object.freeze({
  maxAliases: 100,
  maxDepth: 100,
  maxBytes: 5 * 1024 * 1024,
});

type Parsed = { events: Event[] } | { error: YamlError; position: number };

export function parseYamlStream(file: SourceFile, limits?: Partial<YamlLimits>): YamlStream {
  const lim: YamlLimits = { ...DEFAULT_YAML_LIMITS, ...limits };
  try {
    return parseStream(file, lim);
  } catch (err) {
    // Defensive: a bug here must not stop the run; the file is reported as unparsable.
    const message = `internal YAML parser error: ${err instanceof Error ? err.message : String(err)}`;
    return { documents: [], errors: [{ message, range: file.range(0, 0), reason: 'syntax' }], comments: [] };
  }
}

function parseStream(file: SourceFile, lim: YamlLimits): YamlStream {
  const text = file.text;
  const bytes = text.length > lim.maxBytes ? text.length : Buffer.byteLength(text, 'utf8');
  if (bytes > lim.maxBytes) {
    const message = `file is ${bytes} bytes, over the ${lim.maxBytes}-byte limit for YAML; not parsed`;
    return { documents: [], errors: [{ message, range: file.range(0, 0), reason: 'size' }], comments: [] };
  }

  const errors: YamlError[] = [];
  let parsed = parse(file, text, lim);
  let cut = text.length;
  if ('error' in parsed) {
    errors.push(parsed.error);
    // Keep the documents before the failing one: re-parse the text up to the last
    // document boundary before the error (retrying if the prefix fails too).
    let at = parsed.position;
    for (;;) {
      let next = boundaryBefore(text, at);
      if (next >= cut) next = boundaryBefore(text, cut - 1);
      // Each retry must cut strictly earlier, or there is nothing before the error.
      if (next <= 0 || next >= cut) {
        cut = 0;
        parsed = { events: [] };
        break;
      }
      cut = next;
      parsed = parse(file, text.slice(0, cut), lim);
      if ('events' in parsed) break;
      at = parsed.position;
    }
  }

  const covered = new Covered();
  const built = buildDocuments(file, parsed.events, lim.maxAliases, covered);
  const comments: YComment[] = [];
  const stop = Math.min(cut, built.stoppedAt);
  scanComments(file, covered, 0, stop, comments);
  if (stop < text.length) scanCommentsLoose(file, stop, comments);
  if (built.error) errors.unshift(built.error);
  errors.push(...built.duplicates);

  const documents = built.documents;
  if (documents.length === 0 && errors.length === 0) {
    // Only comments or whitespace: one empty document, so callers see the file.
    documents.push({ root: null, range: file.span(0, text.length), index: 0 });
  }
  return { documents: exact(documents), errors: exact(errors), comments: exact(comments) };
}

function parse(file: SourceFile, text: string, lim: YamlLimits): Parsed {
  // The same events, several times faster, for the YAML manifests are made of; js-yaml for the rest.
  const fast = fastEvents(text, lim.maxDepth);
  if (fast) return { events: fast };
  try {
    return { events: parseEvents(text, { maxDepth: lim.maxDepth }) };
  } catch (err) {
    if (err instanceof YAMLException) {
      const position = Math.max(0, Math.min(err.mark?.position ?? 0, text.length));
      const reason = /maxDepth/.test(err.reason) ? 'depth' : 'syntax';
      return { error: { message: err.reason, range: errorRange(file, position), reason }, position };
    }
    // Anything else (a stack overflow on pathological input) is still the file's fault.
    const message = err instanceof Error ? err.message : String(err);
    return { error: { message, range: errorRange(file, 0), reason: 'syntax' }, position: 0 };
  }
}

/** One character at the error, or a point at a line end / the end of the file. */
function errorRange(file: SourceFile, position: number) {
  const ch = file.text[position];
  return file.range(position, ch === undefined || ch === '\n' || ch === '\r' ? position : position + 1);
}

/** Start of the document that contains `at`: its `---` line, or just after a `...` line. */
function boundaryBefore(text: string, at: number): number {
  const dashes = markerBefore(text, at, 0);
  let dots = -1;
  // A `...` line on the error's own line ends the failing document, not an earlier one.
  const atLine = text.lastIndexOf('\n', at - 1) + 1;
  for (
    let ls = atLine >= 2 ? text.lastIndexOf('\n', atLine - 2) + 1 : atLine === 1 ? 0 : -1;
    ls > dashes;
    ls = ls >= 2 ? text.lastIndexOf('\n', ls - 2) + 1 : 0
  ) {
    if (text.startsWith('...', ls) && (ls + 3 >= text.length || /\s/.test(text[ls + 3]))) {
      const eol = text.indexOf('\n', ls);
      dots = eol === -1 ? text.length : eol + 1;
      break;
    }
    if (ls === 0) break;
  }
  return Math.max(dashes, dots, 0);
}
