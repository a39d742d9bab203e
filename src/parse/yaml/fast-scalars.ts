// Scalar readers of the fast event producer (see fast-events.ts): js-yaml 5.5's
// readPlainScalar, readSingleQuotedScalar, readDoubleQuotedScalar and readBlockScalar,
// with the same offsets, `fast` flags and errors (as bails).

import {
  Bail,
  FLOW_IN,
  FastState,
  isEol,
  isFlowIndicator,
  isWhiteSpace,
  isWsOrEol,
  isWsOrEolOrEnd,
  testDocumentSeparator,
} from './fast-state.js';
import type { Context, Props } from './fast-state.js';

const PLAIN = 1;
const SINGLE_QUOTED = 2;
const DOUBLE_QUOTED = 3;
const LITERAL_BLOCK = 4;
const FOLDED_BLOCK = 5;
const CLIP = 1;
const STRIP = 2;
const KEEP = 3;

function canStartPlainScalar(s: string, pos: number, context: Context): boolean {
  const ch = s.charCodeAt(pos);
  if (
    ch === 0 ||
    isWsOrEol(ch) ||
    ch === 0x23 /* # */ ||
    ch === 0x26 /* & */ ||
    ch === 0x2a /* * */ ||
    ch === 0x21 /* ! */ ||
    ch === 0x7c /* | */ ||
    ch === 0x3e /* > */ ||
    ch === 0x27 /* ' */ ||
    ch === 0x22 /* " */ ||
    ch === 0x25 /* % */ ||
    ch === 0x40 /* @ */ ||
    ch === 0x60 /* ` */ ||
    isFlowIndicator(ch)
  )
    return false;
  if (ch === 0x3f /* ? */ || ch === 0x2d /* - */) {
    const following = s.charCodeAt(pos + 1);
    if (isWsOrEolOrEnd(following) || (context === FLOW_IN && isFlowIndicator(following))) return false;
  }
  return true;
}

/**
 * What a plain scalar does at an ASCII character: 0 goes on, 1 needs a look (NUL, blank,
 * line break, `:`, `#`), 2 ends it inside a flow collection (`,[]{}`) and goes on outside,
 * 3 is a control character js-yaml refuses in a plain scalar.
 */
const PLAIN_CLASS = new Uint8Array(128).fill(3, 0, 0x20);
for (const c of [0, 0x09, 0x0a, 0x0d, 0x20, 0x3a, 0x23]) PLAIN_CLASS[c] = 1;
for (const c of [0x2c, 0x5b, 0x5d, 0x7b, 0x7d]) PLAIN_CLASS[c] = 2;
PLAIN_CLASS[0x7f] = 3;

export function readPlainScalar(st: FastState, nodeIndent: number, context: Context, props: Readonly<Props>): boolean {
  const s = st.s;
  if (!canStartPlainScalar(s, st.pos, context)) return false;
  // js-yaml tests for a document marker at every character; only a line's first can be one.
  if (st.testDocumentBoundary()) return false;
  const inFlow = context === FLOW_IN;
  const start = st.pos;
  let end = start;
  let pos = start;
  let ch = s.charCodeAt(pos);
  let multiline = false;
  /** Past ASCII: js-yaml's printable check has something to look at. */
  let wide = false;
  while (ch !== 0) {
    let cls = 0;
    if (ch < 128) cls = PLAIN_CLASS[ch];
    else wide = true;
    if (cls === 0 || (cls === 2 && !inFlow)) {
      end = ++pos;
      ch = s.charCodeAt(pos);
      continue;
    }
    // Inside the scalar (every character the loop takes is), js-yaml would throw.
    if (cls === 3) throw Bail.it;
    if (ch === 0x3a /* : */) {
      const following = s.charCodeAt(pos + 1);
      if (isWsOrEolOrEnd(following) || (inFlow && isFlowIndicator(following))) break;
    } else if (ch === 0x23 /* # */) {
      if (isWsOrEol(s.charCodeAt(pos - 1))) break;
    } else if (cls === 2) break;
    else if (ch === 0x0a || ch === 0x0d) {
      const savedLine = st.line;
      const savedLineStart = st.lineStart;
      const savedLineIndent = st.lineIndent;
      st.pos = pos;
      st.skipSeparationSpace(false);
      if (st.lineIndent >= nodeIndent) {
        multiline = true;
        pos = st.pos;
        if (st.testDocumentBoundary()) break;
        ch = s.charCodeAt(pos);
        continue;
      }
      st.line = savedLine;
      st.lineStart = savedLineStart;
      st.lineIndent = savedLineIndent;
      break;
    }
    if (ch !== 0x20 && ch !== 0x09) end = pos + 1;
    ch = s.charCodeAt(++pos);
  }
  st.pos = pos;
  if (end === start) return false;
  if (wide) st.checkPrintable(start, end);
  st.addScalar(start, end, props, PLAIN, CLIP, -1, !multiline);
  return true;
}

function readFlowScalarBreak(st: FastState, nodeIndent: number): void {
  st.skipSeparationSpace(false);
  if (st.lineIndent < nodeIndent) throw Bail.it; // deficient indentation
}

