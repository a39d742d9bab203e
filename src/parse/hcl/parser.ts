// Recursive-descent parser for HCL native syntax, producing the tree in ast.ts with
// exact ranges. Mirrors hclsyntax's grammar and error cases; never throws: after the
// first error in a body item the rest of that item is skipped (to the end of the
// line or the enclosing `}`) and parsing continues with the next item.

import { endOffset, startOffset, type Range, type SourceFile } from '../source.js';
import type {
  Attribute,
  BinaryOperator,
  Block,
  BlockLabel,
  Body,
  Diagnostic,
  Expr,
  LiteralValueExpr,
  HclFile,
  ObjectConsItem,
  Traverser,
} from './ast.js';
import { Lexer, Tok, TOKEN_NAMES, isDigit } from './lexer.js';
import { intern } from '../intern.js';
import {
  AttrStepNode,
  AttributeNode,
  BlockNode,
  BodyNode,
  IndexStepNode,
  LabelNode,
  LiteralNode,
  ScopeTraversalNode,
  endOf,
  startOf,
} from './nodes.js';
import type { Ranger } from './positions.js';
import { NONE, ScratchPool, type Scratch } from '../scratch.js';
import { applyStripMarkers, buildTemplateParts, dedentHeredoc, mergeLiterals, type FlatPiece } from './template.js';

export function parseHcl(file: SourceFile): HclFile {
  return new Parser(file, true).parseFile();
}

/** The source text of an expression. */
export function exprText(file: SourceFile, expr: Expr): string {
  return file.text.slice(startOf(expr), endOf(expr));
}

/** Expression, body and template nesting limit: beyond it, a diagnostic instead of a stack overflow. */
export const MAX_NESTING = 256;

/** Binding strength of each binary operator token (0: not one); all are left-associative. */
const BINARY_PRECEDENCE: Partial<Record<Tok, number>> = {
  [Tok.Or]: 1,
  [Tok.And]: 2,
  [Tok.EqEq]: 3,
  [Tok.NotEq]: 3,
  [Tok.Lt]: 4,
  [Tok.Gt]: 4,
  [Tok.Le]: 4,
  [Tok.Ge]: 4,
  [Tok.Plus]: 5,
  [Tok.Minus]: 5,
  [Tok.Star]: 6,
  [Tok.Slash]: 6,
  [Tok.Percent]: 6,
};

const BINARY_OPS: Partial<Record<Tok, BinaryOperator>> = {
  [Tok.Or]: '||',
  [Tok.And]: '&&',
  [Tok.EqEq]: '==',
  [Tok.NotEq]: '!=',
  [Tok.Lt]: '<',
  [Tok.Gt]: '>',
  [Tok.Le]: '<=',
  [Tok.Ge]: '>=',
  [Tok.Plus]: '+',
  [Tok.Minus]: '-',
  [Tok.Star]: '*',
  [Tok.Slash]: '/',
  [Tok.Percent]: '%',
};

const enum Mode {
  SkipNewlines = 1,
  /** A `(`, `[` or `{` inside an expression. */
  Bracket = 2,
  /** A `${` or `%{` sequence inside a template. */
  Template = 4,
}

const ESCAPES: Record<number, string> = { 110: '\n', 116: '\t', 114: '\r', 34: '"', 92: '\\' };

export class Parser {
  private readonly lx: Lexer;
  private readonly text: string;
  private readonly diagnostics: Diagnostic[] = [];
  /** Set after an error in the current body item: later errors in it are consequences. */
  private panic = false;
  private depth = 0;
  /**
   * Open brackets and template sequences, innermost last (Mode bits): whether newlines
   * are insignificant there, and what kind of opener it is (for error recovery).
   */
  private readonly modes: number[] = [0];
  /** Token brackets left open by the current item's first error: recovery skips past their closers. */
  private panicDepth = 0;

  /** Ranges for template parts: lazily positioned, like every node range. */
  private readonly spans: Ranger;

  /** Lists being collected by the bodies, calls, tuples and objects open now. */
  private readonly lists = new ScratchPool();

  constructor(
    private readonly file: SourceFile,
    /** Literals and traversal steps as compact nodes (parseHcl); plain objects for the JSON converter, which rewrites their ranges. */
    private readonly compact = false,
  ) {
    this.text = file.text;
    this.lx = new Lexer(file.text);
    this.spans = { range: (start, end) => file.span(start, end), textLength: file.text.length };
  }

  parseFile(): HclFile {
    this.lx.next();
    const body = this.parseBody(null);
    body.place(0, this.text.length);
    for (const at of this.lx.unterminatedComments) {
      this.diagnostics.push(this.diag("unterminated comment: '/*' has no matching '*/'", at, at + 2));
    }
    const c = this.lx.comments;
    const comments: HclFile['comments'] = [];
    for (let i = 0; i < c.length; i += 2)
      comments.push({ text: this.text.slice(c[i], c[i + 1]), range: this.r(c[i], c[i + 1]) });
    this.diagnostics.sort((a, b) => startOffset(a.range) - startOffset(b.range));
    return { body, diagnostics: exact(this.diagnostics), comments: exact(comments) };
  }

  /** Parses the whole text as one expression (JSON strings that Terraform reads as references). */
  parseStandaloneExpression(): { expr: Expr; diagnostics: Diagnostic[] } {
    this.modes.push(Mode.SkipNewlines);
    this.lx.next();
    const expr = this.parseExpression();
    if (!this.panic && this.peek() !== Tok.EOF) this.errorAtToken('expected the end of the expression');
    return { expr, diagnostics: this.diagnostics };
  }

