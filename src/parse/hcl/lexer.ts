// Char-code tokenizer for HCL's expression/structure mode. Template text (inside
// quotes and heredocs) is context-sensitive, so the parser scans it itself
// (template.ts) starting at `pos`, and then resumes this lexer after it.
// The lexer never throws: any unknown character becomes an Invalid token.

export enum Tok {
  EOF,
  Newline,
  Ident,
  Number,
  OQuote,
  OHeredoc,
  LBrace,
  RBrace,
  LBrack,
  RBrack,
  LParen,
  RParen,
  Comma,
  Dot,
  Ellipsis,
  Eq,
  Colon,
  DoubleColon,
  Question,
  FatArrow,
  Bang,
  Minus,
  Plus,
  Star,
  Slash,
  Percent,
  EqEq,
  NotEq,
  Lt,
  Gt,
  Le,
  Ge,
  And,
  Or,
  Tilde,
  Invalid,
}

/** Human-readable token names for error messages. */
export const TOKEN_NAMES: Record<Tok, string> = {
  [Tok.EOF]: 'end of file',
  [Tok.Newline]: 'newline',
  [Tok.Ident]: 'identifier',
  [Tok.Number]: 'number',
  [Tok.OQuote]: 'string',
  [Tok.OHeredoc]: 'heredoc',
  [Tok.LBrace]: "'{'",
  [Tok.RBrace]: "'}'",
  [Tok.LBrack]: "'['",
  [Tok.RBrack]: "']'",
  [Tok.LParen]: "'('",
  [Tok.RParen]: "')'",
  [Tok.Comma]: "','",
  [Tok.Dot]: "'.'",
  [Tok.Ellipsis]: "'...'",
  [Tok.Eq]: "'='",
  [Tok.Colon]: "':'",
  [Tok.DoubleColon]: "'::'",
  [Tok.Question]: "'?'",
  [Tok.FatArrow]: "'=>'",
  [Tok.Bang]: "'!'",
  [Tok.Minus]: "'-'",
  [Tok.Plus]: "'+'",
  [Tok.Star]: "'*'",
  [Tok.Slash]: "'/'",
  [Tok.Percent]: "'%'",
  [Tok.EqEq]: "'=='",
  [Tok.NotEq]: "'!='",
  [Tok.Lt]: "'<'",
  [Tok.Gt]: "'>'",
  [Tok.Le]: "'<='",
  [Tok.Ge]: "'>='",
  [Tok.And]: "'&&'",
  [Tok.Or]: "'||'",
  [Tok.Tilde]: "'~'",
  [Tok.Invalid]: 'invalid character',
};

const ID_START = /\p{ID_Start}/u;
const ID_CONTINUE = /\p{ID_Continue}/u;

/** ASCII identifier classes: 1 may start an identifier (letters, `_`), 2 may only continue one (digits, `-`). */
const ASCII_IDENT = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) ASCII_IDENT[c] = 1;
  else if ((c >= 48 && c <= 57) || c === 45) ASCII_IDENT[c] = 2;
}

export function isIdentStart(c: number): boolean {
  if (c < 128) return ASCII_IDENT[c] === 1;
  return ID_START.test(String.fromCharCode(c));
}

