// Builds positioned nodes from js-yaml's event stream. Events carry offsets for
// scalars, tags, anchors and collection starts; ends of collections, quotes, block
// scalar indicators and empty values are recovered here from the text.

import { COLLECTION_STYLE, EVENT_ID, getScalarValue, SCALAR_STYLE } from 'js-yaml';
import type { Event, ScalarEvent } from 'js-yaml';
import type { SourceFile } from '../source.js';
import type { YamlDocument, YamlError, YMap, YNode, YPair, YScalar, YSeq } from './ast.js';
import type { Covered } from './comments.js';
import { intern } from '../intern.js';
import { exact, MapNode, pairNode, ScalarNode, scalarNode, SeqNode } from './nodes.js';
import { resolvePlain, resolveTagged } from './scalar.js';
import { Scratch } from '../scratch.js';

export interface BuildResult {
  documents: YamlDocument[];
  error?: YamlError;
  /** Duplicate mapping keys: not fatal; consumers decide what a document that has one is worth. */
  duplicates: YamlError[];
  /** Offset up to which the text was turned into documents. */
  stoppedAt: number;
}

/** An open collection. Frames are reused by depth (one per level in use), so are their lists. */
interface Frame {
  node: MapNode | SeqNode;
  /** The pairs of a mapping, or the items of a sequence, so far. */
  list: Scratch<YPair | YNode>;
  start: number;
  anchor: string | undefined;
  /** Alias expansion count when the collection opened (for the anchor's weight). */
  costAtStart: number;
  key: YNode | undefined;
  keyStart: number;
  haveKey: boolean;
  keyIsMerge: boolean;
  /** `<<` entries: where they sat among the pairs, and their pair. */
  merges: { at: number; pair: YPair }[] | undefined;
}

interface DocState {
  explicitStart: boolean;
  explicitEnd: boolean;
  root: YNode | null;
  rootStart: number;
  rootEnd: number;
}

class AliasLimit extends Error {}

const STYLES: Record<number, YScalar['style']> = {
  [SCALAR_STYLE.PLAIN]: 'plain',
  [SCALAR_STYLE.SINGLE_QUOTED]: 'single',
  [SCALAR_STYLE.DOUBLE_QUOTED]: 'double',
  [SCALAR_STYLE.LITERAL_BLOCK]: 'literal',
  [SCALAR_STYLE.FOLDED_BLOCK]: 'folded',
};

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

