// Scalars and pairs are most of a YAML tree, and trees live for the whole run. These
// classes keep a node's offsets on the node and build its range when it is read,
// instead of holding a separate range object (a third less memory per node).

import type { Range, SourceFile } from '../source.js';
import type { YMap, YNode, YPair, YScalar, YSeq } from './ast.js';

export class ScalarNode implements YScalar {
  /** On the prototype (see below): one field fewer per node. */
  declare readonly kind: 'scalar';
  declare tag?: string;
  readonly #file: SourceFile;
  readonly #start: number;
  readonly #end: number;

  constructor(
    public value: YScalar['value'],
    public source: string,
    public style: YScalar['style'],
    file: SourceFile,
    start: number,
    end: number,
  ) {
    this.#file = file;
    this.#start = start;
    this.#end = end;
  }

  get range(): Range {
    return this.#file.span(this.#start, this.#end);
  }
}

export class PairNode implements YPair {
  readonly #file: SourceFile;
  readonly #start: number;
  readonly #end: number;

  constructor(
    public key: YPair['key'],
    public value: YNode,
    file: SourceFile,
    start: number,
    end: number,
  ) {
    this.#file = file;
    this.#start = start;
    this.#end = end;
  }

  /** From the key to the end of the value. */
  get range(): Range {
    return this.#file.span(this.#start, this.#end);
  }
}

/** A mapping or sequence: its end is known when the collection closes (`close`). */
abstract class CollectionNode {
  declare tag?: string;
  readonly #file: SourceFile;
  readonly #start: number;
  #end: number;

  constructor(file: SourceFile, start: number) {
    this.#file = file;
    this.#start = start;
    this.#end = start;
  }

  get range(): Range {
    return this.#file.span(this.#start, this.#end);
  }

  close(end: number): void {
    this.#end = end;
  }
}

export class MapNode extends CollectionNode implements YMap {
  declare readonly kind: 'map';
  pairs: YPair[] = [];

  constructor(
    readonly flow: boolean,
    file: SourceFile,
    start: number,
  ) {
    super(file, start);
  }
}

export class SeqNode extends CollectionNode implements YSeq {
  declare readonly kind: 'seq';
  items: YNode[] = [];

  constructor(
    readonly flow: boolean,
    file: SourceFile,
    start: number,
  ) {
    super(file, start);
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
