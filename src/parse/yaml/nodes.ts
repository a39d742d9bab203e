// Scalars and pairs are most of a YAML tree, and trees live for the whole run. These
// classes keep a node's offsets on the node and build its range when it is read,
// instead of holding a separate range object (a third less memory per node).

import type { Range, SourceFile } from '../source.js';
import type { YMap, YNode, YPair, YScalar, YSeq } from './ast.js';
import { NONE } from '../scratch.js';

/** The source of a plain or quoted scalar is its range's text (less the quotes). */
function writtenText(text: string, style: YScalar['style'], start: number, end: number): string {
  if (style === 'single' || style === 'double') return end - start >= 2 ? text.slice(start + 1, end - 1) : '';
  return text.slice(start, end);
}

const STYLES: readonly YScalar['style'][] = ['plain', 'single', 'double', 'literal', 'folded'];

/** The end offset in a scalar's `end * 8 + style` field. */
function endOfPacked(endStyle: number): number {
  return (endStyle - (endStyle & 7)) / 8;
}

/** No private methods: V8 would give every instance a slot for the class brand. */
export class ScalarNode implements YScalar {
  /** On the prototype (see below): one field fewer per node. */
  declare readonly kind: 'scalar';
  declare tag?: string;
  readonly #file: SourceFile;
  readonly #start: number;
  /** end * 8 + index of the style in STYLES: one field for two. */
  readonly #endStyle: number;

  /** A scalar whose `source` is the text of its range (see `scalarNode` for the others). */
  constructor(
    public value: YScalar['value'],
    style: YScalar['style'],
    file: SourceFile,
    start: number,
    end: number,
  ) {
    this.#file = file;
    this.#start = start;
    this.#endStyle = end * 8 + STYLES.indexOf(style);
  }

