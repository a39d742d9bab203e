// Helm `helm template` output: which template rendered each document (`# Source:`
// comments), and where in that template a node of the rendered document was written.

import type { Range, SourceFile } from '../source.js';
import { yget } from './ast.js';
import type { YamlDocument, YamlStream, YNode } from './ast.js';
import { parseYamlStream } from './parse.js';

const SOURCE_RE = /^#\s*Source:\s*(\S(?:.*\S)?)\s*$/;

/**
 * For each document, the `# Source: <chart>/templates/<file>` comment between the end
 * of the previous document and this document's content; undefined when there is none.
 */
export function helmSources(stream: YamlStream, file: SourceFile): (string | undefined)[] {
  void file; // Comments already carry their text; the file is part of the signature for callers.
  // Sized up front: kept for the whole run, so no spare capacity.
  const out: (string | undefined)[] = new Array(stream.documents.length);
  const comments = stream.comments;
  let ci = 0;
  let prevEnd = 0;
  const docs = stream.documents;
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d];
    // An empty document (a template that rendered nothing) owns the comments up to the next one.
    const contentStart = doc.root
      ? doc.root.range.start.offset
      : d + 1 < docs.length
        ? docs[d + 1].range.start.offset
        : Infinity;
    // Root ranges of aliased/merged content never precede the document, but clamp anyway.
    const limit = Math.max(contentStart, prevEnd);
    let found: string | undefined;
    while (ci < comments.length && comments[ci].range.start.offset < prevEnd) ci++;
    while (ci < comments.length && comments[ci].range.start.offset < limit) {
      const m = SOURCE_RE.exec(comments[ci].text);
      if (m) found = m[1];
      ci++;
    }
    out[d] = found;
    prevEnd = Math.max(prevEnd, doc.range.end.offset);
  }
  return out;
}

export interface HelmChartFiles {
  /** Chart directory, as in the template paths (`.` for the working directory). */
  dir: string;
  chartYaml: SourceFile;
  templates: SourceFile[];
}

type Step = string | number;

export class HelmTemplateIndex {
  private readonly bySource = new Map<string, SourceFile>();

  constructor(charts: HelmChartFiles[]) {
    const named = charts.map((c) => ({ ...c, dir: trimDir(c.dir), name: chartName(c.chartYaml, c.dir) }));
    const prefixOf = (c: (typeof named)[number], seen: Set<string>): string => {
      // A subchart lives in `<parent>/charts/<dir>`; Helm names its templates
      // `<parent name>/charts/<sub name>/templates/...`.
      const parent = named
        .filter((p) => p !== c && c.dir.startsWith(p.dir === '.' ? 'charts/' : `${p.dir}/charts/`))
        .sort((a, b) => b.dir.length - a.dir.length)[0];
      if (!parent || seen.has(parent.dir)) return c.name;
      seen.add(c.dir);
      return `${prefixOf(parent, seen)}/charts/${c.name}`;
    };
    for (const c of named) {
      const prefix = prefixOf(c, new Set());
      for (const t of c.templates) {
        const rel =
          c.dir === '.' ? t.path : t.path.startsWith(c.dir + '/') ? t.path.slice(c.dir.length + 1) : undefined;
        if (rel === undefined) continue;
        this.bySource.set(`${prefix}/${rel}`, t);
        // Also reachable by its own name, for a subchart scanned without its parent.
        if (!this.bySource.has(`${c.name}/${rel}`)) this.bySource.set(`${c.name}/${rel}`, t);
      }
    }
  }

  /** The template a `# Source:` path names. */
  resolve(source: string): SourceFile | undefined {
    const exact = this.bySource.get(source);
    if (exact) return exact;
    const i = source.lastIndexOf('/charts/');
    return i >= 0 ? this.bySource.get(source.slice(i + '/charts/'.length)) : undefined;
  }

  /** The best range in `template` for the node of `doc` at `target`. */
  locate(doc: YamlDocument, target: Range, template: SourceFile): Range {
    return locateInTemplate(keyPath(doc.root, target), template);
  }
}