  /** Parses the whole text as a template (strings in Terraform JSON). */
  parseStandaloneTemplate(start: number, end: number): { expr: Expr; diagnostics: Diagnostic[] } {
    this.lx.pos = start;
    const expr = this.scanTemplate(start, start, 'json', end);
    return { expr, diagnostics: this.diagnostics };
  }

  // ---- helpers -------------------------------------------------------------

  private r(start: number, end: number): Range {
    return this.file.span(start, end);
  }

  private literal(value: LiteralValueExpr['value'], start: number, end: number): Expr {
    return this.compact
      ? new LiteralNode(value, this.file, start, end)
      : { kind: 'LiteralValue', value, range: this.r(start, end) };
  }

  private attrStep(name: string, start: number, end: number): Traverser {
    return this.compact
      ? new AttrStepNode(name, this.file, start, end)
      : { kind: 'Attr', name, range: this.r(start, end) };
  }

  private indexStep(key: string | number, start: number, end: number): Traverser {
    return this.compact
      ? new IndexStepNode(key, this.file, start, end)
      : { kind: 'Index', key, range: this.r(start, end) };
  }

  private diag(message: string, start: number, end: number): Diagnostic {
    // Diagnostics are few and always read: plain positions.
    return { severity: 'error', message, range: this.file.range(start, end) };
  }

  private error(message: string, start: number, end: number): void {
    if (this.panic) return;
    this.panic = true;
    // Brackets opened since the last template boundary stay open in the token stream.
    let depth = 0;
    for (let i = this.modes.length - 1; i > 0 && !(this.modes[i] & Mode.Template); i--)
      if (this.modes[i] & Mode.Bracket) depth++;
    this.panicDepth = depth;
    this.diagnostics.push(this.diag(message, start, end));
  }

  private errorAtToken(message: string): void {
    this.error(`${message}, found ${this.describeToken()}`, this.lx.start, this.lx.end);
  }

  private describeToken(): string {
    const lx = this.lx;
    if (this.cur() === Tok.Ident) return `'${this.text.slice(lx.start, lx.end)}'`;
    if (this.cur() === Tok.Invalid) return `invalid character '${this.text.slice(lx.start, lx.end)}'`;
    return TOKEN_NAMES[this.cur()];
  }

  /** The current token (a call, so TypeScript does not narrow it across `next()`). */
  private cur(): Tok {
    return this.lx.type;
  }

  /** Current token, skipping newlines where they are insignificant. */
  private peek(): Tok {
    if (this.modes[this.modes.length - 1] & Mode.SkipNewlines) while (this.lx.type === Tok.Newline) this.lx.next();
    return this.lx.type;
  }

  private isKeyword(word: string): boolean {
    const lx = this.lx;
    return this.cur() === Tok.Ident && lx.end - lx.start === word.length && this.text.startsWith(word, lx.start);
  }

  /** Consumes the expected closing token and pops the newline mode; returns the end offset. */
  private close(tok: Tok, what: string): number {
    // After an error the closer is left for recovery, which counts the open brackets.
    if (!this.panic && this.peek() === tok) {
      const end = this.lx.end;
      this.modes.pop();
      this.lx.next();
      return end;
    }
    this.errorAtToken(`expected ${TOKEN_NAMES[tok]} to close ${what}`);
    this.modes.pop();
    return this.lx.start;
  }

  private invalid(at: number): Expr {
    return { kind: 'Invalid', range: this.r(at, at) };
  }

  // ---- bodies --------------------------------------------------------------

  /** Parses items until EOF (top level) or the `}` closing `openBrace`. Leaves the `}` unconsumed. */
  private parseBody(openBrace: number | null): BodyNode {
    const attributes = this.lists.acquire<Attribute>();
    const blocks = this.lists.acquire<Block>();
    // Attribute names by first definition: most bodies are small, so a Map only past 8.
    let seen: Map<string, Attribute> | undefined;
    const lx = this.lx;
    const diagnosticsBefore = this.diagnostics.length;
    for (;;) {
      const t = this.cur();
      if (t === Tok.Newline) {
        lx.next();
        continue;
      }
      if (t === Tok.EOF) {
        // Only the innermost unclosed block, and only when nothing inside it failed
        // already (an earlier error usually explains the missing brace), as HCL does.
        if (
          openBrace !== null &&
          this.diagnostics.length === diagnosticsBefore &&
          this.lx.unterminatedComments.length === 0
        ) {
          this.error("expected '}' to close the block, found end of file", openBrace, openBrace + 1);
        }
        this.panic = false;
        break;
      }
      if (t === Tok.RBrace) {
        if (openBrace !== null) break;
        this.error("unexpected '}': there is no block to close", lx.start, lx.end);
        this.panic = false;
        lx.next();
        continue;
      }
      this.panic = false;
      if (t !== Tok.Ident) {
        this.errorAtToken('expected an attribute name or block type');
      } else {
        const item = this.parseBodyItem();
        if (item?.kind === 'Attribute') {
          const prev = seen ? seen.get(item.name) : firstNamed(attributes, item.name);
          if (prev) {
            this.error(
              `attribute "${item.name}" is already defined at line ${prev.nameRange.start.line}`,
              startOffset(item.nameRange),
              endOffset(item.nameRange),
            );
          } else if (seen) {
            seen.set(item.name, item);
          }
          attributes.push(item);
          if (!seen && attributes.length > 8) {
            seen = new Map();
            for (let i = 0; i < attributes.length; i++) {
              const a = attributes.at(i);
              if (!seen.has(a.name)) seen.set(a.name, a);
            }
          }
        } else if (item) {
          blocks.push(item);
        }
      }
      if (this.panic) this.recoverLine(this.panicDepth, openBrace !== null);
      this.panic = false;
      this.panicDepth = 0;
    }
    const body = new BodyNode(attributes.take(), blocks.take(), this.file);
    this.lists.release(attributes);
    this.lists.release(blocks);
    return body;
  }

