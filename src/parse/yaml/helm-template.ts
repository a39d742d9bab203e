// The shape of a Helm template as text: its lines (YAML structure vs `{{ }}`-only
// lines), its documents (`---`), its `define` blocks (helpers) and the `include` /
// `template` calls on each line. Go templates are not YAML; this is enough to find
// where a rendered key was written without evaluating anything.

import type { SourceFile } from '../source.js';

export interface TLine {
  /** 1-based line number in the file. */
  n: number;
  text: string;
  indent: number;
  /** Blank, comment, or only `{{ ... }}` actions: carries no YAML structure. */
  directive: boolean;
  /** Helper names this line calls with `include` / `template`. */
  calls: string[];
}

/** A run of lines: a template file's document, or a helper's body. */
export interface Region {
  file: SourceFile;
  lines: TLine[];
}

export interface TemplateShape {
  file: SourceFile;
  /** Documents outside `define` blocks, split at `---`. */
  documents: Region[];
  /** `define` blocks by helper name. */
  defines: Map<string, Region>;
}

const ONLY_ACTIONS = /^(\{\{.*?\}\}\s*)+$/;
const CALL = /\{\{-?\s*(?:include|template)\s+"([^"]+)"/g;
// First word of an action: opens (`if`, `range`, `with`, `define`, `block`) or closes (`end`) a block.
const ACTION = /\{\{-?\s*(\/\*[\s\S]*?\*\/)?\s*(\w+)?/g;

export function templateShape(file: SourceFile): TemplateShape {
  const all: TLine[] = [];
  for (let n = 1; n <= file.lineCount; n++) all.push(toLine(n, file.lineText(n)));

  const defines = new Map<string, Region>();
  const outside: TLine[] = [];
  let define: { name: string; depth: number; lines: TLine[] } | undefined;
  let depth = 0;
  for (const line of all) {
    const opened = define;
    for (const m of line.text.matchAll(ACTION)) {
      const word = m[2];
      if (word === 'define') {
        const name = /define\s+"([^"]+)"/.exec(line.text.slice(m.index))?.[1];
        if (name && !define) define = { name, depth, lines: [] };
        depth++;
      } else if (word === 'if' || word === 'range' || word === 'with' || word === 'block') depth++;
      else if (word === 'end') {
        depth--;
        if (define && depth === define.depth) {
          defines.set(define.name, { file, lines: define.lines });
          define = undefined;
        }
      }
    }
    // The define line and its closing `end` line belong to neither side.
    if (opened && define === opened) opened.lines.push(line);
    else if (!opened && !define) outside.push(line);
  }
  return { file, documents: splitDocuments(file, outside), defines };
}

function toLine(n: number, text: string): TLine {
  const trimmed = text.trim();
  const calls = [...text.matchAll(CALL)].map((m) => m[1]);
  return {
    n,
    text,
    indent: text.length - text.trimStart().length,
    directive: trimmed === '' || trimmed.startsWith('#') || ONLY_ACTIONS.test(trimmed),
    calls,
  };
}

export function splitDocuments(file: SourceFile, lines: TLine[]): Region[] {
  const docs: Region[] = [];
  let cur: TLine[] = [];
  for (const l of lines) {
    if (/^---(\s|$)/.test(l.text)) {
      docs.push({ file, lines: cur });
      cur = [];
    } else cur.push(l);
  }
  docs.push({ file, lines: cur });
  const withContent = docs.filter((d) => d.lines.some((l) => !l.directive || l.calls.length > 0));
  return withContent.length > 0 ? withContent : docs.slice(0, 1);
}

/** Column of the first key on a line: after its indent and any `- ` item markers. */
export function keyColumn(text: string): number {
  const m = /^(\s*(?:-\s+)*)/.exec(text)!;
  return m[1].length;
}

/** The scalar a line gives its key, without quotes; undefined when it is templated or absent. */
export function literalValue(text: string, key: string): string | undefined {
  const re = new RegExp(`^\\s*(?:-\\s+)*["']?${escapeRe(key)}["']?\\s*:\\s*(.*?)\\s*(#.*)?$`);
  const m = re.exec(text);
  if (!m || m[1] === '' || m[1].includes('{{')) return undefined;
  return m[1].replace(/^(["'])(.*)\1$/, '$2');
}

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
