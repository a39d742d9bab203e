// Blocks, attributes and labels are the most numerous nodes with more than one range,
// and parsed trees live for the whole run. These classes keep the offsets on the node
// and build each range when it is read, instead of one range object per range (a block
// had five). They implement the interfaces of ast.ts, which other producers (the JSON
// converter) fill with plain objects.

import { endOffset, startOffset, type Range, type SourceFile } from '../source.js';
import type {
  Attribute,
  Block,
  BlockLabel,
  Body,
  Expr,
  LiteralValueExpr,
  ScopeTraversalExpr,
  Traverser,
} from './ast.js';

/** A node with one range, built from its offsets when read. */
class SpanNode {
  readonly #file: SourceFile;
  readonly #start: number;
  readonly #end: number;

  constructor(file: SourceFile, start: number, end: number) {
    this.#file = file;
    this.#start = start;
    this.#end = end;
  }

  get range(): Range {
    return this.#file.span(this.#start, this.#end);
  }

  static startOf(n: SpanNode): number {
    return n.#start;
  }

  static endOf(n: SpanNode): number {
    return n.#end;
  }
}

export class LabelNode extends SpanNode implements BlockLabel {
  constructor(
    readonly value: string,
    file: SourceFile,
    start: number,
    end: number,
  ) {
    super(file, start, end);
  }
}

export class AttributeNode implements Attribute {
  declare readonly kind: 'Attribute';
  readonly #file: SourceFile;
  readonly #nameStart: number;
  readonly #nameEnd: number;
  readonly #end: number;

  constructor(
    readonly name: string,
    readonly expr: Expr,
    file: SourceFile,
    nameStart: number,
    nameEnd: number,
    end: number,
  ) {
    this.#file = file;
    this.#nameStart = nameStart;
    this.#nameEnd = nameEnd;
    this.#end = end;
  }

  get nameRange(): Range {
    return this.#file.span(this.#nameStart, this.#nameEnd);
  }

  /** From the name to the end of the expression. */
  get range(): Range {
    return this.#file.span(this.#nameStart, this.#end);
  }
}

export class BlockNode implements Block {
  declare readonly kind: 'Block';
  readonly #file: SourceFile;
  readonly #typeStart: number;
  readonly #typeEnd: number;
  readonly #open: number;
  readonly #close: number;
  readonly #closeEnd: number;

  constructor(
    readonly type: string,
    readonly labels: BlockLabel[],
    readonly body: Body,
    file: SourceFile,
    /** Offsets: the type keyword, the `{`, and the `}` (close === closeEnd when it is missing). */
    typeStart: number,
    typeEnd: number,
    open: number,
    close: number,
    closeEnd: number,
  ) {
    this.#file = file;
    this.#typeStart = typeStart;
    this.#typeEnd = typeEnd;
    this.#open = open;
    this.#close = close;
    this.#closeEnd = closeEnd;
  }

  get typeRange(): Range {
    return this.#file.span(this.#typeStart, this.#typeEnd);
  }

  /** Range of the opening `{`. */
  get openBraceRange(): Range {
    return this.#file.span(this.#open, this.#open + 1);
  }

  /** Range of the closing `}` (empty at end of file when missing). */
  get closeBraceRange(): Range {
    return this.#file.span(this.#close, this.#closeEnd);
  }

  /** From the type keyword to the closing brace, inclusive. */
  get range(): Range {
    return this.#file.span(this.#typeStart, this.#closeEnd);
  }
}

// Literals and traversal steps are the most numerous expression nodes. These forms are
// used by parseHcl only: the JSON converter rewrites the ranges of the expressions it
// parses from strings (so its parser builds plain objects, whose ranges can be replaced).

export class LiteralNode extends SpanNode implements LiteralValueExpr {
  /** On the prototype (see below): one field fewer per node. */
  declare readonly kind: 'LiteralValue';
  constructor(
    readonly value: LiteralValueExpr['value'],
    file: SourceFile,
    start: number,
    end: number,
  ) {
    super(file, start, end);
  }
}

