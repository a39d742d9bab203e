// A fast producer of js-yaml 5's parser events for the YAML that Kubernetes and Helm output
// use. js-yaml's `parseEvents` runs at ~4.6 MB/s on such files (its parser snapshots state
// and allocates per node) and was the largest single cost of a full lint. This is the same
// recursive descent (parseNode, readBlockMapping, readPlainScalar, ... keep js-yaml's names,
// order of attempts and offsets), with its state in one monomorphic object and no
// snapshots: it supports no tags, anchors, aliases, directives, explicit (`?`) or empty
// keys, tabs between tokens, BOMs past the start, or non-printable characters. The contract
// is equality: it returns exactly the `Event[]` `parseEvents(text, { maxDepth })` returns,
// or `undefined` as soon as the text leaves that subset or js-yaml would throw, and the
// caller then asks js-yaml (whose messages, limits and exotic constructs stay the truth).
// It never throws. Checked by test/parse/yaml/fast-events.test.ts (corpus, fuzz, mutations).

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
  testDocumentSeparator,
} from './fast-state.js';
import type { Context } from './fast-state.js';

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
  if (!parseNode(st, st.lineIndent - 1, BLOCK_OUT, false, allowCompact)) st.addEmptyScalar();
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
): boolean {
  if (st.depth >= st.maxDepth) throw Bail.it;
  st.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let allowBlockScalars = context === BLOCK_OUT || context === BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  if (allowToSeek && st.skipSeparationSpace(true)) {
    atNewLine = true;
    indentStatus = st.lineIndent > parentIndent ? 1 : st.lineIndent === parentIndent ? 0 : -1;
  }
  if (indentStatus === 1) {
    const ch = st.s.charCodeAt(st.pos);
    if (ch === 0x21 /* ! */ || ch === 0x26 /* & */) throw Bail.it; // a tag or an anchor
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || context === BLOCK_OUT) {
    const flowIndent = context === FLOW_IN || context === FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = st.pos - st.lineStart;
    if (indentStatus === 1) {
      if (
        (allowBlockCollections &&
          (readBlockSequence(st, blockIndent) || readBlockMapping(st, blockIndent, flowIndent))) ||
        readFlowCollection(st, flowIndent)
      )
        hasContent = true;
      else {
        if (st.s.charCodeAt(st.pos) === 0x2a /* * */) throw Bail.it; // an alias
        if (
          (allowBlockScalars && readBlockScalar(st, flowIndent)) ||
          readSingleQuoted(st, flowIndent) ||
          readDoubleQuoted(st, flowIndent) ||
          readPlainScalar(st, flowIndent, context)
        )
          hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(st, blockIndent);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && allowBlockScalars) {
    st.addEmptyScalar();
    hasContent = true;
  }
  st.depth--;
  return hasContent;
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

function readBlockSequence(st: FastState, nodeIndent: number): boolean {
  const s = st.s;
  if (!isEntry(s, st.pos)) return false;
  st.events.push({ type: 2, start: st.pos, anchorStart: -1, anchorEnd: -1, tagStart: -1, tagEnd: -1, style: 1 });
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

function readBlockMapping(st: FastState, nodeIndent: number, flowIndent: number): boolean {
  const s = st.s;
  let detected = false;
  let mappingOpened = false;
  let ch = s.charCodeAt(st.pos);
  while (ch !== 0) {
    const entryLine = st.line;
    // `? key` and `: value` without a key.
    if ((ch === 0x3f || ch === 0x3a) && isWsOrEolOrEnd(s.charCodeAt(st.pos + 1))) throw Bail.it;
    const keyPos = st.pos;
    const keyEvents = st.events.length;
    if (!parseNode(st, flowIndent, FLOW_OUT, false, true)) break;
    if (st.line !== entryLine) {
      if (detected) throw Bail.it;
      return true; // not a mapping: what was read is the node
    }
    ch = s.charCodeAt(st.pos);
    while (ch === 0x20 || ch === 0x09) ch = s.charCodeAt(++st.pos);
    if (ch !== 0x3a /* : */) {
      if (detected) throw Bail.it;
      return true;
    }
    ch = s.charCodeAt(++st.pos);
    if (!isWsOrEolOrEnd(ch)) throw Bail.it;
    if (!mappingOpened) {
      const start = keyPos;
      insertEvent(st.events, keyEvents, {
        type: 3,
        start,
        anchorStart: -1,
        anchorEnd: -1,
        tagStart: -1,
        tagEnd: -1,
        style: 1,
      });
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

function readFlowCollection(st: FastState, nodeIndent: number): boolean {
  const s = st.s;
  const first = s.charCodeAt(st.pos);
  if (first !== 0x5b /* [ */ && first !== 0x7b /* { */) return false;
  const isMapping = first === 0x7b;
  const terminator = isMapping ? 0x7d : 0x5d;
  const start = st.pos;
  st.events.push({
    type: isMapping ? 3 : 2,
    start,
    anchorStart: -1,
    anchorEnd: -1,
    tagStart: -1,
    tagEnd: -1,
    style: 2,
  } as Event);
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
        insertEvent(st.events, entryEvents, {
          type: 3,
          start: entryPos,
          anchorStart: -1,
          anchorEnd: -1,
          tagStart: -1,
          tagEnd: -1,
          style: 2,
        });
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
