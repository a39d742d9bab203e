// Where in a Helm template a node of the rendered output was written: the key path of
// the rendered node is walked through the template's YAML structure (direct children
// only, list items chosen by their own `name:`), following `include`/`template` calls
// into helpers when the template does not write the key itself.

import type { Range } from '../source.js';
import { keyColumn, literalValue, splitDocuments, escapeRe, type Region, type TLine } from './helm-template.js';

/** A map key, or a list item with the `name:` the rendered item has (containers, env, ports...). */
export type PathStep = string | { index: number; name?: string };

export type Helpers = (name: string) => Region | undefined;

export interface Located {
  /** How many steps of the path the template writes. */
  matched: number;
  region: Region;
  line: TLine;
  range: Range;
}

interface Block {
  region: Region;
  /** Line indices [from, to) in region.lines, the owner line excluded. */
  from: number;
  to: number;
  /** Index of the line that owns the block (a key or a list item). */
  owner?: number;
  ownerIsItem?: boolean;
}

const MAX_HELPER_DEPTH = 8;

/**
 * Locates `path` in one of `documents` (a template file's, or a helper's): the document
 * whose literal `kind:` is the rendered kind (and `name:` the rendered name) first.
 */
export function locatePath(
  path: PathStep[],
  documents: Region[],
  identity: { kind?: string; name?: string },
  helpers: Helpers,
  depth = 0,
): Located | undefined {
  let best: Located | undefined;
  for (const doc of rankDocuments(documents, identity)) {
    const found = walk({ region: doc, from: 0, to: doc.lines.length }, path, 0, identity, helpers, depth);
    if (found && (!best || found.matched > best.matched)) best = found;
    if (best && best.matched === path.length) break;
  }
  return best;
}

function rankDocuments(documents: Region[], { kind, name }: { kind?: string; name?: string }): Region[] {
  if (documents.length <= 1) return documents;
  const scored = documents.map((d, i) => {
    let score = 0;
    const top = topKeyLines(d, 'kind');
    const literal = top.map((l) => literalValue(l.text, 'kind')).find((v) => v !== undefined);
    if (kind !== undefined && literal !== undefined) score += literal === kind ? 4 : -10;
    if (name !== undefined && d.lines.some((l) => !l.directive && literalValue(l.text, 'name') === name)) score += 1;
    return { d, i, score };
  });
  const kept = scored.filter((s) => s.score >= 0);
  return (kept.length > 0 ? kept : scored).sort((a, b) => b.score - a.score || a.i - b.i).map((s) => s.d);
}

function topKeyLines(region: Region, key: string): TLine[] {
  const structural = region.lines.filter((l) => !l.directive);
  if (structural.length === 0) return [];
  const col = Math.min(...structural.map((l) => l.indent));
  const re = keyRe(key);
  return structural.filter((l) => l.indent === col && re.test(l.text.slice(col)));
}

function walk(
  block: Block,
  path: PathStep[],
  i: number,
  identity: { kind?: string; name?: string },
  helpers: Helpers,
  depth: number,
): Located | undefined {
  if (i >= path.length) return undefined;
  const step = path[i];
  const lines = block.region.lines;
  const hit = typeof step === 'string' ? findKey(block, step) : findItem(block, step);
  if (hit !== undefined) {
    const line = lines[hit.index];
    const here: Located = { matched: i + 1, region: block.region, line, range: hit.range };
    const child = typeof step === 'string' ? keyBlock(block.region, hit.index) : itemBlock(block.region, hit.index);
    const deeper = walk(child, path, i + 1, identity, helpers, depth);
    return deeper && deeper.matched > here.matched ? deeper : here;
  }
  // Not written here: a helper called at this level may write it.
  if (depth >= MAX_HELPER_DEPTH) return undefined;
  let best: Located | undefined;
  for (const name of callsIn(block)) {
    const helper = helpers(name);
    if (!helper) continue;
    const docs = splitDocuments(helper.file, helper.lines);
    const found =
      i === 0
        ? locatePath(path, docs, identity, helpers, depth + 1)
        : walk({ region: helper, from: 0, to: helper.lines.length }, path, i, identity, helpers, depth + 1);
    if (found && (!best || found.matched > best.matched)) best = found;
  }
  return best;
}

/** Helper names called at this block's level (its owner line included: `labels: {{- include ... }}`). */
function callsIn(block: Block): string[] {
  const lines = block.region.lines;
  const names: string[] = [];
  if (block.owner !== undefined) names.push(...lines[block.owner].calls);
  for (let i = block.from; i < block.to; i++) names.push(...lines[i].calls);
  return [...new Set(names)];
}