/** `.name` */
export class AttrStepNode extends SpanNode {
  declare readonly kind: 'Attr';
  constructor(
    readonly name: string,
    file: SourceFile,
    start: number,
    end: number,
  ) {
    super(file, start, end);
  }
}

/** `[0]`, `["key"]`, legacy `.0` */
export class IndexStepNode extends SpanNode {
  declare readonly kind: 'Index';
  constructor(
    readonly key: string | number,
    file: SourceFile,
    start: number,
    end: number,
  ) {
    super(file, start, end);
  }
}

// `kind` is the same for every node of a class: a prototype property, not a field.
Object.defineProperty(LiteralNode.prototype, 'kind', { value: 'LiteralValue', enumerable: true });
Object.defineProperty(AttrStepNode.prototype, 'kind', { value: 'Attr', enumerable: true });
Object.defineProperty(IndexStepNode.prototype, 'kind', { value: 'Index', enumerable: true });

/** A body: its range (the braces, or the whole file) is set when the parser knows it. */
export class BodyNode implements Body {
  declare readonly kind: 'Body';
  readonly #file: SourceFile;
  #start = 0;
  #end = 0;

  constructor(
    readonly attributes: Attribute[],
    readonly blocks: Block[],
    file: SourceFile,
  ) {
    this.#file = file;
  }

  get range(): Range {
    return this.#file.span(this.#start, this.#end);
  }

  place(start: number, end: number): this {
    this.#start = start;
    this.#end = end;
    return this;
  }
}

Object.defineProperty(BodyNode.prototype, 'kind', { value: 'Body', enumerable: true });
Object.defineProperty(AttributeNode.prototype, 'kind', { value: 'Attribute', enumerable: true });
Object.defineProperty(BlockNode.prototype, 'kind', { value: 'Block', enumerable: true });

/** `var.x`, `aws_s3_bucket.b.id`: the root's range, and the whole range up to the last step. */
export class ScopeTraversalNode implements ScopeTraversalExpr {
  declare readonly kind: 'ScopeTraversal';
  readonly #file: SourceFile;
  readonly #start: number;
  readonly #rootEnd: number;
  #end: number;

  constructor(
    readonly root: string,
    public traversal: Traverser[],
    file: SourceFile,
    start: number,
    rootEnd: number,
  ) {
    this.#file = file;
    this.#start = start;
    this.#rootEnd = rootEnd;
    this.#end = rootEnd;
  }

  get rootRange(): Range {
    return this.#file.span(this.#start, this.#rootEnd);
  }

  get range(): Range {
    return this.#file.span(this.#start, this.#end);
  }

  static startOf(n: ScopeTraversalNode): number {
    return n.#start;
  }

  static endOf(n: ScopeTraversalNode): number {
    return n.#end;
  }

  /** Appends a step, extending the range to its end. */
  addStep(step: Traverser, end: number): void {
    const steps = this.traversal;
    const out = new Array<Traverser>(steps.length + 1);
    for (let i = 0; i < steps.length; i++) out[i] = steps[i];
    out[steps.length] = step;
    this.traversal = out;
    this.#end = end;
  }
}

Object.defineProperty(ScopeTraversalNode.prototype, 'kind', { value: 'ScopeTraversal', enumerable: true });

/** Start offset of an expression or traversal step, without building its range (the parser asks for many). */
export function startOf(n: { readonly range: Range }): number {
  if (n instanceof SpanNode) return SpanNode.startOf(n);
  if (n instanceof ScopeTraversalNode) return ScopeTraversalNode.startOf(n);
  return startOffset(n.range);
}

/** End offset of an expression or traversal step, without building its range. */
export function endOf(n: { readonly range: Range }): number {
  if (n instanceof SpanNode) return SpanNode.endOf(n);
  if (n instanceof ScopeTraversalNode) return ScopeTraversalNode.endOf(n);
  return endOffset(n.range);
}
