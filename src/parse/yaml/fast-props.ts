// Node properties (tags, anchors) and aliases for the fast event producer (see
// fast-events.ts): js-yaml 5.5's readTagProperty, readAnchorProperty and readAlias, with
// the same checks (as bails). Named tag handles need a %TAG directive, which the fast
// subset leaves to js-yaml: only `!`, `!!` and verbatim `!<...>` tags are read here.

import { Bail, FastState, isFlowIndicator, isWsOrEol } from './fast-state.js';
import type { Props } from './fast-state.js';

export function newProps(): Props {
  return { anchorStart: -1, anchorEnd: -1, tagStart: -1, tagEnd: -1 };
}

export function hasProps(p: Readonly<Props>): boolean {
  return p.anchorStart !== -1 || p.tagStart !== -1;
}

const PATTERN_FLOW_INDICATORS = /[,[\]{}]/;
const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
const NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
const NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
const PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
const PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);

export function readTagProperty(st: FastState, props: Props, inFlow: boolean): boolean {
  const s = st.s;
  if (s.charCodeAt(st.pos) !== 0x21 /* ! */) return false;
  if (props.tagStart !== -1) throw Bail.it; // duplication of a tag property
  const start = st.pos;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = '!';
  let ch = s.charCodeAt(++st.pos);
  if (ch === 0x3c /* < */) {
    isVerbatim = true;
    ch = s.charCodeAt(++st.pos);
  } else if (ch === 0x21) {
    isNamed = true;
    tagHandle = '!!';
    ch = s.charCodeAt(++st.pos);
  }
  let suffixStart = st.pos;
  let tagName: string;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 0x3e /* > */) ch = s.charCodeAt(++st.pos);
    if (ch !== 0x3e) throw Bail.it;
    tagName = s.slice(suffixStart, st.pos);
    st.pos++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 0x21) {
        if (isNamed) throw Bail.it; // tag suffix cannot contain exclamation marks
        tagHandle = s.slice(suffixStart - 1, st.pos + 1);
        if (!PATTERN_TAG_HANDLE.test(tagHandle)) throw Bail.it;
        isNamed = true;
        suffixStart = st.pos + 1;
      }
      ch = s.charCodeAt(++st.pos);
    }
    tagName = s.slice(suffixStart, st.pos);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throw Bail.it;
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throw Bail.it;
  // `!name!suffix` needs a %TAG directive: js-yaml's (or its error).
  if (!isVerbatim && tagHandle !== '!' && tagHandle !== '!!') throw Bail.it;
  props.tagStart = start;
  props.tagEnd = st.pos;
  return true;
}

/** An anchor or alias name: up to a blank, a line break, a flow indicator or the end. */
function nameEnd(s: string, pos: number): number {
  for (let ch = s.charCodeAt(pos); ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch); ch = s.charCodeAt(++pos));
  return pos;
}

export function readAnchorProperty(st: FastState, props: Props): boolean {
  if (st.s.charCodeAt(st.pos) !== 0x26 /* & */) return false;
  if (props.anchorStart !== -1) throw Bail.it; // duplication of an anchor property
  const start = st.pos + 1;
  const end = nameEnd(st.s, start);
  if (end === start) throw Bail.it;
  st.pos = end;
  props.anchorStart = start;
  props.anchorEnd = end;
  return true;
}

export function readAlias(st: FastState, props: Readonly<Props>): boolean {
  if (st.s.charCodeAt(st.pos) !== 0x2a /* * */) return false;
  if (hasProps(props)) throw Bail.it; // alias node should not have any properties
  const start = st.pos + 1;
  const end = nameEnd(st.s, start);
  if (end === start) throw Bail.it;
  st.pos = end;
  st.events.push({ type: 5, anchorStart: start, anchorEnd: end });
  return true;
}