export function readSingleQuoted(st: FastState, nodeIndent: number, props: Readonly<Props>): boolean {
  const s = st.s;
  if (s.charCodeAt(st.pos) !== 0x27) return false;
  st.pos++;
  const start = st.pos;
  let simple = true;
  for (let ch = s.charCodeAt(st.pos); ch !== 0; ch = s.charCodeAt(st.pos)) {
    if (ch === 0x27) {
      if (s.charCodeAt(st.pos + 1) === 0x27) {
        simple = false;
        st.pos += 2;
        continue;
      }
      const end = st.pos;
      st.pos++;
      st.addScalar(start, end, props, SINGLE_QUOTED, CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(st, nodeIndent);
    } else if (st.pos === st.lineStart && testDocumentSeparator(s, st.pos)) throw Bail.it;
    else if (ch !== 0x09 && ch < 0x20) throw Bail.it;
    else st.pos++;
  }
  throw Bail.it;
}

function isSimpleEscape(c: number): boolean {
  return (
    c === 48 ||
    c === 97 ||
    c === 98 ||
    c === 116 ||
    c === 9 ||
    c === 110 ||
    c === 118 ||
    c === 102 ||
    c === 114 ||
    c === 101 ||
    c === 32 ||
    c === 34 ||
    c === 47 ||
    c === 92 ||
    c === 78 ||
    c === 95 ||
    c === 76 ||
    c === 80
  );
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
}

export function readDoubleQuoted(st: FastState, nodeIndent: number, props: Readonly<Props>): boolean {
  const s = st.s;
  if (s.charCodeAt(st.pos) !== 0x22) return false;
  st.pos++;
  const start = st.pos;
  let simple = true;
  for (let ch = s.charCodeAt(st.pos); ch !== 0; ch = s.charCodeAt(st.pos)) {
    if (ch === 0x22) {
      const end = st.pos;
      st.pos++;
      st.addScalar(start, end, props, DOUBLE_QUOTED, CLIP, -1, simple);
      return true;
    }
    if (ch === 0x5c /* \ */) {
      simple = false;
      const escaped = s.charCodeAt(++st.pos);
      if (isEol(escaped)) readFlowScalarBreak(st, nodeIndent);
      else if (isSimpleEscape(escaped)) st.pos++;
      else {
        let hexLength = escaped === 0x78 ? 2 : escaped === 0x75 ? 4 : escaped === 0x55 ? 8 : 0;
        if (hexLength === 0) throw Bail.it;
        while (hexLength-- > 0) if (!isHex(s.charCodeAt(++st.pos))) throw Bail.it;
        st.pos++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(st, nodeIndent);
    } else if (st.pos === st.lineStart && testDocumentSeparator(s, st.pos)) throw Bail.it;
    else if (ch !== 0x09 && ch < 0x20) throw Bail.it;
    else st.pos++;
  }
  throw Bail.it;
}

export function readBlockScalar(st: FastState, parentIndent: number, props: Readonly<Props>): boolean {
  const s = st.s;
  const first = s.charCodeAt(st.pos);
  if (first !== 0x7c && first !== 0x3e) return false;
  const style = first === 0x7c ? LITERAL_BLOCK : FOLDED_BLOCK;
  let chomping = CLIP;
  let indent = -1;
  let detectedIndent = false;
  st.pos++;
  for (let current = s.charCodeAt(st.pos); current !== 0; current = s.charCodeAt(st.pos)) {
    if (current === 0x2b /* + */ || current === 0x2d /* - */) {
      if (chomping !== CLIP) throw Bail.it;
      chomping = current === 0x2b ? KEEP : STRIP;
      st.pos++;
    } else if (current >= 0x30 && current <= 0x39) {
      if (current === 0x30 || detectedIndent) throw Bail.it;
      indent = parentIndent + (current - 0x30) - 1;
      detectedIndent = true;
      st.pos++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(s.charCodeAt(st.pos))) {
    hadWhitespace = true;
    st.pos++;
  }
  if (hadWhitespace && s.charCodeAt(st.pos) === 0x23)
    while (s.charCodeAt(st.pos) !== 0 && !isEol(s.charCodeAt(st.pos))) st.pos++;
  if (isEol(s.charCodeAt(st.pos))) st.consumeLineBreak();
  else if (s.charCodeAt(st.pos) !== 0) throw Bail.it; // a line break is expected
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = st.pos;
  let valueEnd = st.pos;
  while (s.charCodeAt(st.pos) !== 0) {
    const linePosition = st.pos;
    let column = 0;
    while (s.charCodeAt(linePosition + column) === 0x20) column++;
    const lead = s.charCodeAt(linePosition + column);
    if (lead === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (st.testDocumentBoundary()) break;
    const blank = isEol(lead);
    if (!detectedIndent && contentIndent === -1 && blank) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !blank) {
      if (lead === 0x09 && column < parentIndent) throw Bail.it; // a tab in the indentation
      if (column >= parentIndent && column < maxLeadingIndent) throw Bail.it;
    }
    if (contentIndent === -1 && !blank && column < parentIndent) {
      st.lineIndent = column;
      st.pos = linePosition + column;
      break;
    }
    if (!detectedIndent && !blank && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (!blank && column < requiredIndent) {
      st.lineIndent = column;
      st.pos = linePosition + column;
      break;
    }
    while (s.charCodeAt(st.pos) !== 0 && !isEol(s.charCodeAt(st.pos))) st.pos++;
    valueEnd = st.pos;
    if (isEol(s.charCodeAt(st.pos))) {
      st.consumeLineBreak();
      valueEnd = st.pos;
    }
  }
  st.checkPrintable(valueStart, valueEnd);
  st.addScalar(valueStart, valueEnd, props, style, chomping, contentIndent, false);
  return true;
}
