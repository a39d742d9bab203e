// A fast producer of js-yaml 5's parser events for the YAML that Kubernetes and Helm output
// use. js-yaml's `parseEvents` runs at ~5 MB/s on such files (its parser state is one
// generic object, and it snapshots it and allocates for every node) and was the largest
// single cost of a full lint. This is the same recursive descent (parseNode,
// readBlockMapping, readPlainScalar, ... keep js-yaml's names, order of attempts and
// offsets) with monomorphic state and no allocation but the events on the common path. It
// leaves to js-yaml: directives, explicit (`?`) and empty keys, `!name!` tag handles, tabs
// between tokens, BOMs past the start, non-printable characters and nesting past 200.
// The contract is equality: it returns exactly the `Event[]` `parseEvents(text, { maxDepth })`
// returns, or `undefined` as soon as the text leaves that subset or js-yaml would throw, and
// the caller then asks js-yaml (whose messages, limits and exotic constructs stay the
// truth). It never throws. Checked by test/parse/yaml/fast-events.test.ts (fixtures,
// corpus, generated streams, mutations, token soups).

import type { Event } from 'js-yaml';
import { readBlockScalar, readDoubleQuoted, readPlainScalar, readSingleQuoted } from './fast-scalars.js';
import {
  BLOCK_IN,
  BLOCK_OUT,
  Bail,
  FLOW_IN,
  FLOW_OUT,
  FastState,
  isWsOrEol,
  isWsOrEolOrEnd,
  NO_PROPS,
  testDocumentSeparator,
} from './fast-state.js';
import type { Context, Props, Snapshot } from './fast-state.js';
import { hasProps, newProps, readAlias, readAnchorProperty, readTagProperty } from './fast-props.js';

/** Recursion guard when the caller's maxDepth is huge: deeper texts go to js-yaml. */
const MAX_NESTING = 200;

/** js-yaml's events for `text`, or `undefined` when the text is outside the fast subset. */
export function fastEvents(text: string, maxDepth: number): Event[] | undefined {
  try {
    // A NUL is an error for js-yaml; a BOM anywhere but first needs its look-ahead.
    if (text.indexOf('\0') !== -1 || text.indexOf('\uFEFF', 1) !== -1) return undefined;
    const st = new FastState(text, Math.min(maxDepth, MAX_NESTING));
    while (st.pos < st.length) {
      st.skipByteOrderMark();
      st.skipSeparationSpace(true);
      if (st.pos >= st.length) break;
      const documentStart = st.pos;
      readDocument(st);
      if (st.pos === documentStart) return undefined;
    }
    return st.events;
  } catch {
    // A Bail: outside the subset, or js-yaml would throw. Anything else (a bug, a stack
    // overflow) is no reason to fail the file either: js-yaml decides.
    return undefined;
  }
}

function readDocument(st: FastState): void {
  const s = st.s;
  st.skipSeparationSpace(true);
  if (st.lineIndent === 0 && s.charCodeAt(st.pos) === 0x25 /* % */) throw Bail.it; // directive
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (st.lineIndent === 0 && testDocumentSeparator(s, st.pos) && s.charCodeAt(st.pos) === 0x2d) {
    explicitStart = true;
    const markerLine = st.line;
    st.pos += 3;
    st.skipSeparationSpace(true);
    allowCompact = st.line > markerLine;
  }
  const documentEventIndex = st.events.length;
  if (
    !explicitStart &&
    st.pos === st.lineStart &&
    s.charCodeAt(st.pos) === 0x2e /* . */ &&
    testDocumentSeparator(s, st.pos)
  ) {
    st.pos += 3;
    st.skipSeparationSpace(true);
    return;
  }
  st.events.push({ type: 1, explicitStart, explicitEnd: false, directives: [] });
  if (!parseNode(st, st.lineIndent - 1, BLOCK_OUT, false, allowCompact, allowCompact)) st.addEmptyScalar();
  st.skipSeparationSpace(true);
  if (st.pos === st.lineStart && testDocumentSeparator(s, st.pos)) {
    explicitEnd = s.charCodeAt(st.pos) === 0x2e;
    if (explicitEnd) {
      const markerLine = st.line;
      st.pos += 3;
      st.skipSeparationSpace(true);
      if (st.line === markerLine && st.pos < st.length) throw Bail.it;
    }
  }
  const documentEvent = st.events[documentEventIndex];
  if (documentEvent.type === 1) documentEvent.explicitEnd = explicitEnd;
  st.addPop();
  if (!explicitEnd && st.pos < st.length && !st.testDocumentBoundary()) throw Bail.it;
}