export function buildDocuments(file: SourceFile, events: Event[], maxAliases: number, covered: Covered): BuildResult {
  const text = file.text;
  const documents: YamlDocument[] = [];
  const frames: Frame[] = [];
  /** Open collections: frames[0 .. depth). */
  let depth = 0;
  /** The current document's anchors; most documents have none. */
  let anchors: Map<string, { node: YNode; weight: number }> | undefined;
  let cost = 0;
  let prevEnd = 0;
  let prevDocEnd = 0;
  let doc: DocState | undefined;
  const duplicates: YamlError[] = [];

  const fail = (message: string, start: number, end: number, reason: YamlError['reason']): BuildResult => ({
    documents,
    error: { message, range: file.range(start, end), reason },
    duplicates,
    stoppedAt: prevDocEnd,
  });

  /** Attach a finished node to its parent; `start`/`end` are its token's offsets here. */
  const attach = (node: YNode, start: number, end: number, isMergeKey: boolean): void => {
    prevEnd = end;
    const top = depth > 0 ? frames[depth - 1] : undefined;
    if (!top) {
      if (doc) {
        doc.root = node;
        doc.rootStart = start;
        doc.rootEnd = end;
      }
      return;
    }
    if (top.node.kind === 'seq') {
      top.list.push(node);
      return;
    }
    if (!top.haveKey) {
      top.key = node;
      top.keyStart = start;
      top.haveKey = true;
      top.keyIsMerge = isMergeKey;
      return;
    }
    const key = top.key as YPair['key'];
    const pair: YPair = pairNode(key, node, top.keyStart, end);
    if (top.keyIsMerge) (top.merges ??= []).push({ at: top.list.length, pair });
    else top.list.push(pair);
    top.haveKey = false;
    top.key = undefined;
  };

  /** Where an empty value sits: just after its `:` or `-` indicator. */
  const emptyAt = (): number => {
    const top = depth > 0 ? frames[depth - 1] : undefined;
    if (!top) return prevEnd;
    let p = prevEnd;
    const want = top.node.kind === 'seq' ? 0x2d /* - */ : top.haveKey ? 0x3a /* : */ : -1;
    if (want === -1) return prevEnd;
    for (;;) {
      while (p < text.length && isWs(text.charCodeAt(p))) p++;
      if (text.charCodeAt(p) === 0x23 /* # */) {
        const eol = text.indexOf('\n', p);
        if (eol === -1) return prevEnd;
        p = eol;
        continue;
      }
      break;
    }
    return text.charCodeAt(p) === want ? p + 1 : prevEnd;
  };

  // Properties (anchor, tag) of the current node; kept in locals to avoid allocation.
  let propsStart = -1;
  let propsEnd = -1;
  const props = (e: { anchorStart: number; anchorEnd: number; tagStart: number; tagEnd: number }): void => {
    propsStart = -1;
    propsEnd = -1;
    if (e.anchorStart >= 0) {
      propsStart = e.anchorStart - 1;
      propsEnd = e.anchorEnd;
    }
    if (e.tagStart >= 0) {
      propsStart = propsStart === -1 ? e.tagStart : Math.min(propsStart, e.tagStart);
      propsEnd = Math.max(propsEnd, e.tagEnd);
    }
  };

  const scalar = (e: ScalarEvent): void => {
    props(e);
    const tag = e.tagStart >= 0 ? intern(text.slice(e.tagStart, e.tagEnd)) : undefined;
    const style = STYLES[e.style] ?? 'plain';
    let start: number;
    let end: number;
    let decoded: string;
    // Plain and quoted scalars are the text of their range (less the quotes): the node
    // reads its source from the file. Block scalars and property-only empty values keep theirs.
    let kept: string | undefined;
    if (e.valueStart < 0) {
      // An empty value: `key:`, `- `, or only properties (`key: !!str`).
      if (propsStart >= 0) {
        start = propsStart;
        end = propsEnd;
        kept = '';
      } else {
        start = end = emptyAt();
      }
      decoded = '';
    } else {
      if (style === 'single' || style === 'double') {
        start = e.valueStart - 1;
        end = e.valueEnd + 1;
        covered.add(start, end);
      } else if (style === 'literal' || style === 'folded') {
        [start, end] = blockScalarSpan(e, propsEnd);
        covered.add(start, end);
        kept = intern(text.slice(e.valueStart, e.valueEnd));
      } else {
        start = e.valueStart;
        end = e.valueEnd;
      }
      decoded = !e.fast ? getScalarValue(text, e) : (kept ?? intern(text.slice(e.valueStart, e.valueEnd)));
    }
    if (e.anchorStart < 0 && e.tagStart < 0 && style === 'plain' && e.valueStart < 0 && depth === 0) {
      // An empty document: nothing but comments, or a bare `---`.
      prevEnd = Math.max(prevEnd, start);
      return;
    }
    const value = tag !== undefined ? resolveTagged(decoded, tag) : style === 'plain' ? resolvePlain(decoded) : decoded;
    const node: YScalar =
      kept === undefined && tag === undefined
        ? new ScalarNode(value, style, file, start, end)
        : scalarNode(value, kept, style, file, start, end, tag);
    if (e.anchorStart >= 0) (anchors ??= new Map()).set(text.slice(e.anchorStart, e.anchorEnd), { node, weight: 0 });
    const isMergeKey =
      style === 'plain' && tag === undefined && e.valueEnd - e.valueStart === 2 && text.startsWith('<<', e.valueStart);
    attach(node, start, end, isMergeKey);
  };

  /** A block scalar spans from its `|`/`>` indicator to its last non-blank character. */
  const blockScalarSpan = (e: ScalarEvent, propsEnd: number): [number, number] => {
    const vs = e.valueStart;
    const nl = vs > 0 && text[vs - 1] === '\n' ? vs - 1 : vs;
    const headerStart = nl > 0 ? text.lastIndexOf('\n', nl - 1) + 1 : 0;
    let p = Math.max(headerStart, propsEnd, prevEnd);
    const limit = Math.max(vs, p);
    while (p < limit && text[p] !== '|' && text[p] !== '>') p++;
    const indicator = p < limit ? p : vs;
    let headerEnd = indicator + 1;
    while (headerEnd < text.length && /[-+0-9]/.test(text[headerEnd])) headerEnd++;
    if (indicator === vs) headerEnd = vs;
    else covered.add(indicator, headerEnd);
    let end = e.valueEnd;
    while (end > vs && isWs(text.charCodeAt(end - 1))) end--;
    // An empty body ends at the header.
    return [indicator, end > vs ? end : headerEnd];
  };

  const closeCollection = (): void => {
    const f = frames[--depth];
    let end = prevEnd;
    if (f.node.flow) {
      const close = f.node.kind === 'map' ? '}' : ']';
      let p = prevEnd;
      while (p < text.length) {
        const ch = text[p];
        if (ch === close) {
          end = p + 1;
          break;
        }
        if (ch === '#') {
          const eol = text.indexOf('\n', p);
          p = eol === -1 ? text.length : eol;
        } else if (ch === ',' || isWs(text.charCodeAt(p))) p++;
        else break;
      }
    }
    if (f.haveKey && f.node.kind === 'map') {
      // A flow key without a value (`{a}`): its value is null, placed after the key.
      const nullNode: YScalar = scalarNode(null, '', 'plain', file, prevEnd, prevEnd);
      depth++;
      attach(nullNode, prevEnd, prevEnd, false);
      depth--;
    }
    // An exactly sized list: trees live for the whole run.
    const list = f.list.take();
    if (f.node.kind === 'map' && list.length > 1) {
      const dup = duplicateKey(list as YPair[]);
      if (dup) {
        const [first, again] = dup;
        const key = String((again.key as YScalar).value);
        duplicates.push({
          message:
            `duplicate key "${key}": already set on line ${first.key.range.start.line}. YAML and the Kubernetes API ` +
            'refuse a mapping that repeats a key, so this document is not linted',
          range: again.key.range,
          reason: 'duplicate-key',
          document: documents.length,
        });
      }
    }
    if (f.node.kind === 'map')
      f.node.pairs = f.merges ? exact(applyMerges(list as YPair[], f.merges)) : (list as YPair[]);
    else f.node.items = list as YNode[];
    f.node.close(end);
    if (f.anchor !== undefined) (anchors ??= new Map()).set(f.anchor, { node: f.node, weight: cost - f.costAtStart });
    attach(f.node, f.start, end, false);
  };

  const finishDocument = (d: DocState): void => {
    let start: number;
    if (d.explicitStart) {
      const m = d.root ? markerBefore(text, d.rootStart, prevDocEnd) : markerAfter(text, '---', prevDocEnd);
      start = m >= 0 ? m : d.root ? d.rootStart : prevDocEnd;
    } else start = d.root ? d.rootStart : prevDocEnd;
    let end = d.root ? d.rootEnd : d.explicitStart ? Math.min(start + 3, text.length) : start;
    if (d.explicitEnd) {
      const m = markerAfter(text, '...', end);
      if (m >= 0) end = m + 3;
    }
    documents.push({ root: d.root, range: file.span(start, end), index: documents.length });
    prevDocEnd = end;
    prevEnd = end;
  };

  try {
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      switch (e.type) {
        case EVENT_ID.DOCUMENT:
          doc = {
            explicitStart: e.explicitStart,
            explicitEnd: e.explicitEnd,
            root: null,
            rootStart: -1,
            rootEnd: -1,
          };
          anchors = undefined;
          cost = 0;
          break;
        case EVENT_ID.SCALAR:
          scalar(e);
          break;
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE: {
          props(e);
          const flow = e.style === COLLECTION_STYLE.FLOW;
          const node: MapNode | SeqNode =
            e.type === EVENT_ID.MAPPING ? new MapNode(flow, file, e.start) : new SeqNode(flow, file, e.start);
          if (e.tagStart >= 0) node.tag = text.slice(e.tagStart, e.tagEnd);
          const f = (frames[depth] ??= {
            node,
            list: new Scratch(),
            start: -1,
            anchor: undefined,
            costAtStart: 0,
            key: undefined,
            keyStart: -1,
            haveKey: false,
            keyIsMerge: false,
            merges: undefined,
          });
          depth++;
          f.node = node;
          f.start = e.start;
          f.anchor = e.anchorStart >= 0 ? text.slice(e.anchorStart, e.anchorEnd) : undefined;
          f.costAtStart = cost;
          f.key = undefined;
          f.keyStart = -1;
          f.haveKey = false;
          f.keyIsMerge = false;
          f.merges = undefined;
          prevEnd = flow ? e.start + 1 : e.start;
          break;
        }
        case EVENT_ID.ALIAS: {
          const start = e.anchorStart - 1;
          const name = text.slice(e.anchorStart, e.anchorEnd);
          const target = anchors?.get(name);
          if (!target) return fail(`unknown anchor "${name}"`, start, e.anchorEnd, 'syntax');
          // Count what a consumer expanding the tree would dereference, so nested
          // aliases (billion laughs) hit the limit as well as many flat ones.
          cost += 1 + target.weight;
          if (cost > maxAliases) throw new AliasLimit(`${start}:${e.anchorEnd}`);
          attach(target.node, start, e.anchorEnd, false);
          break;
        }
        case EVENT_ID.POP:
          if (depth > 0) closeCollection();
          else if (doc) {
            finishDocument(doc);
            doc = undefined;
          }
          break;
      }
    }
  } catch (err) {
    if (!(err instanceof AliasLimit)) throw err;
    const [s, en] = err.message.split(':').map(Number);
    return fail(
      `too many aliases: expanding this document dereferences more than ${maxAliases} aliases`,
      s,
      en,
      'aliases',
    );
  }
  return { documents, duplicates, stoppedAt: text.length };
}

