// One instance of a module directory (a root, or one instance of a module call): its
// variables, locals, expanded resources and calls, providers and backend, and the
// scope its expressions are evaluated in.

import type { Block, Expr, Traverser } from '../../parse/hcl/ast.js';
import type { SourceFile } from '../../parse/source.js';
import { BlockView } from './block.js';
import { formatNumber, newObject, setKey } from './convert.js';
import { EMPTY_SCOPE, applySteps, evaluate, iterate, type Scope } from './evaluate.js';
import { LazyMap } from './lazy.js';
import {
  blockAttr,
  callSource,
  isLocalSource,
  resolveLocalSource,
  type Declared,
  type ModuleDef,
  type ResourceDecl,
} from './module-def.js';
import type { TfBackend, TfBlock, TfModule, TfModuleCall, TfProvider, TfResource, TfVariable } from './types.js';
import { UNKNOWN, markOpen, type Value } from './value.js';
import { convertToType } from './var-types.js';

/** What the whole build shares: directories by path, input variables, limits. */
export interface BuildContext {
  defs: Map<string, ModuleDef>;
  /** Values from tfvars and --var-file, applied to root modules. */
  rootVars(def: ModuleDef): Map<string, Value>;
  maxDepth: number;
}

type InstanceKey = string | number | undefined;

/** A configuration expanded by count / for_each. `keys` undefined: expansion unknown. */
interface Expansion<T> {
  mode: 'single' | 'count' | 'for_each' | 'unknown';
  instances: T[];
}

