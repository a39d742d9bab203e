// Turns the flat sequence of template pieces the parser scanned (literal runs,
// interpolations, directive markers) into the tree: strip markers applied, `<<-`
// heredoc indentation removed (HCL's flushHeredocTemplateParts rules), directives
// nested. Pure functions; errors go to the `report` callback.

import type { Ranger } from './positions.js';
import type { Expr, TemplateExpr, TemplatePart, TemplateLiteralPart } from './ast.js';

export type FlatPiece =
  | { t: 'lit'; value: string; start: number; end: number }
  | { t: 'interp'; expr: Expr; start: number; end: number; stripL: boolean; stripR: boolean }
  | { t: 'if'; cond: Expr; start: number; end: number; stripL: boolean; stripR: boolean }
  | {
      t: 'for';
      keyVar?: string;
      valueVar: string;
      coll: Expr;
      start: number;
      end: number;
      stripL: boolean;
      stripR: boolean;
    }
  | { t: 'else' | 'endif' | 'endfor'; start: number; end: number; stripL: boolean; stripR: boolean };

type Report = (message: string, start: number, end: number) => void;

const MAX_DIRECTIVE_DEPTH = 256;

/** Applies `~` strip markers to the neighbouring literal pieces. */
export function applyStripMarkers(pieces: FlatPiece[]): void {
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.t === 'lit') continue;
    if (p.stripL && i > 0) {
      const prev = pieces[i - 1];
      if (prev.t === 'lit') prev.value = prev.value.replace(/\s+$/u, '');
    }
    if (p.stripR && i + 1 < pieces.length) {
      const next = pieces[i + 1];
      if (next.t === 'lit') next.value = next.value.replace(/^\s+/u, '');
    }
  }
}

/**
 * `<<-` heredocs: remove the smallest leading-whitespace count of all non-blank
 * lines from every line. Literal pieces are one line each (ending in "\n") here.
 */
export function dedentHeredoc(pieces: FlatPiece[]): void {
  let min = Number.MAX_SAFE_INTEGER;
  let newline = true;
  const adjust: Extract<FlatPiece, { t: 'lit' }>[] = [];
  for (const p of pieces) {
    if (newline) {
      newline = false;
      let spaces: number;
      if (p.t === 'lit') {
        const trimmed = p.value.replace(/^\s+/u, '');
        if (trimmed.length === 0 && p.value.endsWith('\n')) {
          spaces = Number.MAX_SAFE_INTEGER;
        } else {
          spaces = [...p.value.slice(0, p.value.length - trimmed.length)].length;
          adjust.push(p);
        }
      } else {
        spaces = 0;
      }
      if (spaces < min) min = spaces;
    }
    if (p.t === 'lit' && p.value.endsWith('\n')) newline = true;
  }
  if (min === 0 || min === Number.MAX_SAFE_INTEGER) return;
  for (const p of adjust) {
    const chars = [...p.value];
    const cut = chars.slice(0, min).join('').length;
    p.value = p.value.slice(cut);
    p.start += Math.min(cut, p.end - p.start);
  }
}

/** Joins adjacent literal pieces (heredocs scan one per line); the pieces themselves are not changed. */
export function mergeLiterals(pieces: FlatPiece[]): FlatPiece[] {
  const out: FlatPiece[] = [];
  for (const p of pieces) {
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    if (p.t === 'lit' && last !== undefined && last.t === 'lit') {
      out[out.length - 1] = { t: 'lit', value: last.value + p.value, start: last.start, end: p.end };
    } else {
      out.push(p);
    }
  }
  return out;
}

/** Nests `%{if}`/`%{for}` directives; returns the top-level parts. */
export function buildTemplateParts(file: Ranger, pieces: FlatPiece[], report: Report): TemplatePart[] {
  const state = { i: 0 };
  const { parts } = buildSeq(file, pieces, state, null, report, 0);
  return parts;
}

function buildSeq(
  file: Ranger,
  pieces: FlatPiece[],
  state: { i: number },
  closers: readonly string[] | null,
  report: Report,
  depth: number,
): { parts: TemplatePart[]; stop?: FlatPiece } {
  const parts: TemplatePart[] = [];
  while (state.i < pieces.length) {
    const p = pieces[state.i++];
    switch (p.t) {
      case 'lit': {
        const lit: TemplateLiteralPart = { kind: 'TemplateLiteral', value: p.value, range: file.range(p.start, p.end) };
        parts.push(lit);
        break;
      }
      case 'interp':
        parts.push(p.expr);
        break;
      case 'if':
      case 'for': {
        if (depth >= MAX_DIRECTIVE_DEPTH) {
          report('template directives are nested more than 256 levels deep', p.start, p.end);
          state.i = pieces.length;
          return { parts: parts.slice() };
        }
        parts.push(
          p.t === 'if'
            ? buildIf(file, pieces, state, p, report, depth)
            : buildFor(file, pieces, state, p, report, depth),
        );
        break;
      }
      default:
        if (closers !== null && closers.includes(p.t)) return { parts: parts.slice(), stop: p };
        report(`unexpected %{${p.t}} with no matching %{${p.t === 'endfor' ? 'for' : 'if'}}`, p.start, p.end);
    }
  }
  // A copy: parts live for the whole run, and a pushed-to array keeps room for 17.
  return { parts: parts.slice() };
}

function templateOf(file: Ranger, parts: TemplatePart[], start: number, end: number): TemplateExpr {
  return { kind: 'Template', parts, range: file.range(start, end) };
}

function buildIf(
  file: Ranger,
  pieces: FlatPiece[],
  state: { i: number },
  p: Extract<FlatPiece, { t: 'if' }>,
  report: Report,
  depth: number,
): Expr {
  const thenSeq = buildSeq(file, pieces, state, ['else', 'endif'], report, depth + 1);
  const thenEnd = thenSeq.stop ? thenSeq.stop.start : file.textLength;
  const then = templateOf(file, thenSeq.parts, p.end, thenEnd);
  let elseT: TemplateExpr | undefined;
  let stop = thenSeq.stop;
  if (stop?.t === 'else') {
    const elseStart = stop.end;
    const elseSeq = buildSeq(file, pieces, state, ['endif'], report, depth + 1);
    stop = elseSeq.stop;
    elseT = templateOf(file, elseSeq.parts, elseStart, stop ? stop.start : file.textLength);
  }
  if (!stop) report('%{if} has no matching %{endif}', p.start, p.end);
  const end = stop ? stop.end : p.end;
  const out: Expr = { kind: 'TemplateIf', condition: p.cond, then, range: file.range(p.start, end) };
  if (elseT) out.else = elseT;
  return out;
}

function buildFor(
  file: Ranger,
  pieces: FlatPiece[],
  state: { i: number },
  p: Extract<FlatPiece, { t: 'for' }>,
  report: Report,
  depth: number,
): Expr {
  const seq = buildSeq(file, pieces, state, ['endfor'], report, depth + 1);
  if (!seq.stop) report('%{for} has no matching %{endfor}', p.start, p.end);
  const bodyEnd = seq.stop ? seq.stop.start : file.textLength;
  const out: Expr = {
    kind: 'TemplateFor',
    valueVar: p.valueVar,
    collection: p.coll,
    body: templateOf(file, seq.parts, p.end, bodyEnd),
    range: file.range(p.start, seq.stop ? seq.stop.end : p.end),
  };
  if (p.keyVar !== undefined) out.keyVar = p.keyVar;
  return out;
}
