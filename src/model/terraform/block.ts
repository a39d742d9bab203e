// TfBlock / TfAttribute views over the HCL tree: values evaluated lazily in the scope
// of the instance that owns the block, nested and `dynamic` blocks expanded.

import { accessRecorder } from '../../engine/access-recorder.js';
import type { Attribute, Block, Expr } from '../../parse/hcl/ast.js';
import { isTfJson, jsonAttributeBlocks } from './json-blocks.js';
import { endOffset, startOffset, type Range, type SourceFile } from '../../parse/source.js';
import { hasKey, isObj, newObject, setKey } from './convert.js';
import { bindScope, evaluate, iterate, type Scope } from './evaluate.js';
import { referenceAddresses } from './references.js';
import type { TfAttribute, TfBlock, TfResource } from './types.js';
import { UNKNOWN, type Value } from './value.js';

/** Shared by every block outside a `dynamic` block (most of them): nothing bound. */
const NO_NAMES: ReadonlySet<string> = new Set();

/** `cached` while the value is being computed: a read then is a cycle. */
const EVALUATING: unique symbol = Symbol('evaluating');

export class AttributeView implements TfAttribute {
  private cached: Value | typeof EVALUATING | undefined;
  private refs: string[] | undefined;

  constructor(
    readonly node: Attribute,
    readonly file: SourceFile,
    private readonly scope: Scope,
    /** Names bound by enclosing dynamic blocks (iterators), which are not references. */
    private readonly bound: ReadonlySet<string>,
  ) {}

  // Read through from the node rather than copied: one view per attribute lives for the whole run.
  get name(): string {
    return this.node.name;
  }

  get range(): Range {
    return this.node.range;
  }

  get nameRange(): Range {
    return this.node.nameRange;
  }

  get valueRange(): Range {
    return this.node.expr.range;
  }

  get value(): Value {
    const cached = this.cached;
    // An attribute that (indirectly) needs its own value is a cycle: UNKNOWN.
    if (cached === EVALUATING) return UNKNOWN;
    if (cached !== undefined) return cached;
    this.cached = EVALUATING;
    let v: Value | undefined;
    try {
      v = evaluate(this.node.expr, this.scope);
    } finally {
      this.cached = v;
    }
    return v;
  }

  get references(): string[] {
    return (this.refs ??= referenceAddresses(this.node.expr, this.bound));
  }
}

export interface BlockViewOptions {
  /** For `dynamic` content: the dynamic block, which is where findings point. */
  header?: Block;
  /** The nested block type a dynamic block generates. */
  typeName?: string;
  bound?: ReadonlySet<string>;
  /** The block this one is nested in (for the test-only access recorder). */
  parent?: BlockView;
}

export class BlockView implements TfBlock {
  readonly type: string;
  protected readonly bound: ReadonlySet<string>;
  /** For `dynamic` content: the dynamic block (header and range come from it). */
  private readonly header: Block | undefined;
  private readonly parent: BlockView | undefined;
  // Built on first use: many blocks are never asked for some of these, and all live for the whole run.
  /** Views of `node.body.attributes`, by index; a Map per block cost more than the views. */
  private views: (AttributeView | undefined)[] | undefined;
  private nested: Map<string, TfBlock[]> | undefined;

  constructor(
    readonly node: Block,
    readonly file: SourceFile,
    protected readonly scope: Scope,
    options: BlockViewOptions = {},
  ) {
    this.header = options.header;
    this.type = options.typeName ?? node.type;
    this.bound = options.bound ?? NO_NAMES;
    this.parent = options.parent;
  }

  get range(): Range {
    return (this.header ?? this.node).range;
  }

  get headerRange(): Range {
    const header = this.header ?? this.node;
    const lastLabel = header.labels[header.labels.length - 1];
    return lastLabel ? this.file.span(startOffset(header.typeRange), endOffset(lastLabel.range)) : header.typeRange;
  }

  /** Every attribute by name (the first of duplicates, which the parser reports). */
  get attributes(): Map<string, TfAttribute> {
    const out = new Map<string, TfAttribute>();
    const list = this.node.body.attributes;
    for (let i = 0; i < list.length; i++) if (!out.has(list[i].name)) out.set(list[i].name, this.view(i));
    return out;
  }

  /** The view of the first attribute called `name`. */
  private find(name: string): AttributeView | undefined {
    const list = this.node.body.attributes;
    for (let i = 0; i < list.length; i++) if (list[i].name === name) return this.view(i);
    return undefined;
  }

  private view(i: number): AttributeView {
    const views = (this.views ??= new Array(this.node.body.attributes.length));
    return (views[i] ??= new AttributeView(this.node.body.attributes[i], this.file, this.scope, this.bound));
  }

  /** Label values (none for dynamic content). Computed on read, like the indents: rarely asked, kept for no one. */
  get labels(): string[] {
    return this.header ? [] : this.node.labels.map((l) => l.value);
  }

  get indent(): string {
    return this.file.indentOf(this.range.start.line);
  }

  get bodyIndent(): string {
    return bodyIndentOf(this.node, this.file, this.indent);
  }