  get style(): YScalar['style'] {
    // `& 7` keeps the low bits right even past 2^31 (ToInt32 wraps by a multiple of 8).
    return STYLES[this.#endStyle & 7];
  }

  /** As written, without quotes: read back from the file rather than kept per node. */
  get source(): string {
    return writtenText(this.#file.text, this.style, this.#start, endOfPacked(this.#endStyle));
  }

  get range(): Range {
    return this.#file.span(this.#start, endOfPacked(this.#endStyle));
  }

  static fileOf(node: ScalarNode): SourceFile {
    return node.#file;
  }

  static startOf(node: ScalarNode): number {
    return node.#start;
  }

  static endOf(node: ScalarNode): number {
    return endOfPacked(node.#endStyle);
  }
}

/**
 * Tagged scalars, block scalars, and empty values with only a tag or anchor (whose source
 * is not the range's text). They are rare: their fields stay off the common node, which
 * is smaller for it (V8 would keep a slot for `tag` in every ScalarNode).
 */
class DetailedScalarNode extends ScalarNode {
  readonly #source: string | undefined;

  constructor(
    value: YScalar['value'],
    source: string | undefined,
    style: YScalar['style'],
    file: SourceFile,
    start: number,
    end: number,
    tag: string | undefined,
  ) {
    super(value, style, file, start, end);
    this.#source = source;
    if (tag !== undefined) this.tag = tag;
  }

  override get source(): string {
    return this.#source ?? super.source;
  }
}

/** A scalar node; `source` undefined: the text of its range (less the quotes). */
export function scalarNode(
  value: YScalar['value'],
  source: string | undefined,
  style: YScalar['style'],
  file: SourceFile,
  start: number,
  end: number,
  tag?: string,
): ScalarNode {
  const kept =
    source === undefined ||
    (style !== 'literal' && style !== 'folded' && writtenText(file.text, style, start, end) === source)
      ? undefined
      : source;
  return kept === undefined && tag === undefined
    ? new ScalarNode(value, style, file, start, end)
    : new DetailedScalarNode(value, kept, style, file, start, end, tag);
}

/**
 * A pair runs from its key's start to its value's end, read from the two nodes: no
 * offsets of its own (a quarter of its size). Pairs whose key or value is an alias,
 * whose node sits elsewhere, are `PlacedPairNode`s (see `pairNode`).
 */
export class PairNode implements YPair {
  constructor(
    public key: YPair['key'],
    public value: YNode,
  ) {}

  /** From the key to the end of the value. */
  get range(): Range {
    return fileOf(this.key).span(startOf(this.key), endOf(this.value));
  }
}

class PlacedPairNode extends PairNode {
  readonly #start: number;
  readonly #end: number;

  constructor(key: YPair['key'], value: YNode, start: number, end: number) {
    super(key, value);
    this.#start = start;
    this.#end = end;
  }

  override get range(): Range {
    return fileOf(this.key).span(this.#start, this.#end);
  }
}

/** The pair from the key at `start` to the value ending at `end`. */
export function pairNode(key: YPair['key'], value: YNode, start: number, end: number): PairNode {
  return startOf(key) === start && endOf(value) === end
    ? new PairNode(key, value)
    : new PlacedPairNode(key, value, start, end);
}

/** A mapping or sequence: its end is known when the collection closes (`close`). */
abstract class CollectionNode {
  declare tag?: string;
  readonly #file: SourceFile;
  /** start * 2 + (1 for flow style): one field for two. */
  readonly #startFlow: number;
  #end: number;

  constructor(flow: boolean, file: SourceFile, start: number) {
    this.#file = file;
    this.#startFlow = start * 2 + (flow ? 1 : 0);
    this.#end = start;
  }

  get flow(): boolean {
    return (this.#startFlow & 1) === 1;
  }

  get range(): Range {
    const v = this.#startFlow;
    return this.#file.span((v - (v & 1)) / 2, this.#end);
  }

  close(end: number): void {
    this.#end = end;
  }

  static fileOf(node: CollectionNode): SourceFile {
    return node.#file;
  }

  static startOf(node: CollectionNode): number {
    const v = node.#startFlow;
    return (v - (v & 1)) / 2;
  }

  static endOf(node: CollectionNode): number {
    return node.#end;
  }
}

export class MapNode extends CollectionNode implements YMap {
  declare readonly kind: 'map';
  /** Set when the mapping closes (the builder collects pairs in a reused list). */
  pairs: YPair[] = NONE;

  constructor(flow: boolean, file: SourceFile, start: number) {
    super(flow, file, start);
  }
}

export class SeqNode extends CollectionNode implements YSeq {
  declare readonly kind: 'seq';
  /** Set when the sequence closes. */
  items: YNode[] = NONE;

  constructor(flow: boolean, file: SourceFile, start: number) {
    super(flow, file, start);
  }
}

// `kind` is the same for every node of a class: a prototype property, not a field.
Object.defineProperty(ScalarNode.prototype, 'kind', { value: 'scalar', enumerable: true });
Object.defineProperty(MapNode.prototype, 'kind', { value: 'map', enumerable: true });
Object.defineProperty(SeqNode.prototype, 'kind', { value: 'seq', enumerable: true });

/**
 * A copy without spare capacity (an array grown by push keeps room for 17 items), or
 * the shared empty list: trees live for the whole run, and are never modified.
 */
export function exact<T>(items: T[]): T[] {
  return items.length === 0 ? NONE : items.slice();
}

function fileOf(node: YNode): SourceFile {
  return node instanceof ScalarNode
    ? ScalarNode.fileOf(node)
    : CollectionNode.fileOf(node as unknown as CollectionNode);
}

/** A parsed node's start offset, without building its range. */
function startOf(node: YNode): number {
  return node instanceof ScalarNode
    ? ScalarNode.startOf(node)
    : CollectionNode.startOf(node as unknown as CollectionNode);
}

function endOf(node: YNode): number {
  return node instanceof ScalarNode ? ScalarNode.endOf(node) : CollectionNode.endOf(node as unknown as CollectionNode);
}
