// Scalars and pairs are most of a YAML tree, and trees live for the whole run. These
// classes keep a node's offsets on the node and build its range when it is read,
// instead of holding a separate range object (a third less memory per node).

import type { Range, SourceFile } from '../source.js';
import type { YMap, YNode, YPair, YScalar, YSeq } from './ast.js';

/** The source of a plain or quoted scalar is its range's text (less the quotes). */
function writtenText(text: string, style: YScalar['style'], start: number, end: number): string {
  if (style === 'single' || style === 'double') return end - start >= 2 ? text.slice(start + 1, end - 1) : '';
  return text.slice(start, end);
}

const STYLES: readonly YScalar['style'][] = ['plain', 'single', 'double', 'literal', 'folded'];

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
    return writtenText(this.#file.text, this.style, this.#start, this.#end());
  }

  get range(): Range {
    return this.#file.span(this.#start, this.#end());
  }

  #end(): number {
    const v = this.#endStyle;
    return (v - (v & 7)) / 8;
  }

  static fileOf(node: ScalarNode): SourceFile {
    return node.#file;
  }
}

/** Block scalars, and empty values with only a tag or anchor: the source is not the range's text. */
class KeptSourceScalarNode extends ScalarNode {
  readonly #source: string;

  constructor(
    value: YScalar['value'],
    source: string,
    style: YScalar['style'],
    file: SourceFile,
    start: number,
    end: number,
  ) {
    super(value, style, file, start, end);
    this.#source = source;
  }

  override get source(): string {
    return this.#source;
  }
}

export function scalarNode(
  value: YScalar['value'],
  source: string,
  style: YScalar['style'],
  file: SourceFile,
  start: number,
  end: number,
): ScalarNode {
  const derivable = style !== 'literal' && style !== 'folded' && writtenText(file.text, style, start, end) === source;
  return derivable
    ? new ScalarNode(value, style, file, start, end)
    : new KeptSourceScalarNode(value, source, style, file, start, end);
}

export class PairNode implements YPair {
  readonly #start: number;
  readonly #end: number;

  /** The file is the key's: one field fewer per pair. */
  constructor(
    public key: YPair['key'],
    public value: YNode,
    start: number,
    end: number,
  ) {
    this.#start = start;
    this.#end = end;
  }

  /** From the key to the end of the value. */
  get range(): Range {
    const key = this.key;
    const file =
      key instanceof ScalarNode ? ScalarNode.fileOf(key) : CollectionNode.fileOf(key as unknown as CollectionNode);
    return file.span(this.#start, this.#end);
  }
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
}

export class MapNode extends CollectionNode implements YMap {
  declare readonly kind: 'map';
  pairs: YPair[] = [];

  constructor(flow: boolean, file: SourceFile, start: number) {
    super(flow, file, start);
  }
}

export class SeqNode extends CollectionNode implements YSeq {
  declare readonly kind: 'seq';
  items: YNode[] = [];

  constructor(flow: boolean, file: SourceFile, start: number) {
    super(flow, file, start);
  }
}

// `kind` is the same for every node of a class: a prototype property, not a field.
Object.defineProperty(ScalarNode.prototype, 'kind', { value: 'scalar', enumerable: true });
Object.defineProperty(MapNode.prototype, 'kind', { value: 'map', enumerable: true });
Object.defineProperty(SeqNode.prototype, 'kind', { value: 'seq', enumerable: true });

/** Every empty list in a tree: one frozen array instead of thousands. */
const NONE = Object.freeze([]) as unknown as never[];

/**
 * A copy without spare capacity (an array grown by push keeps room for 17 items), or
 * the shared empty list: trees live for the whole run, and are never modified.
 */
export function exact<T>(items: T[]): T[] {
  return items.length === 0 ? NONE : items.slice();
}