function keySuffix(key: InstanceKey): string {
  if (key === undefined) return '';
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

export class ResourceView extends BlockView implements TfResource {
  readonly mode: 'managed' | 'data';
  readonly resourceType: string;
  readonly name: string;
  readonly address: string;
  readonly configAddress: string;
  private providerResolved = false;
  private providerCache: TfProvider | undefined;

  constructor(
    decl: ResourceDecl,
    scope: Scope,
    readonly module: ModuleInstance,
    readonly key: InstanceKey,
  ) {
    super(decl.node, decl.file, scope);
    this.mode = decl.mode;
    this.resourceType = decl.resourceType;
    this.name = decl.name;
    // join() builds flat strings; `+` and templates build trees of pieces, kept for the whole run.
    this.configAddress = [module.prefix, decl.mode === 'data' ? 'data.' : '', decl.resourceType, '.', decl.name].join(
      '',
    );
    this.address = key === undefined ? this.configAddress : [this.configAddress, keySuffix(key)].join('');
  }

  get provider(): TfProvider | undefined {
    if (!this.providerResolved) {
      this.providerResolved = true;
      const explicit = blockAttr(this.node, 'provider');
      const ref = explicit ? exprRef(explicit.expr) : this.resourceType.split('_')[0];
      this.providerCache = ref ? this.module.resolveProvider(ref) : undefined;
    }
    return this.providerCache;
  }

  get region(): Value | undefined {
    const family = this.provider?.providerName ?? this.resourceType.split('_')[0];
    if (family === 'azurerm') return this.value('location');
    if (family === 'google' || family === 'google-beta') {
      const own = this.value('region');
      if (own !== undefined) return own;
    }
    return this.provider?.region;
  }

  /** Value of one attribute of this instance as another expression sees it. */
  attributeForReference(name: string): Value {
    const a = this.attr(name);
    if (a) return a.value;
    if (this.node.body.blocks.some((b) => b.type === name || (b.type === 'dynamic' && b.labels[0]?.value === name))) {
      return this.blocks(name).map((b) => (b as BlockView).toValue());
    }
    // Computed by the provider (id, arn, ...): known only after apply.
    return UNKNOWN;
  }
}

export class ProviderView extends BlockView implements TfProvider {
  readonly providerName: string;
  readonly alias?: string;
  readonly ref: string;

  constructor(decl: Declared, scope: Scope) {
    super(decl.node, decl.file, scope);
    this.providerName = decl.node.labels[0]?.value ?? '';
    const alias = blockAttr(decl.node, 'alias');
    const aliasValue = alias ? evaluate(alias.expr, EMPTY_SCOPE) : undefined;
    if (typeof aliasValue === 'string') this.alias = aliasValue;
    this.ref = this.alias ? `${this.providerName}.${this.alias}` : this.providerName;
  }

  get region(): Value | undefined {
    return this.value('region');
  }
}

export class ModuleCallView extends BlockView implements TfModuleCall {
  readonly name: string;
  readonly address: string;
  readonly source: string;
  readonly local: boolean;
  readonly version?: string;
  child?: ModuleInstance;
  /** Directory of a local source when it was scanned. */
  readonly childDir?: string;

  constructor(
    decl: Declared,
    scope: Scope,
    readonly module: ModuleInstance,
    readonly key: InstanceKey,
    defs: Map<string, ModuleDef>,
  ) {
    super(decl.node, decl.file, scope);
    this.name = decl.node.labels[0]?.value ?? '';
    this.address = `${module.prefix}module.${this.name}${keySuffix(key)}`;
    this.source = callSource(decl.node);
    const dir = isLocalSource(this.source) ? resolveLocalSource(module.dir, this.source) : undefined;
    this.local = dir !== undefined && defs.has(dir);
    if (this.local) this.childDir = dir;
    const version = this.value('version');
    if (typeof version === 'string') this.version = version;
  }

  /** The provider this call passes for its source's provider family (registry `ns/name/aws`). */
  get provider(): TfProvider | undefined {
    const family = providerFamilyOfSource(this.source);
    if (!family) return undefined;
    const mapped = providersMap(this.node).get(family);
    return this.module.resolveProvider(mapped ?? family);
  }

  get region(): Value | undefined {
    return this.provider?.region;
  }

  /** Arguments passed to the child's variables. */
  argument(name: string): Value | undefined {
    if (META_ARGS.has(name)) return undefined;
    return this.attr(name)?.value;
  }
}

const META_ARGS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

function providerFamilyOfSource(source: string): string | undefined {
  const registry = /^(?:[\w.-]+\/)?[\w-]+\/[\w-]+\/([a-z0-9-]+)(?:\/\/.*)?$/.exec(source);
  if (registry && !isLocalSource(source)) return registry[1];
  const named = /terraform-(aws|google|azurerm|kubernetes|helm)-/.exec(source);
  return named?.[1];
}

/** `providers = { aws = aws.west, "aws.east" = aws.other }` as child ref → parent ref. */
export function providersMap(call: Block): Map<string, string> {
  const out = new Map<string, string>();
  const a = blockAttr(call, 'providers');
  if (a?.expr.kind !== 'ObjectCons') return out;
  for (const item of a.expr.items) {
    const k = item.bareKey ?? exprRef(item.key);
    const v = exprRef(item.value);
    if (k && v) out.set(k, v);
  }
  return out;
}

/** `aws.west` from a traversal or a quoted string. */
export function exprRef(e: Expr): string | undefined {
  if (e.kind === 'ScopeTraversal') {
    if (e.traversal.some((t) => t.kind !== 'Attr')) return undefined;
    return [e.root, ...e.traversal.map((t) => (t as { name: string }).name)].join('.');
  }
  if (e.kind === 'TemplateWrap') return exprRef(e.wrapped);
  if (e.kind === 'LiteralValue' && typeof e.value === 'string') return e.value;
  if (e.kind === 'Template' && e.parts.length === 1 && e.parts[0].kind === 'TemplateLiteral') return e.parts[0].value;
  return undefined;
}

export class BackendView extends BlockView implements TfBackend {
  readonly backendType: string;
  readonly config = new Map<string, { value: Value; range: import('../../parse/source.js').Range; file: SourceFile }>();
  readonly partialFiles: SourceFile[] = [];

  constructor(node: Block, file: SourceFile, partials: ModuleDef['input']['backendConfigs']) {
    super(node, file, EMPTY_SCOPE);
    this.backendType = node.type === 'cloud' ? 'cloud' : (node.labels[0]?.value ?? '');
    for (const [name, a] of this.attributes) this.config.set(name, { value: a.value, range: a.range, file });
    // Partial configuration (`-backend-config=FILE`) overrides the block's own settings.
    for (const p of partials) {
      this.partialFiles.push(p.file);
      for (const a of p.hcl.body.attributes) {
        this.config.set(a.name, { value: evaluate(a.expr, EMPTY_SCOPE), range: a.range, file: p.file });
      }
    }
  }
}

export class ModuleInstance implements TfModule {
  readonly dir: string;
  readonly files: SourceFile[];
  readonly variables = new Map<string, TfVariable>();
  readonly providers: TfProvider[];
  readonly terraformBlocks: TfBlock[];
  readonly backend?: TfBackend;
  /** `module.x.` inside a child, '' at the root: prefix of addresses. */
  readonly prefix: string;
  resources: TfResource[] = [];
  dataSources: TfResource[] = [];
  moduleCalls: TfModuleCall[] = [];
  readonly scope: Scope;
  private readonly localValues = new LazyMap<string, Value>();
  private readonly varValues = new LazyMap<string, Value>();
  private readonly outputValues = new LazyMap<string, Value>();
  private readonly resourceExp = new LazyMap<string, Expansion<ResourceView>>();
  private readonly callExp = new LazyMap<string, Expansion<ModuleCallView>>();
  private finished = false;

  constructor(
    readonly def: ModuleDef,
    private readonly ctx: BuildContext,
    readonly path: string,
    readonly isRoot: boolean,
    readonly call: ModuleCallView | undefined,
    readonly rootDir: string,
    /** Directories on the call chain above (and including) this one: guards recursion. */
    readonly chain: readonly string[],
  ) {
    this.dir = def.dir;
    this.files = def.input.files.map((f) => f.file);
    this.prefix = path === '' ? '' : `${path}.`;
    this.scope = { lookup: (root, steps) => this.lookup(root, steps) };
    for (const [name, d] of def.variables) this.variables.set(name, new VariableView(name, d.node, d.file, this));
    this.providers = def.providers.map((p) => new ProviderView(p, this.scope));
    this.terraformBlocks = def.terraformBlocks.map((t) => new BlockView(t.node, t.file, this.scope));
    for (const t of def.terraformBlocks) {
      const b = t.node.body.blocks.find((x) => x.type === 'backend' || x.type === 'cloud');
      if (b && !this.backend) this.backend = new BackendView(b, t.file, def.input.backendConfigs);
    }
  }

  get locals(): Map<string, Value> {
    const m = new Map<string, Value>();
    for (const name of this.def.locals.keys()) m.set(name, this.local(name));
    return m;
  }

  variable(name: string): Value {
    return this.varValues.get(name, () => this.computeVariable(name), UNKNOWN);
  }

  private computeVariable(name: string): Value {
    const decl = this.def.variables.get(name);
    if (!decl) return UNKNOWN;
    const typeExpr = blockAttr(decl.node, 'type')?.expr;
    const defaultAttr = blockAttr(decl.node, 'default');
    const dflt = defaultAttr ? evaluate(defaultAttr.expr, EMPTY_SCOPE) : undefined;
    let given: Value | undefined;
    if (this.isRoot) given = this.ctx.rootVars(this.def).get(name);
    else if (this.call) given = this.call.argument(name);
    const nullableAttr = blockAttr(decl.node, 'nullable');
    const nullable = nullableAttr ? evaluate(nullableAttr.expr, EMPTY_SCOPE) !== false : true;
    let v: Value;
    if (given !== undefined && !(given === null && !nullable && dflt !== undefined)) v = given;
    else if (dflt !== undefined) v = dflt;
    else return UNKNOWN;
    return convertToType(v, typeExpr);
  }

  local(name: string): Value {
    const decl = this.def.locals.get(name);
    if (!decl) return UNKNOWN;
    return this.localValues.get(name, () => evaluate(decl.node.expr, this.scope), UNKNOWN);
  }

  output(name: string): Value {
    const decl = this.def.outputs.get(name);
    if (!decl) return UNKNOWN;
    const a = blockAttr(decl.node, 'value');
    return this.outputValues.get(name, () => (a ? evaluate(a.expr, this.scope) : UNKNOWN), UNKNOWN);
  }

  /** All outputs as an object (what `module.x` is as a value). */
  outputsObject(): Value {
    const o = newObject();
    for (const name of this.def.outputs.keys()) setKey(o, name, this.output(name));
    return o;
  }

  private lookup(root: string, steps: Traverser[]): Value | undefined {
    const first = steps[0]?.kind === 'Attr' ? steps[0].name : undefined;
    switch (root) {
      case 'var':
        if (first === undefined || !this.def.variables.has(first)) return undefined;
        return applySteps(this.variable(first), steps.slice(1));
      case 'local':
        if (first === undefined || !this.def.locals.has(first)) return undefined;
        return applySteps(this.local(first), steps.slice(1));
      case 'path': {
        const o = newObject();
        setKey(o, 'module', this.dir);
        setKey(o, 'root', this.rootDir);
        setKey(o, 'cwd', '.');
        return applySteps(o, steps);
      }
      case 'terraform': {
        const o = newObject();
        setKey(o, 'workspace', 'default');
        return applySteps(o, steps);
      }
      case 'module':
        if (first === undefined || !this.def.calls.has(first)) return undefined;
        return this.lookupCall(first, steps.slice(1));
      case 'data': {
        const n = steps[1]?.kind === 'Attr' ? steps[1].name : undefined;
        const key = `data.${first}.${n}`;
        if (first === undefined || n === undefined || !this.def.resources.has(key)) return undefined;
        return this.lookupResource(key, steps.slice(2));
      }
      case 'count':
      case 'each':
      case 'self':
        return undefined;
      default: {
        const key = `${root}.${first}`;
        if (first === undefined || !this.def.resources.has(key)) return undefined;
        return this.lookupResource(key, steps.slice(1));
      }
    }
  }

  private lookupResource(key: string, steps: Traverser[]): Value {
    const exp = this.expandResource(key);
    return pickInstance(exp, steps, (inst, rest) => {
      if (rest.length === 0) return markOpen(inst.toValue());
      const [step, ...more] = rest;
      if (step.kind !== 'Attr') return UNKNOWN;
      return applySteps(inst.attributeForReference(step.name), more);
    });
  }

  private lookupCall(name: string, steps: Traverser[]): Value {
    const exp = this.expandCall(name);
    return pickInstance(exp, steps, (inst, rest) => {
      const child = inst.child;
      if (!child) return UNKNOWN;
      if (rest.length === 0) return child.outputsObject();
      const [step, ...more] = rest;
      if (step.kind !== 'Attr' || !child.def.outputs.has(step.name)) return UNKNOWN;
      return applySteps(child.output(step.name), more);
    });
  }

  /** Evaluates count / for_each of a block in this module's scope. */
  private expansionKeys(node: Block): { mode: Expansion<unknown>['mode']; keys: { key: InstanceKey; each?: Value }[] } {
    const count = blockAttr(node, 'count');
    const forEach = blockAttr(node, 'for_each');
    if (count) {
      const v = evaluate(count.expr, this.scope);
      if (typeof v !== 'number' && !(typeof v === 'string' && /^\d+$/.test(v)))
        return { mode: 'unknown', keys: [{ key: undefined }] };
      const n = Math.max(0, Math.floor(Number(v)));
      return { mode: 'count', keys: Array.from({ length: Math.min(n, 10_000) }, (_, i) => ({ key: i })) };
    }
    if (forEach) {
      const v = evaluate(forEach.expr, this.scope);
      if (v === UNKNOWN || v === null) return { mode: 'unknown', keys: [{ key: undefined }] };
      try {
        const pairs = iterate(v);
        // A set of strings: each.key and each.value are both the element.
        const keys = pairs.map(([k, val]) => {
          const key = typeof k === 'number' ? (typeof val === 'number' ? formatNumber(val) : val) : k;
          return { key: typeof key === 'string' ? key : undefined, each: val };
        });
        if (keys.some((k) => k.key === undefined)) return { mode: 'unknown', keys: [{ key: undefined }] };
        return { mode: 'for_each', keys };
      } catch {
        return { mode: 'unknown', keys: [{ key: undefined }] };
      }
    }
    return { mode: 'single', keys: [{ key: undefined }] };
  }

  /** Scope of every instance without count / for_each: the same for all of them. */
  private singleScope: Scope | undefined;

  private instanceScope(mode: Expansion<unknown>['mode'], key: InstanceKey, each: Value | undefined): Scope {
    // Most blocks are single: one shared scope per module instead of a closure per block.
    if (mode === 'single') return (this.singleScope ??= this.makeInstanceScope(mode, undefined, undefined));
    return this.makeInstanceScope(mode, key, each);
  }

  private makeInstanceScope(mode: Expansion<unknown>['mode'], key: InstanceKey, each: Value | undefined): Scope {
    return {
      lookup: (root, steps) => {
        if (root === 'self') return UNKNOWN;
        if (root === 'count') {
          if (mode === 'unknown') return UNKNOWN;
          if (mode !== 'count') return undefined;
          const o = newObject();
          setKey(o, 'index', key as number);
          return applySteps(o, steps);
        }
        if (root === 'each') {
          if (mode === 'unknown') return UNKNOWN;
          if (mode !== 'for_each') return undefined;
          const o = newObject();
          setKey(o, 'key', key as string);
          setKey(o, 'value', each ?? null);
          return applySteps(o, steps);
        }
        return this.scope.lookup(root, steps);
      },
    };
  }

  expandResource(key: string): Expansion<ResourceView> {
    const decl = this.def.resources.get(key)!;
    return this.resourceExp.get(
      key,
      () => {
        const { mode, keys } = this.expansionKeys(decl.node);
        return {
          mode,
          instances: keys.map((k) => new ResourceView(decl, this.instanceScope(mode, k.key, k.each), this, k.key)),
        };
      },
      { mode: 'unknown', instances: [] },
    );
  }

  expandCall(name: string): Expansion<ModuleCallView> {
    const decl = this.def.calls.get(name)!;
    return this.callExp.get(
      name,
      () => {
        const { mode, keys } = this.expansionKeys(decl.node);
        const instances = keys.map((k) => {
          const view = new ModuleCallView(decl, this.instanceScope(mode, k.key, k.each), this, k.key, this.ctx.defs);
          const childDef = view.childDir !== undefined ? this.ctx.defs.get(view.childDir) : undefined;
          // Recursion through local sources stops at a cycle or at the depth cap.
          if (childDef && !this.chain.includes(childDef.dir) && this.chain.length < this.ctx.maxDepth) {
            const childPath = `${this.prefix}module.${view.name}${keySuffix(k.key)}`;
            view.child = new ModuleInstance(childDef, this.ctx, childPath, false, view, this.rootDir, [
              ...this.chain,
              childDef.dir,
            ]);
          }
          return view;
        });
        return { mode, instances };
      },
      { mode: 'unknown', instances: [] },
    );
  }

  /** Provider configuration for a ref (`aws`, `aws.west`), following `providers` maps and inheritance. */
  resolveProvider(ref: string): TfProvider | undefined {
    const own = this.providers.find((p) => p.ref === ref);
    if (own) return own;
    if (!this.call) return undefined;
    const parent = this.call.module;
    const map = providersMap(this.call.node);
    if (map.size > 0) {
      const mapped = map.get(ref);
      return mapped ? parent.resolveProvider(mapped) : undefined;
    }
    // Only default (unaliased) configurations are inherited implicitly.
    return ref.includes('.') ? undefined : parent.resolveProvider(ref);
  }

  /** Expands every resource and call, depth first; returns this module and its descendants in call order. */
  finish(): ModuleInstance[] {
    const out: ModuleInstance[] = [this];
    if (this.finished) return out;
    this.finished = true;
    for (const [key, decl] of this.def.resources) {
      const list = this.expandResource(key).instances;
      if (decl.mode === 'managed') this.resources.push(...list);
      else this.dataSources.push(...list);
    }
    for (const name of this.def.calls.keys()) {
      for (const call of this.expandCall(name).instances) {
        this.moduleCalls.push(call);
        if (call.child) out.push(...call.child.finish());
      }
    }
    return out;
  }
}

function pickInstance<T>(exp: Expansion<T>, steps: Traverser[], use: (inst: T, rest: Traverser[]) => Value): Value {
  if (exp.mode === 'unknown') return UNKNOWN;
  if (exp.mode === 'single') return exp.instances[0] ? use(exp.instances[0], steps) : UNKNOWN;
  const keyed = exp.instances as (T & { key: InstanceKey })[];
  const step = steps[0];
  if (step?.kind === 'Index') {
    const wanted = exp.mode === 'count' ? Number(step.key) : String(step.key);
    const inst = keyed.find((i) => i.key === wanted);
    if (!inst) return UNKNOWN;
    return use(inst, steps.slice(1));
  }
  // The whole collection: a list for count, a map for for_each.
  if (exp.mode === 'count')
    return applySteps(
      keyed.map((i) => use(i, [])),
      steps,
    );
  const o = newObject();
  for (const i of keyed) setKey(o, String(i.key), use(i, []));
  return applySteps(o, steps);
}

/**
 * A variable whose value is computed when read. A class, not a literal with a getter:
 * each such literal gets its own getter closure and falls back to a dictionary (slow,
 * and several hundred bytes per variable).
 */
class VariableView implements TfVariable {
  readonly #module: ModuleInstance;

  constructor(
    readonly name: string,
    readonly block: Block,
    readonly file: SourceFile,
    module: ModuleInstance,
  ) {
    this.#module = module;
  }

  get value(): Value {
    return this.#module.variable(this.name);
  }
}