/** The column of the block's direct children, and the lines at it. */
function directLines(block: Block): { col: number; lines: number[] } {
  const lines = block.region.lines;
  let col = Infinity;
  for (let i = block.from; i < block.to; i++) if (!lines[i].directive) col = Math.min(col, lines[i].indent);
  const out: number[] = [];
  for (let i = block.from; i < block.to; i++) if (!lines[i].directive && lines[i].indent === col) out.push(i);
  return { col, lines: out };
}

const keyRe = (key: string) => new RegExp(`^(["']?)${escapeRe(key)}\\1\\s*:(\\s|$)`);

function findKey(block: Block, key: string): { index: number; range: Range } | undefined {
  const lines = block.region.lines;
  const re = keyRe(key);
  const candidates: { index: number; col: number }[] = [];
  // A list item's first key sits on the item line itself (`- name: x`).
  if (block.owner !== undefined && block.ownerIsItem) {
    const owner = lines[block.owner];
    candidates.push({ index: block.owner, col: keyColumn(owner.text) });
    for (let i = block.from; i < block.to; i++) {
      const l = lines[i];
      if (!l.directive && l.indent === candidates[0].col && !/^\s*-(\s|$)/.test(l.text))
        candidates.push({ index: i, col: l.indent });
    }
  } else {
    const direct = directLines(block);
    for (const i of direct.lines)
      if (!/^\s*-(\s|$)/.test(lines[i].text)) candidates.push({ index: i, col: direct.col });
  }
  for (const c of candidates) {
    const line = lines[c.index];
    if (!re.test(line.text.slice(c.col))) continue;
    const quoted = /["']/.test(line.text[c.col]) ? 2 : 0;
    return { index: c.index, range: textRange(block.region, line, c.col, key.length + quoted) };
  }
  return undefined;
}

function findItem(block: Block, step: { index: number; name?: string }): { index: number; range: Range } | undefined {
  const lines = block.region.lines;
  const direct = directLines(block);
  const items = direct.lines.filter((i) => /^\s*-(\s|$)/.test(lines[i].text));
  if (items.length === 0) return undefined;
  const at = (i: number) => ({ index: i, range: textRange(block.region, lines[i], lines[i].indent, 1) });
  if (step.name === undefined) {
    if (step.index < items.length) return at(items[step.index]);
    // A `range` writes one item for many: it is the one when it is alone.
    return items.length === 1 ? at(items[0]) : undefined;
  }
  const names = items.map((i) => itemName(block.region, i));
  const literal = names.findIndex((n) => n.kind === 'literal' && n.value === step.name);
  if (literal >= 0) return at(items[literal]);
  // Otherwise an item whose name is templated (or absent): never one named otherwise.
  const open = items.filter((_, k) => names[k].kind !== 'literal');
  if (open.length === 0) return undefined;
  const same = items[step.index];
  return at(same !== undefined && open.includes(same) ? same : open[0]);
}

type ItemName = { kind: 'literal'; value: string } | { kind: 'templated' } | { kind: 'none' };

/** The item's own `name:` key (on its `- ` line or a direct key under it), not a nested one's. */
function itemName(region: Region, itemIndex: number): ItemName {
  const block = itemBlock(region, itemIndex);
  const found = findKey(block, 'name');
  if (!found) return { kind: 'none' };
  const value = literalValue(region.lines[found.index].text, 'name');
  return value === undefined ? { kind: 'templated' } : { kind: 'literal', value };
}

function keyBlock(region: Region, index: number): Block {
  const lines = region.lines;
  const owner = lines[index];
  const col = keyColumn(owner.text);
  let end = index + 1;
  for (; end < lines.length; end++) {
    const l = lines[end];
    if (l.directive) continue;
    if (l.indent > col) continue;
    // `key:` followed by a list at the same indent.
    if (l.indent === col && /^\s*-(\s|$)/.test(l.text) && owner.indent === col) continue;
    break;
  }
  return { region, from: index + 1, to: trimTrailing(lines, index + 1, end), owner: index };
}

function itemBlock(region: Region, index: number): Block {
  const lines = region.lines;
  const col = lines[index].indent;
  let end = index + 1;
  for (; end < lines.length; end++) {
    const l = lines[end];
    if (!l.directive && l.indent <= col) break;
  }
  return { region, from: index + 1, to: trimTrailing(lines, index + 1, end), owner: index, ownerIsItem: true };
}

/** Directive lines after a block's last structural line belong to what follows (`{{- end }}`, the next `include`). */
function trimTrailing(lines: TLine[], from: number, end: number): number {
  let to = end;
  while (to > from && lines[to - 1].directive && lines[to - 1].calls.length === 0) to--;
  return to;
}

function textRange(region: Region, line: TLine, col: number, length: number): Range {
  const start = region.file.lineStart(line.n) + col;
  return region.file.range(start, start + length);
}