  /**
   * Skips to the start of the next line, or to a `}` that closes the enclosing block
   * (when `inBlock`), after first closing `openBrackets` brackets the failed item left open.
   */
  private recoverLine(openBrackets: number, inBlock: boolean): void {
    const lx = this.lx;
    const savedModes = this.modes.length;
    let depth = openBrackets;
    for (;;) {
      switch (this.cur()) {
        case Tok.EOF:
          return;
        case Tok.Newline:
          if (depth === 0) {
            lx.next();
            return;
          }
          break;
        case Tok.LBrace:
        case Tok.LBrack:
        case Tok.LParen:
          depth++;
          break;
        case Tok.RBrace:
          if (depth === 0 && inBlock) return;
          if (depth > 0) depth--;
          break;
        case Tok.RBrack:
        case Tok.RParen:
          if (depth > 0) depth--;
          break;
        case Tok.OQuote:
        case Tok.OHeredoc:
          // Skip string content as a unit so braces inside it do not count.
          this.modes.push(0);
          this.parsePrimary();
          this.modes.length = savedModes;
          continue;
      }
      lx.next();
    }
  }

  private parseBodyItem(): Attribute | Block | null {
    const lx = this.lx;
    const nameStart = lx.start;
    const nameEnd = lx.end;
    const name = intern(this.text.slice(nameStart, nameEnd));
    lx.next();
    if (this.cur() === Tok.Eq) {
      const attr = this.parseAttributeRest(name, nameStart, nameEnd);
      if (!this.panic && this.cur() !== Tok.Newline && this.cur() !== Tok.EOF) {
        this.errorAtToken('expected a newline after the attribute value');
      }
      return attr;
    }
    const labels = this.lists.acquire<BlockLabel>();
    const labelsDone = (): BlockLabel[] => {
      const taken = labels.take();
      this.lists.release(labels);
      return taken;
    };
    for (;;) {
      if (this.cur() === Tok.Ident) {
        labels.push(new LabelNode(intern(this.text.slice(lx.start, lx.end)), this.file, lx.start, lx.end));
        lx.next();
      } else if (this.cur() === Tok.OQuote) {
        const start = lx.start;
        const e = this.parsePrimary();
        if (e.kind === 'LiteralValue' && typeof e.value === 'string') {
          labels.push(new LabelNode(intern(e.value), this.file, startOf(e), endOf(e)));
        } else {
          this.error('block labels must be literal strings, without interpolation', start, endOf(e));
          labelsDone();
          return null;
        }
      } else {
        break;
      }
    }
    if (this.cur() !== Tok.LBrace) {
      if (labels.length === 0) this.errorAtToken(`expected '=' or '{' after "${name}"`);
      else this.errorAtToken(`expected '{' to open block "${name}" (or '=' if "${name}" is an attribute)`);
      labelsDone();
      return null;
    }
    // Taken before the body is parsed: its blocks use scratch lists too.
    return this.parseBlockRest(name, nameStart, nameEnd, labelsDone());
  }

  private parseAttributeRest(name: string, nameStart: number, nameEnd: number): Attribute {
    this.lx.next();
    const expr = this.parseExpression();
    return new AttributeNode(name, expr, this.file, nameStart, nameEnd, Math.max(endOf(expr), nameEnd));
  }

  private parseBlockRest(type: string, typeStart: number, typeEnd: number, labels: BlockLabel[]): Block {
    const lx = this.lx;
    const open = lx.start;
    lx.next();
    let body: BodyNode;
    if (++this.depth > MAX_NESTING) {
      this.error(`blocks are nested more than ${MAX_NESTING} levels deep`, open, open + 1);
      this.skipBalanced();
      body = new BodyNode(exact([]), exact([]), this.file).place(open, lx.start);
    } else if (this.cur() === Tok.Newline) {
      body = this.parseBody(open);
    } else {
      body = this.parseSingleLineBody();
    }
    this.depth--;
    let close: number;
    let closeEnd: number;
    if (this.cur() === Tok.RBrace) {
      close = lx.start;
      closeEnd = lx.end;
      lx.next();
      if (!this.panic && this.cur() !== Tok.Newline && this.cur() !== Tok.EOF) {
        this.errorAtToken("expected a newline after the block's closing '}'");
      }
    } else {
      close = closeEnd = lx.start;
    }
    body.place(open, closeEnd);
    return new BlockNode(type, labels, body, this.file, typeStart, typeEnd, open, close, closeEnd);
  }

  /** `name "label" { attr = value }`: at most one attribute, no nested blocks. */
  private parseSingleLineBody(): BodyNode {
    const lx = this.lx;
    const attributes: Attribute[] = [];
    if (this.cur() === Tok.Ident) {
      const s = lx.start;
      const e = lx.end;
      const name = intern(this.text.slice(s, e));
      lx.next();
      if (this.cur() !== Tok.Eq) {
        this.error('a single-line block can contain only one attribute; put a nested block on its own line', s, e);
      } else {
        attributes.push(this.parseAttributeRest(name, s, e));
        if (!this.panic && this.cur() !== Tok.RBrace) {
          this.errorAtToken("expected '}' after the attribute of a single-line block (it can hold only one)");
        }
      }
    } else if (this.cur() !== Tok.RBrace) {
      this.errorAtToken("expected a newline, an attribute or '}' after '{'");
    }
    if (this.panic && this.cur() !== Tok.RBrace) this.recoverLine(this.panicDepth, true);
    this.panicDepth = 0;
    return new BodyNode(exact(attributes), exact([]), this.file);
  }