function parseNode(
  st: FastState,
  parentIndent: number,
  context: Context,
  allowToSeek: boolean,
  allowCompact: boolean,
  allowPropertyMapping = true,
): boolean {
  if (st.depth >= st.maxDepth) throw Bail.it;
  st.depth++;
  const s = st.s;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let props: Readonly<Props> = NO_PROPS;
  let propertyStart: Snapshot | undefined;
  let allowBlockScalars = context === BLOCK_OUT || context === BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && st.skipSeparationSpace(true)) {
    atNewLine = true;
    indentStatus = st.lineIndent > parentIndent ? 1 : st.lineIndent === parentIndent ? 0 : -1;
  }
  // Tags and anchors (most nodes have none: the loop ends at its first test).
  if (indentStatus === 1)
    for (;;) {
      const ch = s.charCodeAt(st.pos);
      if (ch !== 0x21 /* ! */ && ch !== 0x26 /* & */) break;
      const propertyState = st.snapshot();
      if (atNewLine && indentStatus !== 1) break;
      if (atNewLine && allowBlockStyles && hasProps(props)) {
        // Properties on a line of their own, then more: they may be a mapping's.
        const fallback = st.snapshot();
        if (
          readBlockMapping(st, st.pos - st.lineStart, parentIndent + 1, props) &&
          st.events[fallback.events]?.type === 3
        ) {
          st.depth--;
          return true;
        }
        st.restore(fallback);
      }
      if (atNewLine && ((ch === 0x21 && props.tagStart !== -1) || (ch === 0x26 && props.anchorStart !== -1))) break;
      if (props === NO_PROPS) props = newProps();
      if (!readTagProperty(st, props as Props, context === FLOW_IN) && !readAnchorProperty(st, props as Props)) break;
      propertyStart ??= propertyState;
      if (st.skipSeparationSpace(true)) {
        atNewLine = true;
        allowBlockCollections = allowBlockStyles;
        indentStatus = st.lineIndent > parentIndent ? 1 : st.lineIndent === parentIndent ? 0 : -1;
      } else allowBlockCollections = false;
    }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || context === BLOCK_OUT) {
    const flowIndent = context === FLOW_IN || context === FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = st.pos - st.lineStart;
    if (indentStatus === 1) {
      if (
        (allowBlockCollections &&
          (readBlockSequence(st, blockIndent, props) || readBlockMapping(st, blockIndent, flowIndent, props))) ||
        readFlowCollection(st, flowIndent, props)
      )
        hasContent = true;
      else {
        const ch = s.charCodeAt(st.pos);
        if (
          propertyStart !== undefined &&
          allowPropertyMapping &&
          allowBlockStyles &&
          !allowBlockCollections &&
          ch !== 0x7c &&
          ch !== 0x3e
        ) {
          // `&a key: value`: the properties may be the first key's, in a mapping here.
          const fallback = st.snapshot();
          const propertyIndent = propertyStart.pos - propertyStart.lineStart;
          st.restore(propertyStart);
          if (readBlockMapping(st, propertyIndent, flowIndent, NO_PROPS) && st.events[fallback.events]?.type === 3)
            hasContent = true;
          else st.restore(fallback);
        }
        if (
          !hasContent &&
          ((allowBlockScalars && readBlockScalar(st, flowIndent, props)) ||
            readSingleQuoted(st, flowIndent, props) ||
            readDoubleQuoted(st, flowIndent, props) ||
            readAlias(st, props) ||
            readPlainScalar(st, flowIndent, context, props))
        )
          hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(st, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (hasProps(props) || allowBlockScalars)) {
    st.addEmptyScalar(props);
    hasContent = true;
  }
  st.depth--;
  return hasContent || hasProps(props);
}

/** A SEQUENCE (2) or MAPPING (3) event, fields in js-yaml's order. */
function collectionEvent(type: 2 | 3, start: number, p: Readonly<Props>, style: 1 | 2): Event {
  return {
    type,
    start,
    anchorStart: p.anchorStart,
    anchorEnd: p.anchorEnd,
    tagStart: p.tagStart,
    tagEnd: p.tagEnd,
    style,
  } as Event;
}

/** `events.splice(at, 0, e)` without splice's generic cost: only the key's few events move. */
function insertEvent(events: Event[], at: number, e: Event): void {
  let i = events.length;
  events.push(e);
  for (; i > at; i--) events[i] = events[i - 1];
  events[at] = e;
}

function isEntry(s: string, pos: number): boolean {
  return s.charCodeAt(pos) === 0x2d /* - */ && isWsOrEolOrEnd(s.charCodeAt(pos + 1));
}

function readBlockSequence(st: FastState, nodeIndent: number, props: Readonly<Props>): boolean {
  const s = st.s;
  if (!isEntry(s, st.pos)) return false;
  st.events.push(collectionEvent(2, st.pos, props, 1));
  while (isEntry(s, st.pos)) {
    const entryLine = st.line;
    st.pos++;
    const hadBreak = st.skipSeparationSpace(true) > 0;
    if (hadBreak && st.lineIndent <= nodeIndent) st.addEmptyScalar();
    else parseNode(st, nodeIndent, BLOCK_IN, false, true);
    st.skipSeparationSpace(true);
    if (st.lineIndent < nodeIndent || st.pos >= st.length) break;
    if (st.lineIndent > nodeIndent) throw Bail.it;
    if (st.line === entryLine && isEntry(s, st.pos)) throw Bail.it;
  }
  st.addPop();
  return true;
}

function readBlockMapping(st: FastState, nodeIndent: number, flowIndent: number, props: Readonly<Props>): boolean {
  const s = st.s;
  let detected = false;
  let mappingOpened = false;
  let ch = s.charCodeAt(st.pos);
  while (ch !== 0) {
    const entryLine = st.line;
    // `? key` and `: value` without a key.
    if ((ch === 0x3f || ch === 0x3a) && isWsOrEolOrEnd(s.charCodeAt(st.pos + 1))) throw Bail.it;
    const beforeKey = props === NO_PROPS ? undefined : st.snapshot();
    const keyPos = st.pos;
    const keyEvents = st.events.length;
    if (!parseNode(st, flowIndent, FLOW_OUT, false, true)) break;
    if (st.line === entryLine) {
      ch = s.charCodeAt(st.pos);
      while (ch === 0x20 || ch === 0x09) ch = s.charCodeAt(++st.pos);
    }
    if (st.line !== entryLine || ch !== 0x3a /* : */) {
      if (detected) throw Bail.it;
      // Not a mapping: what was read is the node, unless it has the properties.
      if (beforeKey !== undefined && hasProps(props)) {
        st.restore(beforeKey);
        return false;
      }
      return true;
    }
    ch = s.charCodeAt(++st.pos);
    if (!isWsOrEolOrEnd(ch)) throw Bail.it;
    if (!mappingOpened) {
      const start = keyPos;
      insertEvent(st.events, keyEvents, collectionEvent(3, start, props, 1));
      mappingOpened = true;
    }
    detected = true;
    parseNode(st, nodeIndent, BLOCK_OUT, true, false);
    st.skipSeparationSpace(true);
    ch = s.charCodeAt(st.pos);
    if ((st.line === entryLine || st.lineIndent > nodeIndent) && ch !== 0) throw Bail.it;
    else if (st.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (mappingOpened) st.addPop();
  return true;
}

function skipFlowSeparationSpace(st: FastState, nodeIndent: number): void {
  const startLine = st.line;
  st.skipSeparationSpace(true);
  if (st.line > startLine && st.lineIndent < nodeIndent) throw Bail.it;
}

function readFlowCollection(st: FastState, nodeIndent: number, props: Readonly<Props>): boolean {
  const s = st.s;
  const first = s.charCodeAt(st.pos);
  if (first !== 0x5b /* [ */ && first !== 0x7b /* { */) return false;
  const isMapping = first === 0x7b;
  const terminator = isMapping ? 0x7d : 0x5d;
  const start = st.pos;
  st.events.push(collectionEvent(isMapping ? 3 : 2, start, props, 2));
  st.pos++;
  let readNext = true;
  while (s.charCodeAt(st.pos) !== 0) {
    skipFlowSeparationSpace(st, nodeIndent);
    let ch = s.charCodeAt(st.pos);
    if (ch === terminator) {
      st.pos++;
      st.addPop();
      return true;
    }
    if (!readNext || ch === 0x2c /* , */) throw Bail.it;
    // `? key` explicit pairs.
    if (ch === 0x3f && isWsOrEol(s.charCodeAt(st.pos + 1))) throw Bail.it;
    const entryLine = st.line;
    const entryPos = st.pos;
    const entryEvents = st.events.length;
    const keyWasRead = parseNode(st, nodeIndent, FLOW_IN, false, true);
    skipFlowSeparationSpace(st, nodeIndent);
    ch = s.charCodeAt(st.pos);
    if ((isMapping || st.line === entryLine) && ch === 0x3a /* : */) {
      st.pos++;
      skipFlowSeparationSpace(st, nodeIndent);
      if (!isMapping)
        // `[a: b]`: a single-pair mapping inside the sequence.
        insertEvent(st.events, entryEvents, collectionEvent(3, entryPos, NO_PROPS, 2));
      if (!keyWasRead) st.addEmptyScalar();
      if (!parseNode(st, nodeIndent, FLOW_IN, false, true)) st.addEmptyScalar();
      skipFlowSeparationSpace(st, nodeIndent);
      if (!isMapping) st.addPop();
    } else if (isMapping) st.addEmptyScalar();
    ch = s.charCodeAt(st.pos);
    if (ch === 0x2c) {
      readNext = true;
      st.pos++;
    } else readNext = false;
  }
  throw Bail.it;
}