/** Keys and indices from the root down to the innermost node containing `target`. */
export function keyPath(root: YNode | null, target: Range): Step[] {
  const path: Step[] = [];
  const t = target.start.offset;
  const te = target.end.offset;
  const inside = (r: Range) => r.start.offset <= t && te <= r.end.offset;
  let cur: YNode | null = root;
  // Aliases share nodes: bound the walk by depth so a cycle-free DAG is still finite.
  for (let depth = 0; cur && depth < 200; depth++) {
    let next: YNode | undefined;
    if (cur.kind === 'map') {
      for (const p of cur.pairs) {
        if (p.key.kind !== 'scalar') continue;
        if (inside(p.key.range)) {
          path.push(String(p.key.value));
          return path;
        }
        if (inside(p.value.range) || inside(p.range)) {
          path.push(String(p.key.value));
          next = p.value;
          break;
        }
      }
    } else if (cur.kind === 'seq') {
      const i = cur.items.findIndex((x) => inside(x.range));
      if (i >= 0) {
        path.push(i);
        next = cur.items[i];
      }
    }
    if (!next) break;
    cur = next;
  }
  return path;
}

interface Line {
  n: number;
  text: string;
  indent: number;
}

/** Lines that carry YAML structure: no blanks, comments, or `{{ ... }}`-only lines. */
function structuralLines(template: SourceFile): Line[] {
  const out: Line[] = [];
  for (let n = 1; n <= template.lineCount; n++) {
    const text = template.lineText(n);
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (/^(\{\{.*?\}\}\s*)+$/.test(trimmed)) continue;
    out.push({ n, text, indent: text.length - text.trimStart().length });
  }
  return out;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Search the template for the path's keys in order, each indented deeper than the last. */
export function locateInTemplate(path: Step[], template: SourceFile): Range {
  const lines = structuralLines(template);
  let best: Range | undefined;
  let from = 0; // index in `lines` where the search for the next step starts
  let parentCol = -1; // column of the enclosing key (or `-` of the enclosing item)
  let parentIsItem = false;
  for (const step of path) {
    const end = blockEnd(lines, from, parentCol, parentIsItem);
    if (typeof step === 'number') {
      const items: { i: number; col: number }[] = [];
      for (let i = from; i < end; i++) {
        const col = lines[i].text.search(/\S/);
        if (/^\s*-(\s|$)/.test(lines[i].text) && (items.length === 0 || col === items[0].col)) items.push({ i, col });
      }
      if (items.length === 0) break;
      // `range` loops render more items than the template writes: fall back to the first.
      const item = items[step] ?? items[0];
      from = item.i;
      parentCol = item.col;
      parentIsItem = true;
      const r = template.range(
        template.lineStart(lines[item.i].n) + item.col,
        template.lineStart(lines[item.i].n) + item.col + 1,
      );
      best = r;
      continue;
    }
    const re = new RegExp(`^(\\s*(?:-\\s+)*)(["']?)${escapeRe(step)}\\2\\s*:(\\s|$)`);
    let hit: { i: number; col: number } | undefined;
    for (let i = from; i < end; i++) {
      const m = re.exec(lines[i].text);
      if (m && m[1].length > parentCol) {
        hit = { i, col: m[1].length };
        break;
      }
    }
    if (!hit) break;
    const line = lines[hit.i];
    const start = template.lineStart(line.n) + hit.col;
    const quoted = /["']/.test(line.text[hit.col]) ? 2 : 0;
    best = template.range(start, start + step.length + quoted);
    from = hit.i + 1;
    parentCol = hit.col;
    parentIsItem = false;
  }
  if (best) return best;
  return template.range(0, template.lineText(1).length);
}

/** Index just past the block under a key at `parentCol` (items may sit at its column). */
function blockEnd(lines: Line[], from: number, parentCol: number, parentIsItem: boolean): number {
  if (parentCol < 0) return lines.length;
  // The item line itself holds the item's first key (`- name: x`).
  for (let i = parentIsItem ? from + 1 : from; i < lines.length; i++) {
    const l = lines[i];
    if (l.indent < parentCol) return i;
    if (l.indent === parentCol && (parentIsItem || !/^\s*-(\s|$)/.test(l.text))) return i;
  }
  return lines.length;
}

function trimDir(dir: string): string {
  const d = dir.replace(/\\/g, '/').replace(/\/+$/, '');
  return d === '' ? '.' : d;
}

function chartName(chartYaml: SourceFile, dir: string): string {
  const name = yget(parseYamlStream(chartYaml).documents[0]?.root, 'name');
  if (name && name.kind === 'scalar' && name.value !== null && String(name.value) !== '') return String(name.value);
  const d = trimDir(dir);
  return d.slice(d.lastIndexOf('/') + 1);
}