  /** After `{` of an over-deep block: skip to its matching `}` without recursion. */
  private skipBalanced(): void {
    const lx = this.lx;
    let depth = 0;
    for (;;) {
      if (this.cur() === Tok.EOF) return;
      if (this.cur() === Tok.LBrace) depth++;
      else if (this.cur() === Tok.RBrace) {
        if (depth === 0) return;
        depth--;
      }
      lx.next();
    }
  }

  // ---- expressions ---------------------------------------------------------

  parseExpression(): Expr {
    if (++this.depth > MAX_NESTING) {
      this.error(`expression is nested more than ${MAX_NESTING} levels deep`, this.lx.start, this.lx.end);
      this.depth--;
      return this.invalid(this.lx.start);
    }
    const e = this.parseConditional();
    this.depth--;
    return e;
  }

  private parseConditional(): Expr {
    const cond = this.parseBinary(1);
    if (this.panic || this.peek() !== Tok.Question) return cond;
    this.lx.next();
    const t = this.parseExpression();
    if (this.panic) return t;
    if (this.peek() !== Tok.Colon) {
      this.errorAtToken("expected ':' in the conditional expression");
      return this.invalid(this.lx.start);
    }
    this.lx.next();
    const f = this.parseExpression();
    return {
      kind: 'Conditional',
      condition: cond,
      trueResult: t,
      falseResult: f,
      range: this.r(startOf(cond), endOf(f)),
    };
  }

  /** Operators binding at least as tightly as `minPrecedence` (precedence climbing). */
  private parseBinary(minPrecedence: number): Expr {
    let left = this.parseUnary();
    while (!this.panic) {
      const t = this.peek();
      const precedence = BINARY_PRECEDENCE[t] ?? 0;
      if (precedence < minPrecedence || precedence === 0) break;
      this.lx.next();
      const right = this.parseBinary(precedence + 1);
      left = {
        kind: 'BinaryOp',
        op: BINARY_OPS[t]!,
        left,
        right,
        range: this.r(startOf(left), endOf(right)),
      };
    }
    return left;
  }

  private parseUnary(): Expr {
    const t = this.peek();
    if (t === Tok.Bang || t === Tok.Minus) {
      const start = this.lx.start;
      this.lx.next();
      if (++this.depth > MAX_NESTING) {
        this.error(`expression is nested more than ${MAX_NESTING} levels deep`, start, start + 1);
        this.depth--;
        return this.invalid(start);
      }
      const operand = this.parseUnary();
      this.depth--;
      return {
        kind: 'UnaryOp',
        op: t === Tok.Bang ? '!' : '-',
        operand,
        range: this.r(start, endOf(operand)),
      };
    }
    const e = this.parsePrimary();
    return this.panic ? e : this.parsePostfix(e);
  }

  private parsePrimary(): Expr {
    const lx = this.lx;
    const t = this.peek();
    const start = lx.start;
    switch (t) {
      case Tok.Number: {
        const value = Number(this.text.slice(start, lx.end));
        const end = lx.end;
        lx.next();
        return this.literal(value, start, end);
      }
      case Tok.Ident:
        return this.parseIdentExpr();
      case Tok.OQuote:
        return this.plainString(start) ?? this.scanTemplate(start, lx.end, 'quoted');
      case Tok.OHeredoc:
        return this.scanTemplate(start, lx.end, 'heredoc');
      case Tok.LParen: {
        this.modes.push(Mode.Bracket | Mode.SkipNewlines);
        lx.next();
        const inner = this.parseExpression();
        const end = this.close(Tok.RParen, "the parenthesised expression opened with '('");
        return { kind: 'Parentheses', expr: inner, range: this.r(start, end) };
      }
      case Tok.LBrack:
        return this.parseTuple();
      case Tok.LBrace:
        return this.parseObject();
      default:
        this.errorAtToken('expected an expression');
        return this.invalid(start);
    }
  }

  private parseIdentExpr(): Expr {
    const lx = this.lx;
    const start = lx.start;
    const end = lx.end;
    const name = intern(this.text.slice(start, end));
    lx.next();
    if (this.cur() === Tok.LParen || this.cur() === Tok.DoubleColon) return this.parseCall(start, end);
    switch (name) {
      case 'true':
        return this.literal(true, start, end);
      case 'false':
        return this.literal(false, start, end);
      case 'null':
        return this.literal(null, start, end);
    }
    if (this.compact) return new ScopeTraversalNode(name, exact([]), this.file, start, end);
    // One range object for both until a step extends the range (addStep replaces it).
    const range = this.r(start, end);
    return { kind: 'ScopeTraversal', root: name, rootRange: range, traversal: exact([]), range };
  }

  /** `name(args)` or `provider::ns::name(args)`; the first identifier is consumed. */
  private parseCall(start: number, firstEnd: number): Expr {
    const lx = this.lx;
    let nameEnd = firstEnd;
    while (this.cur() === Tok.DoubleColon) {
      lx.next();
      if (this.cur() !== Tok.Ident) {
        this.errorAtToken("expected a function name after '::'");
        return this.invalid(start);
      }
      nameEnd = lx.end;
      lx.next();
    }
    if (this.cur() !== Tok.LParen) {
      this.errorAtToken("expected '(' after the provider function name");
      return this.invalid(start);
    }
    const parenEnd = lx.end;
    this.modes.push(Mode.Bracket | Mode.SkipNewlines);
    lx.next();
    const args = this.lists.acquire<Expr>();
    let expandFinal = false;
    const unterminated = (): boolean => {
      // After an argument, HCL points at the call rather than at the end of the file.
      if (this.peek() !== Tok.EOF) return false;
      this.error("unterminated function call: no ')' before the end of the file", start, parenEnd);
      return true;
    };
    while (!this.panic && this.peek() !== Tok.RParen) {
      args.push(this.parseExpression());
      if (this.panic || unterminated()) break;
      const t = this.peek();
      if (t === Tok.Ellipsis) {
        expandFinal = true;
        lx.next();
        if (this.peek() !== Tok.RParen)
          this.errorAtToken("expected ')' after '...': only the last argument can be expanded");
        break;
      }
      if (t === Tok.Comma) {
        lx.next();
        continue;
      }
      if (t !== Tok.RParen) this.errorAtToken("expected ',' or ')' after a function argument");
      break;
    }
    const end = this.close(Tok.RParen, 'the function call');
    const call: Expr = {
      kind: 'FunctionCall',
      name: this.text.slice(start, nameEnd).replace(/\s+/g, ''),
      nameRange: this.r(start, nameEnd),
      args: args.take(),
      expandFinal,
      range: this.r(start, end),
    };
    this.lists.release(args);
    return call;
  }

