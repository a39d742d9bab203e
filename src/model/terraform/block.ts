// TfBlock / TfAttribute views over the HCL tree: values evaluated lazily in the scope
// of the instance that owns the block, nested and `dynamic` blocks expanded.

import { accessRecorder } from '../../engine/access-recorder.js';
import type { Attribute, Block, Expr } from '../../parse/hcl/ast.js';
import type { Range, SourceFile } from '../../parse/source.js';
import { hasKey, isObj, newObject, setKey } from './convert.js';
import { bindScope, evaluate, iterate, type Scope } from './evaluate.js';
import { referenceAddresses } from './references.js';
import type { TfAttribute, TfBlock, TfResource } from './types.js';
import { UNKNOWN, type Value } from './value.js';

export class AttributeView implements TfAttribute {
  readonly name: string;
  readonly range: Range;
  readonly nameRange: Range;
  readonly valueRange: Range;
  private cached: Value | undefined;
  private evaluating = false;
  private refs: string[] | undefined;

  constructor(
    readonly node: Attribute,
    readonly file: SourceFile,
    private readonly scope: Scope,
    /** Names bound by enclosing dynamic blocks (iterators), which are not references. */
    private readonly bound: ReadonlySet<string>,
  ) {
    this.name = node.name;
    this.range = node.range;
    this.nameRange = node.nameRange;
    this.valueRange = node.expr.range;
  }

  get value(): Value {
    if (this.cached !== undefined) return this.cached;
    // An attribute that (indirectly) needs its own value is a cycle: UNKNOWN.
    if (this.evaluating) return UNKNOWN;
    this.evaluating = true;
    try {
      this.cached = evaluate(this.node.expr, this.scope);
    } finally {
      this.evaluating = false;
    }
    return this.cached;
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
  readonly labels: string[];
  readonly range: Range;
  readonly headerRange: Range;
  readonly attributes = new Map<string, TfAttribute>();
  readonly indent: string;
  readonly bodyIndent: string;
  protected readonly bound: ReadonlySet<string>;
  private readonly nested = new Map<string, TfBlock[]>();
  private readonly parent: BlockView | undefined;

  constructor(
    readonly node: Block,
    readonly file: SourceFile,
    protected readonly scope: Scope,
    options: BlockViewOptions = {},
  ) {
    const header = options.header ?? node;
    this.type = options.typeName ?? node.type;
    this.labels = options.header ? [] : node.labels.map((l) => l.value);
    this.range = header.range;
    const lastLabel = header.labels[header.labels.length - 1];
    this.headerRange = { start: header.typeRange.start, end: (lastLabel ?? header).range.end };
    if (!lastLabel) this.headerRange = header.typeRange;
    this.bound = options.bound ?? new Set();
    this.parent = options.parent;
    for (const a of node.body.attributes) {
      if (!this.attributes.has(a.name)) this.attributes.set(a.name, new AttributeView(a, file, scope, this.bound));
    }
    this.indent = file.indentOf(header.range.start.line);
    this.bodyIndent = bodyIndentOf(node, file, this.indent);
  }

  attr(name: string): TfAttribute | undefined {
    if (accessRecorder) this.recordRead(name);
    return this.attributes.get(name);
  }

  value(name: string): Value | undefined {
    if (accessRecorder) this.recordRead(name);
    return this.attributes.get(name)?.value;
  }

  blocks(type: string): TfBlock[] {
    if (accessRecorder) this.recordRead(type);
    let list = this.nested.get(type);
    if (!list) {
      list = [];
      for (const b of this.node.body.blocks) {
        if (b.type === type) list.push(new BlockView(b, this.file, this.scope, { bound: this.bound, parent: this }));
        else if (b.type === 'dynamic' && b.labels[0]?.value === type) list.push(...this.dynamicContents(b, type));
      }
      this.nested.set(type, list);
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
      new BlockView(content, this.file, bindScope(this.scope, { [iterName]: iter }), { header: dyn, typeName: type, bound, parent: this });
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
    if (owner.mode && owner.resourceType) accessRecorder?.({ mode: owner.mode, resourceType: owner.resourceType, blockPath, name });
  }

  /** The block as an object: attributes, and nested blocks as lists of objects. */
  toValue(): Value {
    const obj = newObject();
    for (const [k, a] of this.attributes) setKey(obj, k, a.value);
    const types = new Set(this.node.body.blocks.map((b) => (b.type === 'dynamic' ? (b.labels[0]?.value ?? '') : b.type)));
    for (const t of types) if (t !== '' && !hasKey(obj, t)) setKey(obj, t, this.blocks(t).map((b) => (b as BlockView).toValue()));
    return obj;
  }
}

function traversalRoot(e: Expr): string | undefined {
  return e.kind === 'ScopeTraversal' && e.traversal.length === 0 ? e.root : undefined;
}

function bodyIndentOf(node: Block, file: SourceFile, indent: string): string {
  const headerLine = node.range.start.line;
  const firstLines = [...node.body.attributes.map((a) => a.range.start.line), ...node.body.blocks.map((b) => b.range.start.line)]
    .filter((l) => l > headerLine)
    .sort((a, b) => a - b);
  if (firstLines.length > 0) return file.indentOf(firstLines[0]);
  return indent + '  ';
}