export function isIdentPart(c: number): boolean {
  if (c < 128) return ASCII_IDENT[c] !== 0;
  return ID_CONTINUE.test(String.fromCharCode(c));
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export class Lexer {
  /** Next unread offset. */
  pos = 0;
  /** The token most recently produced by `next()`. */
  type: Tok = Tok.EOF;
  start = 0;
  end = 0;
  /** For OHeredoc: the marker and whether it is the indented (`<<-`) form. */
  heredocMarker = '';
  heredocIndented = false;
  /** Comment spans [start, end) in file order. */
  readonly comments: number[] = [];
  /** Offsets of unterminated block comments, reported by the parser. */
  readonly unterminatedComments: number[] = [];

  constructor(readonly text: string) {}

  /** Scans the next token into `type`/`start`/`end`. */
  next(): Tok {
    const text = this.text;
    const len = text.length;
    let p = this.pos;
    for (;;) {
      if (p >= len) {
        this.start = this.end = this.pos = len;
        return (this.type = Tok.EOF);
      }
      const c = text.charCodeAt(p);
      if (c === 32 || c === 9 || c === 13) {
        p++;
        continue;
      }
      if (c === 0xfeff && p === 0) {
        p++;
        continue;
      }
      if (c === 10) return this.tok(Tok.Newline, p, p + 1);
      if (c === 35 || (c === 47 && text.charCodeAt(p + 1) === 47)) {
        // Line comment: it ends the line, so it stands for the newline token.
        let e = text.indexOf('\n', p);
        if (e === -1) e = len;
        let ce = e;
        if (ce > p && text.charCodeAt(ce - 1) === 13) ce--;
        this.comments.push(p, ce);
        if (e === len) {
          p = len;
          continue;
        }
        return this.tok(Tok.Newline, e, e + 1);
      }
      if (c === 47 && text.charCodeAt(p + 1) === 42) {
        const e = text.indexOf('*/', p + 2);
        if (e === -1) {
          this.comments.push(p, len);
          this.unterminatedComments.push(p);
          p = len;
        } else {
          this.comments.push(p, e + 2);
          p = e + 2;
        }
        continue;
      }
      return this.scanToken(c, p);
    }
  }

  private tok(type: Tok, start: number, end: number): Tok {
    this.start = start;
    this.end = end;
    this.pos = end;
    return (this.type = type);
  }

  private scanToken(c: number, p: number): Tok {
    const text = this.text;
    const n = text.charCodeAt(p + 1);
    if (isIdentStart(c)) {
      let e = p + 1;
      while (e < text.length && isIdentPart(text.charCodeAt(e))) e++;
      return this.tok(Tok.Ident, p, e);
    }
    if (isDigit(c)) return this.tok(Tok.Number, p, this.scanNumber(p));
    switch (c) {
      case 34:
        return this.tok(Tok.OQuote, p, p + 1);
      case 123:
        return this.tok(Tok.LBrace, p, p + 1);
      case 125:
        return this.tok(Tok.RBrace, p, p + 1);
      case 91:
        return this.tok(Tok.LBrack, p, p + 1);
      case 93:
        return this.tok(Tok.RBrack, p, p + 1);
      case 40:
        return this.tok(Tok.LParen, p, p + 1);
      case 41:
        return this.tok(Tok.RParen, p, p + 1);
      case 44:
        return this.tok(Tok.Comma, p, p + 1);
      case 63:
        return this.tok(Tok.Question, p, p + 1);
      case 43:
        return this.tok(Tok.Plus, p, p + 1);
      case 45:
        return this.tok(Tok.Minus, p, p + 1);
      case 42:
        return this.tok(Tok.Star, p, p + 1);
      case 47:
        return this.tok(Tok.Slash, p, p + 1);
      case 37:
        return this.tok(Tok.Percent, p, p + 1);
      case 126:
        return this.tok(Tok.Tilde, p, p + 1);
      case 46:
        if (n === 46 && text.charCodeAt(p + 2) === 46) return this.tok(Tok.Ellipsis, p, p + 3);
        return this.tok(Tok.Dot, p, p + 1);
      case 61:
        if (n === 61) return this.tok(Tok.EqEq, p, p + 2);
        if (n === 62) return this.tok(Tok.FatArrow, p, p + 2);
        return this.tok(Tok.Eq, p, p + 1);
      case 58:
        if (n === 58) return this.tok(Tok.DoubleColon, p, p + 2);
        return this.tok(Tok.Colon, p, p + 1);
      case 33:
        if (n === 61) return this.tok(Tok.NotEq, p, p + 2);
        return this.tok(Tok.Bang, p, p + 1);
      case 60:
        if (n === 61) return this.tok(Tok.Le, p, p + 2);
        if (n === 60) {
          const h = this.scanHeredocStart(p);
          if (h !== -1) return this.tok(Tok.OHeredoc, p, h);
        }
        return this.tok(Tok.Lt, p, p + 1);
      case 62:
        if (n === 61) return this.tok(Tok.Ge, p, p + 2);
        return this.tok(Tok.Gt, p, p + 1);
      case 38:
        if (n === 38) return this.tok(Tok.And, p, p + 2);
        break;
      case 124:
        if (n === 124) return this.tok(Tok.Or, p, p + 2);
        break;
    }
    // One invalid character (a whole surrogate pair, so columns stay sane).
    const w = c >= 0xd800 && c <= 0xdbff && p + 1 < text.length ? 2 : 1;
    return this.tok(Tok.Invalid, p, p + w);
  }

  private scanNumber(p: number): number {
    const text = this.text;
    let e = p;
    while (isDigit(text.charCodeAt(e))) e++;
    if (text.charCodeAt(e) === 46 && isDigit(text.charCodeAt(e + 1))) {
      e += 2;
      while (isDigit(text.charCodeAt(e))) e++;
    } else if (text.charCodeAt(e) === 46 && this.exponentEnd(e + 1) !== -1) {
      // HCL accepts an empty fraction before an exponent: `1.e3`.
      return this.exponentEnd(e + 1);
    }
    const x = this.exponentEnd(e);
    return x === -1 ? e : x;
  }

  /** End of an exponent (`e+3`) starting at `p`, or -1. */
  private exponentEnd(p: number): number {
    const text = this.text;
    const x = text.charCodeAt(p);
    if (x !== 101 && x !== 69) return -1;
    let f = p + 1;
    const s = text.charCodeAt(f);
    if (s === 43 || s === 45) f++;
    if (!isDigit(text.charCodeAt(f))) return -1;
    while (isDigit(text.charCodeAt(f))) f++;
    return f;
  }

  /** `<<MARKER\n` or `<<-MARKER\n`: returns the offset just after the newline, or -1. */
  private scanHeredocStart(p: number): number {
    const text = this.text;
    let q = p + 2;
    let indented = false;
    if (text.charCodeAt(q) === 45) {
      indented = true;
      q++;
    }
    if (!isIdentStart(text.charCodeAt(q))) return -1;
    const ms = q;
    while (q < text.length && isIdentPart(text.charCodeAt(q))) q++;
    const me = q;
    if (text.charCodeAt(q) === 13) q++;
    if (text.charCodeAt(q) !== 10) return -1;
    this.heredocMarker = text.slice(ms, me);
    this.heredocIndented = indented;
    return q + 1;
  }
}