  private parseTuple(): Expr {
    const lx = this.lx;
    const start = lx.start;
    this.modes.push(Mode.Bracket | Mode.SkipNewlines);
    lx.next();
    if (this.peek() === Tok.Ident && this.isKeyword('for')) return this.parseFor(start, false);
    const items = this.lists.acquire<Expr>();
    while (!this.panic && this.peek() !== Tok.RBrack) {
      items.push(this.parseExpression());
      if (this.panic) break;
      const t = this.peek();
      if (t === Tok.Comma) {
        lx.next();
        continue;
      }
      if (t !== Tok.RBrack) this.errorAtToken("expected ',' or ']' after a tuple element");
      break;
    }
    const end = this.close(Tok.RBrack, "the tuple opened with '['");
    const tuple: Expr = { kind: 'TupleCons', items: items.take(), range: this.r(start, end) };
    this.lists.release(items);
    return tuple;
  }

  private parseObject(): Expr {
    const lx = this.lx;
    const start = lx.start;
    this.modes.push(Mode.Bracket);
    lx.next();
    while (this.cur() === Tok.Newline) lx.next();
    if (this.isKeyword('for')) {
      this.modes[this.modes.length - 1] = Mode.Bracket | Mode.SkipNewlines;
      return this.parseFor(start, true);
    }
    const items = this.lists.acquire<ObjectConsItem>();
    while (!this.panic) {
      while (this.cur() === Tok.Newline) lx.next();
      if (this.cur() === Tok.RBrace) break;
      let key = this.parseExpression();
      if (this.panic) break;
      let bareKey: string | undefined;
      if (key.kind === 'ScopeTraversal' && key.traversal.length === 0) {
        bareKey = key.root;
        key = { kind: 'LiteralValue', value: key.root, range: key.range };
      }
      const sep = this.cur();
      if (sep !== Tok.Eq && sep !== Tok.Colon) {
        this.errorAtToken("expected '=' or ':' after the object key");
        break;
      }
      lx.next();
      const value = this.parseExpression();
      const range = this.r(startOf(key), endOf(value));
      // One literal per shape: a property added later would cost a separate property store.
      const item: ObjectConsItem = bareKey !== undefined ? { key, value, range, bareKey } : { key, value, range };
      items.push(item);
      if (this.panic) break;
      const t = this.cur();
      if (t === Tok.Comma || t === Tok.Newline) {
        lx.next();
        continue;
      }
      if (t !== Tok.RBrace) this.errorAtToken("expected a newline or ',' after an object item");
      break;
    }
    const end = this.close(Tok.RBrace, "the object opened with '{'");
    const object: Expr = { kind: 'ObjectCons', items: items.take(), range: this.r(start, end) };
    this.lists.release(items);
    return object;
  }

  /** After `[` or `{` with the `for` keyword current; the newline mode is already pushed. */
  private parseFor(start: number, isObject: boolean): Expr {
    const lx = this.lx;
    const closeTok = isObject ? Tok.RBrace : Tok.RBrack;
    const what = isObject ? "the 'for' expression opened with '{'" : "the 'for' expression opened with '['";
    const fail = (): Expr => {
      this.modes.pop();
      return this.invalid(start);
    };
    lx.next();
    if (this.peek() !== Tok.Ident) {
      this.errorAtToken("expected a variable name after 'for'");
      return fail();
    }
    let valueVar = this.text.slice(lx.start, lx.end);
    let keyVar: string | undefined;
    lx.next();
    if (this.peek() === Tok.Comma) {
      lx.next();
      if (this.peek() !== Tok.Ident) {
        this.errorAtToken("expected a second variable name after ','");
        return fail();
      }
      keyVar = valueVar;
      valueVar = this.text.slice(lx.start, lx.end);
      lx.next();
    }
    if (this.peek() !== Tok.Ident || !this.isKeyword('in')) {
      this.errorAtToken("expected 'in' after the 'for' variables");
      return fail();
    }
    lx.next();
    const collection = this.parseExpression();
    if (this.panic) return fail();
    if (this.peek() !== Tok.Colon) {
      this.errorAtToken("expected ':' after the 'for' collection");
      return fail();
    }
    lx.next();
    let keyExpr: Expr | undefined;
    if (isObject) {
      keyExpr = this.parseExpression();
      if (this.panic) return fail();
      if (this.peek() !== Tok.FatArrow) {
        this.errorAtToken("expected '=>' after the key of an object 'for' expression");
        return fail();
      }
      lx.next();
    }
    const valueExpr = this.parseExpression();
    if (this.panic) return fail();
    let group = false;
    if (this.peek() === Tok.Ellipsis) {
      if (!isObject) {
        this.errorAtToken("'...' grouping is only allowed in an object 'for' expression");
        return fail();
      }
      group = true;
      lx.next();
    }
    let condition: Expr | undefined;
    if (this.peek() === Tok.Ident && this.isKeyword('if')) {
      lx.next();
      condition = this.parseExpression();
      if (this.panic) return fail();
    }
    const end = this.close(closeTok, what);
    const out: Expr = { kind: 'For', valueVar, collection, valueExpr, group, range: this.r(start, end) };
    if (keyVar !== undefined) out.keyVar = keyVar;
    if (keyExpr !== undefined) out.keyExpr = keyExpr;
    if (condition !== undefined) out.condition = condition;
    return out;
  }