  attr(name: string): TfAttribute | undefined {
    if (accessRecorder) this.recordRead(name);
    return this.find(name);
  }

  value(name: string): Value | undefined {
    if (accessRecorder) this.recordRead(name);
    return this.find(name)?.value;
  }

  blocks(type: string): TfBlock[] {
    if (accessRecorder) this.recordRead(type);
    const nested = (this.nested ??= new Map());
    let list = nested.get(type);
    if (!list) {
      list = [];
      for (const b of this.node.body.blocks) {
        if (b.type === type) list.push(new BlockView(b, this.file, this.scope, { bound: this.bound, parent: this }));
        else if (b.type === 'dynamic' && b.labels[0]?.value === type) list.push(...this.dynamicContents(b, type));
      }
      if (isTfJson(this.file)) {
        for (const b of jsonAttributeBlocks(this.node.body, type, this.file)) {
          list.push(new BlockView(b, this.file, this.scope, { bound: this.bound, parent: this }));
        }
      }
      nested.set(type, list);
    }
    return list;
  }

  /** The blocks a `dynamic "type"` block generates; one with an UNKNOWN iterator when for_each is unknown. */
  private dynamicContents(dyn: Block, type: string): TfBlock[] {
    const content = dyn.body.blocks.find((b) => b.type === 'content');
    if (!content) return [];
    const iteratorAttr = dyn.body.attributes.find((a) => a.name === 'iterator');
    const iterName = (iteratorAttr && traversalRoot(iteratorAttr.expr)) ?? type;
    const bound = new Set(this.bound).add(iterName);
    const forEachAttr = dyn.body.attributes.find((a) => a.name === 'for_each');
    const coll = forEachAttr ? evaluate(forEachAttr.expr, this.scope) : UNKNOWN;
    let pairs: [Value, Value][] | undefined;
    if (coll !== UNKNOWN) {
      try {
        pairs = iterate(coll);
      } catch {
        pairs = undefined;
      }
    }
    const make = (iter: Value) =>
      new BlockView(content, this.file, bindScope(this.scope, { [iterName]: iter }), {
        header: dyn,
        typeName: type,
        bound,
        parent: this,
      });
    if (!pairs) return [make(UNKNOWN)];
    return pairs.map(([k, v]) => {
      const iter = newObject();
      setKey(iter, 'key', k);
      setKey(iter, 'value', v);
      return make(iter);
    });
  }

  get(path: string): Value | undefined {
    let cur: TfBlock | Value = this;
    for (const step of path.split('.')) {
      if (cur instanceof BlockView) {
        const a = cur.attr(step);
        if (a) {
          cur = a.value;
          continue;
        }
        const bs = cur.blocks(step);
        if (bs.length === 0) return undefined;
        cur = bs[0];
        continue;
      }
      let v = cur as Value;
      if (v === UNKNOWN) return UNKNOWN;
      // Attribute-syntax blocks (`rule = [{...}]`) are lists of objects: take the first, like blocks.
      if (Array.isArray(v)) {
        if (v.length === 0) return undefined;
        v = v[0];
        if (v === UNKNOWN) return UNKNOWN;
      }
      if (!isObj(v) || !hasKey(v, step)) return undefined;
      cur = v[step];
    }
    return cur instanceof BlockView ? cur.toValue() : (cur as Value);
  }

  /** Reports a read to the access recorder, with the owning resource type and the nested block path. */
  private recordRead(name: string): void {
    const blockPath: string[] = [];
    let root: BlockView = this;
    for (; root.parent; root = root.parent) blockPath.unshift(root.type);
    const owner = root as Partial<Pick<TfResource, 'mode' | 'resourceType'>>;
    if (owner.mode && owner.resourceType)
      accessRecorder?.({ mode: owner.mode, resourceType: owner.resourceType, blockPath, name });
  }

  /** The block as an object: attributes, and nested blocks as lists of objects. */
  toValue(): Value {
    const obj = newObject();
    for (const [k, a] of this.attributes) setKey(obj, k, a.value);
    const types = new Set(
      this.node.body.blocks.map((b) => (b.type === 'dynamic' ? (b.labels[0]?.value ?? '') : b.type)),
    );
    for (const t of types)
      if (t !== '' && !hasKey(obj, t))
        setKey(
          obj,
          t,
          this.blocks(t).map((b) => (b as BlockView).toValue()),
        );
    return obj;
  }
}

function traversalRoot(e: Expr): string | undefined {
  return e.kind === 'ScopeTraversal' && e.traversal.length === 0 ? e.root : undefined;
}

function bodyIndentOf(node: Block, file: SourceFile, indent: string): string {
  const headerLine = node.range.start.line;
  const firstLines = [
    ...node.body.attributes.map((a) => a.range.start.line),
    ...node.body.blocks.map((b) => b.range.start.line),
  ]
    .filter((l) => l > headerLine)
    .sort((a, b) => a - b);
  if (firstLines.length > 0) return file.indentOf(firstLines[0]);
  return indent + '  ';
}