/** Pairs with `<<` merges resolved: explicit keys win, then earlier merged maps. */
/** The first pair whose scalar key repeats an earlier one, with that earlier pair. */
function duplicateKey(pairs: YPair[]): [YPair, YPair] | undefined {
  const keyOf = (p: YPair) => (p.key.kind === 'scalar' ? String(p.key.value) : undefined);
  if (pairs.length <= 8) {
    // Most mappings are small: compare in place rather than allocate a set per mapping.
    for (let i = 1; i < pairs.length; i++) {
      const k = keyOf(pairs[i]);
      if (k === undefined) continue;
      for (let j = 0; j < i; j++) if (keyOf(pairs[j]) === k) return [pairs[j], pairs[i]];
    }
    return undefined;
  }
  const seen = new Map<string, YPair>();
  for (const p of pairs) {
    const k = keyOf(p);
    if (k === undefined) continue;
    const first = seen.get(k);
    if (first) return [first, p];
    seen.set(k, p);
  }
  return undefined;
}

function applyMerges(pairs: YPair[], merges: { at: number; pair: YPair }[]): YPair[] {
  const seen = new Set<string>();
  for (const p of pairs) if (p.key.kind === 'scalar') seen.add(String(p.key.value));
  const out: YPair[] = [];
  let mi = 0;
  const emitMerge = (m: { pair: YPair }) => {
    const v = m.pair.value;
    const sources =
      v.kind === 'map'
        ? [v]
        : v.kind === 'seq' && v.items.every((x) => x.kind === 'map')
          ? (v.items as YMap[])
          : undefined;
    if (!sources) {
      out.push(m.pair); // Not a valid merge: keep it as an ordinary pair.
      return;
    }
    for (const src of sources)
      for (const p of src.pairs) {
        const k = p.key.kind === 'scalar' ? String(p.key.value) : undefined;
        if (k !== undefined) {
          if (seen.has(k)) continue;
          seen.add(k);
        }
        out.push(p);
      }
  };
  for (let i = 0; i <= pairs.length; i++) {
    while (mi < merges.length && merges[mi].at === i) emitMerge(merges[mi++]);
    if (i < pairs.length) out.push(pairs[i]);
  }
  return out;
}

function isMarkerAt(text: string, i: number, marker: string): boolean {
  if (i > 0 && text[i - 1] !== '\n') return false;
  if (!text.startsWith(marker, i)) return false;
  const c = text.charCodeAt(i + 3);
  return i + 3 >= text.length || isWs(c);
}

/** The `---` line at or before `from` (searching back to `lowerBound`), or -1. */
export function markerBefore(text: string, from: number, lowerBound: number): number {
  let ls = text.lastIndexOf('\n', from - 1) + 1;
  while (ls >= lowerBound) {
    if (isMarkerAt(text, ls, '---')) return ls;
    if (ls === 0) break;
    ls = ls >= 2 ? text.lastIndexOf('\n', ls - 2) + 1 : 0;
  }
  return -1;
}

/** The first `marker` line (`---` or `...`) at or after `from`, or -1. */
export function markerAfter(text: string, marker: string, from: number): number {
  for (let i = text.indexOf(marker, from); i !== -1; i = text.indexOf(marker, i + 1))
    if (isMarkerAt(text, i, marker)) return i;
  return -1;
}