  // ---- traversals, index, splat -------------------------------------------

  /** First non-blank char code at or after `p`. */
  private nextCharAfterSpace(p: number): number {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(p);
      if (c === 32 || c === 9 || c === 10 || c === 13) p++;
      else return c;
    }
  }

  private parsePostfix(e: Expr): Expr {
    const lx = this.lx;
    for (;;) {
      if (this.panic) return e;
      const t = this.peek();
      if (t === Tok.Dot) {
        if (this.nextCharAfterSpace(lx.end) === 42) {
          e = this.parseSplat(e, true);
          continue;
        }
        const step = this.parseDotStep();
        if (!step) return e;
        e = this.addStep(e, step);
      } else if (t === Tok.LBrack) {
        if (this.nextCharAfterSpace(lx.end) === 42) {
          e = this.parseSplat(e, false);
          continue;
        }
        const open = lx.start;
        const key = this.parseIndexKey();
        if (this.panic) return e;
        const step = this.literalIndex(key.expr, open, key.end);
        e = step
          ? this.addStep(e, step)
          : { kind: 'Index', collection: e, key: key.expr, range: this.r(startOf(e), key.end) };
      } else {
        return e;
      }
    }
  }

  /** `.name` or legacy `.0`; the `.` is current. */
  private parseDotStep(): Traverser | null {
    const lx = this.lx;
    const dot = lx.start;
    lx.next();
    if (this.peek() === Tok.Ident) {
      const step = this.attrStep(intern(this.text.slice(lx.start, lx.end)), dot, lx.end);
      lx.next();
      return step;
    }
    if (this.cur() === Tok.Number) {
      let e = lx.start;
      while (isDigit(this.text.charCodeAt(e))) e++;
      if (e !== lx.end) {
        // `a.0.1` scans `0.1` as one number: HCL forbids chaining legacy indexes.
        this.error('legacy index syntax cannot be chained (`.0.1`); use `[0][1]` instead', dot, lx.end);
        return null;
      }
      const step = this.indexStep(Number(this.text.slice(lx.start, e)), dot, e);
      lx.next();
      return step;
    }
    this.errorAtToken("expected an attribute name after '.'");
    return null;
  }

  /** `[expr]`; the `[` is current. */
  private parseIndexKey(): { expr: Expr; end: number } {
    this.modes.push(Mode.Bracket | Mode.SkipNewlines);
    this.lx.next();
    const expr = this.parseExpression();
    const end = this.close(Tok.RBrack, "the index opened with '['");
    return { expr, end };
  }

  private literalIndex(key: Expr, open: number, end: number): Traverser | null {
    if (key.kind !== 'LiteralValue') return null;
    const v = key.value;
    if (typeof v !== 'string' && typeof v !== 'number') return null;
    return this.indexStep(v, open, end);
  }

  private addStep(e: Expr, step: Traverser): Expr {
    if (e instanceof ScopeTraversalNode) {
      e.addStep(step, endOf(step));
      return e;
    }
    if (e.kind === 'ScopeTraversal' || e.kind === 'RelativeTraversal') {
      e.traversal = appended(e.traversal, step);
      e.range = this.r(startOf(e), endOf(step));
      return e;
    }
    return {
      kind: 'RelativeTraversal',
      source: e,
      traversal: [step],
      range: this.r(startOf(e), endOf(step)),
    };
  }

  /** `src[*]...` (full) or `src.*...` (attribute-only); the `[` or `.` is current. */
  private parseSplat(source: Expr, attrOnly: boolean): Expr {
    const lx = this.lx;
    const opStart = lx.start;
    let opEnd: number;
    if (attrOnly) {
      lx.next(); // '.'
      opEnd = lx.end;
      lx.next(); // '*'
    } else {
      this.modes.push(Mode.Bracket | Mode.SkipNewlines);
      lx.next(); // '['
      this.peek();
      lx.next(); // '*'
      opEnd = this.close(Tok.RBrack, "the splat '[*]'");
    }
    const anon: Expr = { kind: 'AnonSymbol', range: this.r(opStart, opEnd) };
    const steps: Traverser[] = [];
    let trailingIndex: { key: Expr; end: number } | null = null;
    for (;;) {
      if (this.panic) break;
      const t = this.peek();
      if (t === Tok.Dot && this.nextCharAfterSpace(lx.end) !== 42) {
        const step = this.parseDotStep();
        if (!step) break;
        steps.push(step);
      } else if (!attrOnly && t === Tok.LBrack && this.nextCharAfterSpace(lx.end) !== 42) {
        const open = lx.start;
        const key = this.parseIndexKey();
        const step = this.literalIndex(key.expr, open, key.end);
        if (!step) {
          trailingIndex = { key: key.expr, end: key.end };
          break;
        }
        steps.push(step);
      } else {
        if (attrOnly && t === Tok.Dot) {
          this.error(
            'a splat (.*) cannot be nested inside an attribute-only splat; use [*] instead',
            lx.start,
            lx.end + 1,
          );
        }
        break;
      }
    }
    let each: Expr = anon;
    let end = opEnd;
    if (steps.length > 0) {
      end = endOf(steps[steps.length - 1]);
      each = {
        kind: 'RelativeTraversal',
        source: anon,
        traversal: steps,
        range: this.r(startOf(steps[0]), end),
      };
    }
    const splat: Expr = {
      kind: 'Splat',
      source,
      each,
      legacy: attrOnly,
      range: this.r(startOf(source), end),
    };
    if (trailingIndex) {
      return {
        kind: 'Index',
        collection: splat,
        key: trailingIndex.key,
        range: this.r(startOf(source), trailingIndex.end),
      };
    }
    return splat;
  }

  // ---- templates -----------------------------------------------------------

  /**
   * A quoted string without escapes, interpolations or directives (most of them), as the
   * literal scanTemplate would make, without its piece list; null when it needs scanTemplate.
   */
  private plainString(start: number): Expr | null {
    const text = this.text;
    const len = text.length;
    for (let p = start + 1; p < len; p++) {
      const c = text.charCodeAt(p);
      if (c === 34) {
        const value = text.slice(start + 1, p);
        this.lx.pos = p + 1;
        this.lx.next();
        return this.literal(value, start, p + 1);
      }
      if (c === 92 || c === 10 || ((c === 36 || c === 37) && text.charCodeAt(p + 1) === 123)) return null;
    }
    return null;
  }

  /**
   * Scans a quoted string (`start` at the `"`), a heredoc (`start` at `<<`), or the
   * content of a JSON string (`start`..`stop` is the raw content, already unescaped
   * by the caller into the same offsets). Leaves the lexer on the token after it.
   */
  private scanTemplate(
    start: number,
    contentStart: number,
    mode: 'quoted' | 'heredoc' | 'json',
    stop = this.text.length,
  ): Expr {
    const lx = this.lx;
    const text = this.text;
    const heredoc = mode === 'heredoc';
    const marker = heredoc ? lx.heredocMarker : '';
    const indented = heredoc && lx.heredocIndented;
    const pieces: FlatPiece[] = [];
    let p = contentStart;
    let end = -1;
    let litStart = p;
    let buf = '';
    let chunk = p;
    const flush = (at: number): void => {
      if (at > litStart) pieces.push({ t: 'lit', value: buf + text.slice(chunk, at), start: litStart, end: at });
      buf = '';
    };
    const markerLineEnd = (q: number): number => {
      // A heredoc closes on a line holding only the marker (indentation allowed).
      while (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9) q++;
      if (!text.startsWith(marker, q)) return -1;
      const m = q + marker.length;
      let e = m;
      while (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9 || text.charCodeAt(e) === 13) e++;
      // HCL needs the line break after the marker: a marker at end of file does not count.
      return text.charCodeAt(e) === 10 ? m : -1;
    };
    let lineStart = heredoc;
    while (end === -1) {
      if (lineStart) {
        lineStart = false;
        const m = markerLineEnd(p);
        if (m !== -1) {
          flush(p);
          end = m;
          lx.pos = m;
          break;
        }
      }
      if (p >= stop) {
        flush(p);
        if (mode === 'json') {
          end = p;
        } else {
          if (heredoc) {
            // Reported where the closing marker was expected, as HCL does.
            const line = this.file.pos(start).line;
            this.error(
              `unterminated heredoc: no line with only "${marker}" closes the heredoc opened at line ${line}`,
              p,
              p,
            );
          } else {
            this.error("unterminated string: it has no closing '\"'", start, contentStart);
          }
          end = p;
          lx.pos = p;
        }
        break;
      }
      const c = text.charCodeAt(p);
      if (c === 34 && mode === 'quoted') {
        flush(p);
        end = p + 1;
        lx.pos = end;
        break;
      }
      if (c === 10) {
        if (mode === 'quoted') {
          flush(p);
          this.error(
            'unterminated string: a quoted string cannot contain a line break (use a heredoc or "\\n")',
            start,
            p,
          );
          end = p;
          lx.pos = p;
          break;
        }
        p++;
        if (heredoc) {
          flush(p);
          litStart = chunk = p;
          lineStart = true;
        }
        continue;
      }
      if (c === 92 && mode === 'quoted') {
        buf += text.slice(chunk, p);
        const esc = this.decodeEscape(p);
        buf += esc.value;
        p = chunk = esc.end;
        continue;
      }
      if ((c === 36 || c === 37) && text.charCodeAt(p + 1) === c && text.charCodeAt(p + 2) === 123) {
        // `$${` and `%%{` are literal `${` / `%{`.
        buf += text.slice(chunk, p) + (c === 36 ? '${' : '%{');
        p = chunk = p + 3;
        continue;
      }
      if ((c === 36 || c === 37) && text.charCodeAt(p + 1) === 123) {
        flush(p);
        const piece = c === 36 ? this.scanInterpolation(p, stop) : this.scanDirective(p, stop);
        pieces.push(piece);
        p = litStart = chunk = piece.end;
        continue;
      }
      p++;
    }
    if (mode !== 'json') lx.next();
    return this.assembleTemplate(pieces, start, end, heredoc ? { marker, indented } : undefined);
  }

  private assembleTemplate(
    pieces: FlatPiece[],
    start: number,
    end: number,
    heredoc?: { marker: string; indented: boolean },
  ): Expr {
    if (pieces.length === 1 && pieces[0].t === 'interp' && !heredoc) {
      return { kind: 'TemplateWrap', wrapped: pieces[0].expr, range: this.r(start, end) };
    }
    applyStripMarkers(pieces);
    if (heredoc?.indented) dedentHeredoc(pieces);
    const merged = mergeLiterals(pieces);
    if (merged.length === 0) return this.literal('', start, end);
    if (merged.length === 1 && merged[0].t === 'lit') return this.literal(merged[0].value, start, end);
    const range = this.r(start, end);
    const parts = buildTemplateParts(this.spans, merged, (m, s, e) => this.error(m, s, e));
    const out: Expr = { kind: 'Template', parts, range };
    if (heredoc) out.heredoc = heredoc;
    return out;
  }

  private decodeEscape(p: number): { value: string; end: number } {
    const text = this.text;
    const n = text.charCodeAt(p + 1);
    const simple = ESCAPES[n];
    if (simple !== undefined) return { value: simple, end: p + 2 };
    if (n === 117 || n === 85) {
      const digits = n === 117 ? 4 : 8;
      const hex = text.slice(p + 2, p + 2 + digits);
      if (hex.length === digits && /^[0-9a-fA-F]+$/.test(hex)) {
        const cp = parseInt(hex, 16);
        if (cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff))
          return { value: String.fromCodePoint(cp), end: p + 2 + digits };
      }
      this.error(
        `invalid escape: '\\${String.fromCharCode(n)}' needs ${digits} hex digits of a valid Unicode code point`,
        p,
        Math.min(p + 2 + digits, text.length),
      );
      return { value: '', end: p + 2 };
    }
    const w = n >= 0xd800 && n <= 0xdbff ? 2 : 1;
    const bad = Number.isNaN(n) ? '' : text.slice(p + 1, p + 1 + w);
    this.error(
      `invalid escape sequence '\\${bad}' in string; valid ones are \\n \\r \\t \\" \\\\ \\uNNNN \\UNNNNNNNN`,
      p,
      Math.min(p + 1 + w, text.length),
    );
    return { value: '', end: Number.isNaN(n) ? p + 1 : p + 1 + w };
  }

  /** Opens `${`/`%{` at `p` (with `~`), lexing from there in expression mode. */
  private openSequence(p: number): { stripL: boolean } {
    let q = p + 2;
    const stripL = this.text.charCodeAt(q) === 126;
    if (stripL) q++;
    this.modes.push(Mode.Template | Mode.SkipNewlines);
    this.lx.pos = q;
    this.lx.next();
    return { stripL };
  }

  /** Expects `}` or `~}`; returns the offset after it (recovering to the next `}` or line end). */
  private closeSequence(stop: number, what: string): { end: number; stripR: boolean } {
    const lx = this.lx;
    let stripR = false;
    if (this.peek() === Tok.Tilde) {
      stripR = true;
      lx.next();
    }
    this.modes.pop();
    if (this.cur() === Tok.RBrace) return { end: lx.end, stripR };
    this.errorAtToken(`expected '}' to close the ${what}`);
    let q = lx.start;
    const text = this.text;
    while (q < stop && text.charCodeAt(q) !== 125 && text.charCodeAt(q) !== 10) q++;
    return { end: q < stop && text.charCodeAt(q) === 125 ? q + 1 : Math.min(q, stop), stripR };
  }

  private scanInterpolation(p: number, stop: number): FlatPiece {
    const { stripL } = this.openSequence(p);
    const expr = this.parseExpression();
    const { end, stripR } = this.closeSequence(stop, "interpolation opened with '${'");
    return { t: 'interp', expr, start: p, end, stripL, stripR };
  }

  private scanDirective(p: number, stop: number): FlatPiece {
    const lx = this.lx;
    const { stripL } = this.openSequence(p);
    const kwStart = lx.start;
    const word = this.peek() === Tok.Ident ? this.text.slice(lx.start, lx.end) : '';
    const finish = <T extends object>(piece: T): FlatPiece => {
      const { end, stripR } = this.closeSequence(stop, "template directive opened with '%{'");
      return { ...piece, start: p, end, stripL, stripR } as unknown as FlatPiece;
    };
    switch (word) {
      case 'if': {
        lx.next();
        const cond = this.parseExpression();
        return finish({ t: 'if', cond });
      }
      case 'for': {
        lx.next();
        const names: string[] = [];
        while (this.peek() === Tok.Ident && !this.isKeyword('in') && names.length < 2) {
          names.push(this.text.slice(lx.start, lx.end));
          lx.next();
          if (this.peek() === Tok.Comma) lx.next();
        }
        if (names.length === 0) this.errorAtToken("expected a variable name after 'for'");
        else if (!this.isKeyword('in')) this.errorAtToken("expected 'in' after the 'for' variables");
        else lx.next();
        const coll = this.panic ? this.invalid(lx.start) : this.parseExpression();
        const piece =
          names.length === 2
            ? { t: 'for', keyVar: names[0], valueVar: names[1], coll }
            : { t: 'for', valueVar: names[0] ?? '', coll };
        return finish(piece);
      }
      case 'else':
      case 'endif':
      case 'endfor':
        lx.next();
        return finish({ t: word });
      default:
        this.error(
          "expected 'if', 'for', 'else', 'endif' or 'endfor' after '%{'",
          kwStart,
          Math.max(lx.end, kwStart + 1),
        );
        return finish({ t: 'else' });
    }
  }
}

/** The first attribute called `name`, or undefined. */
function firstNamed(attributes: Scratch<Attribute>, name: string): Attribute | undefined {
  for (let i = 0; i < attributes.length; i++) if (attributes.at(i).name === name) return attributes.at(i);
  return undefined;
}

/** A copy with one more item, allocated exactly (a spread or push leaves room for 17). */
function appended<T>(items: T[], item: T): T[] {
  const out = new Array<T>(items.length + 1);
  for (let i = 0; i < items.length; i++) out[i] = items[i];
  out[items.length] = item;
  return out;
}

/**
 * A copy without spare capacity (an array grown by push keeps room for 17 items), or
 * the shared empty list: parsed trees live for the whole run, and are never modified.
 */
function exact<T>(items: T[]): T[] {
  return items.length === 0 ? NONE : items.slice();
}
