// One instance of a module directory (a root, or one instance of a module call): its
// variables, locals, outputs and scope, and its resources and calls expanded by
// count / for_each (expansion.ts) into views (instance-views.ts).

import type { AccessRecorder } from './access.js';
import type { Traverser } from '../../parse/hcl/ast.js';
import type { SourceFile } from '../../parse/source.js';
import { BlockView } from './block.js';
import { newObject, setKey } from './convert.js';
import type { EvalBudget } from './budget.js';
import { applySteps, constantScope, evaluate, type Scope } from './evaluate.js';
import { expansionKeys, instanceScope, keySuffix, pickInstance, type Expanded, type InstanceKey } from './expansion.js';
import {
  BackendView,
  ModuleCallView,
  ProviderView,
  ResourceView,
  VariableView,
  providersMap,
} from './instance-views.js';
import { LazyMap } from './lazy.js';
import { blockAttr, type ModuleDef } from './module-def.js';
import type {
  Expansion,
  ExternalOrigin,
  TfBackend,
  TfBlock,
  TfModule,
  TfModuleCall,
  TfProvider,
  TfResource,
  TfVariable,
} from './types.js';
import { UNKNOWN, markOpen, type Value } from './value.js';
import { convertToType } from './var-types.js';

/** What the whole build shares: directories by path, input variables, limits. */
export interface BuildContext {
  defs: Map<string, ModuleDef>;
  /** Values from tfvars and --var-file, applied to root modules. */
  rootVars(def: ModuleDef): Map<string, Value>;
  maxDepth: number;
  /** The stack's evaluation budget (one per root). */
  budget: EvalBudget;
  /** Code for a non-local call: installed under the root's `.terraform/`, or the registry table's. */
  externalChild(rootDir: string, key: string, source: string, version: string | undefined): ModuleDef | undefined;
  /** Test-only: see access.ts. */
  recordAccess?: AccessRecorder;
}

/** What a resource or call in a reference cycle expands to (shared: read-only). */
const NO_INSTANCES: Expanded<never> = Object.freeze({ mode: 'unknown', instances: Object.freeze([]) as never[] });

export class ModuleInstance implements TfModule {
  readonly dir: string;
  readonly files: SourceFile[];
  readonly variables = new Map<string, TfVariable>();
  readonly providers: TfProvider[];
  readonly terraformBlocks: TfBlock[];
  readonly backend?: TfBackend;
  /** `module.x.` inside a child, '' at the root: prefix of addresses. */
  readonly prefix: string;
  readonly external?: ExternalOrigin;
  /** The module call path `terraform init` keys its manifest by: '' at the root, `vpc.subnets`. */
  readonly callKey: string;
  /** For a registry table entry: the call's address, which its made-up resources are reported as. */
  readonly addressAs?: string;
  resources: TfResource[] = [];
  dataSources: TfResource[] = [];
  moduleCalls: TfModuleCall[] = [];
  readonly scope: Scope;
  /** No names, the stack's budget: variable defaults and other constants. */
  private readonly constScope: Scope;
  private readonly localValues = new LazyMap<string, Value>();
  private readonly varValues = new LazyMap<string, Value>();
  private readonly outputValues = new LazyMap<string, Value>();
  private readonly resourceExp = new LazyMap<string, Expanded<ResourceView>>();
  private readonly callExp = new LazyMap<string, Expanded<ModuleCallView<ModuleInstance>>>();
  private finished = false;

  /** Test-only: see access.ts. */
  get recordAccess(): AccessRecorder | undefined {
    return this.ctx.recordAccess;
  }

  constructor(
    readonly def: ModuleDef,
    private readonly ctx: BuildContext,
    readonly path: string,
    readonly isRoot: boolean,
    readonly call: ModuleCallView<ModuleInstance> | undefined,
    readonly rootDir: string,
    /** Directories on the call chain above (and including) this one: guards recursion. */
    readonly chain: readonly string[],
  ) {
    this.dir = def.dir;
    this.files = def.input.files.map((f) => f.file);
    if (def.input.external) this.external = def.input.external;
    this.callKey =
      call === undefined ? '' : call.module.callKey === '' ? call.name : `${call.module.callKey}.${call.name}`;
    if (def.input.external?.kind === 'table' && call) this.addressAs = call.address;
    this.prefix = path === '' ? '' : `${path}.`;
    this.scope = { lookup: (root, steps) => this.lookup(root, steps), budget: ctx.budget };
    this.constScope = constantScope(ctx.budget);
    for (const [name, d] of def.variables) this.variables.set(name, new VariableView(name, d.node, d.file, this));
    this.providers = def.providers.map((p) => new ProviderView(p, this.scope));
    this.terraformBlocks = def.terraformBlocks.map((t) => new BlockView(t.node, t.file, this.scope));
    for (const t of def.terraformBlocks) {
      const b = t.node.body.blocks.find((x) => x.type === 'backend' || x.type === 'cloud');
      if (b && !this.backend) this.backend = new BackendView(b, t.file, def.input.backendConfigs, ctx.budget);
    }
  }

  get outputNames(): string[] {
    return [...this.def.outputs.keys()];
  }

  get terragrunt(): SourceFile | undefined {
    return this.def.input.terragrunt?.file;
  }

  get tfvarsFiles(): SourceFile[] {
    return this.def.input.tfvars.map((t) => t.file);
  }

  get locals(): Map<string, Value> {
    const m = new Map<string, Value>();
    for (const name of this.def.locals.keys()) m.set(name, this.local(name));
    return m;
  }

  variable(name: string): Value {
    const known = this.varValues.known(name);
    if (known !== undefined) return known;
    return this.varValues.get(name, () => this.computeVariable(name), UNKNOWN);
  }

  private computeVariable(name: string): Value {
    const decl = this.def.variables.get(name);
    if (!decl) return UNKNOWN;
    const typeExpr = blockAttr(decl.node, 'type')?.expr;
    const defaultAttr = blockAttr(decl.node, 'default');
    const dflt = defaultAttr ? evaluate(defaultAttr.expr, this.constScope, decl.file) : undefined;
    let given: Value | undefined;
    if (this.isRoot) given = this.ctx.rootVars(this.def).get(name);
    else if (this.call) given = this.call.argument(name);
    const nullableAttr = blockAttr(decl.node, 'nullable');
    const nullable = nullableAttr ? evaluate(nullableAttr.expr, this.constScope, decl.file) !== false : true;
    let v: Value;
    if (given !== undefined && !(given === null && !nullable && dflt !== undefined)) v = given;
    else if (dflt !== undefined) v = dflt;
    else return UNKNOWN;
    return convertToType(v, typeExpr);
  }

  local(name: string): Value {
    const decl = this.def.locals.get(name);
    if (!decl) return UNKNOWN;
    const known = this.localValues.known(name);
    if (known !== undefined) return known;
    return this.localValues.get(name, () => evaluate(decl.node.expr, this.scope, decl.file), UNKNOWN);
  }

  output(name: string): Value {
    const decl = this.def.outputs.get(name);
    if (!decl) return UNKNOWN;
    const a = blockAttr(decl.node, 'value');
    return this.outputValues.get(name, () => (a ? evaluate(a.expr, this.scope, decl.file) : UNKNOWN), UNKNOWN);
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

  /** Scope of every instance without count / for_each: the same for all of them. */
  private singleScope: Scope | undefined;

  private instanceScope(mode: Expansion, key: InstanceKey, each: Value | undefined): Scope {
    // Most blocks are single: one shared scope per module instead of a closure per block.
    if (mode === 'single') return (this.singleScope ??= instanceScope(this.scope, mode, undefined, undefined));
    return instanceScope(this.scope, mode, key, each);
  }

  expandResource(key: string): Expanded<ResourceView> {
    // Asked on every reference to the resource: no closure or fallback once it is known.
    const known = this.resourceExp.known(key);
    if (known !== undefined) return known;
    const decl = this.def.resources.get(key)!;
    return this.resourceExp.get(
      key,
      () => {
        const what = `${this.prefix}${key}`;
        const { mode, keys } = expansionKeys(decl.node, this.scope, this.ctx.budget, decl.file, what);
        return {
          mode,
          instances: keys.map(
            (k) => new ResourceView(decl, this.instanceScope(mode, k.key, k.each), this, k.key, mode),
          ),
        };
      },
      NO_INSTANCES,
    );
  }

  expandCall(name: string): Expanded<ModuleCallView<ModuleInstance>> {
    const known = this.callExp.known(name);
    if (known !== undefined) return known;
    const decl = this.def.calls.get(name)!;
    return this.callExp.get(
      name,
      () => {
        const what = `${this.prefix}module.${name}`;
        const { mode, keys } = expansionKeys(decl.node, this.scope, this.ctx.budget, decl.file, what);
        const instances = keys.map((k) => {
          const view = new ModuleCallView<ModuleInstance>(
            decl,
            this.instanceScope(mode, k.key, k.each),
            this,
            k.key,
            mode,
            this.ctx.defs,
          );
          const key = this.callKey === '' ? view.name : `${this.callKey}.${view.name}`;
          const childDef =
            view.childDir !== undefined
              ? this.ctx.defs.get(view.childDir)
              : this.ctx.externalChild(this.rootDir, key, view.source, view.version);
          // Recursion through local sources stops at a cycle or at the depth cap.
          if (childDef && !this.chain.includes(childDef.dir) && this.chain.length < this.ctx.maxDepth) {
            // Terragrunt runs the module as the root: its addresses carry no `module.` prefix.
            const childPath =
              this.def.input.terragrunt?.call === decl.node
                ? ''
                : `${this.prefix}module.${view.name}${keySuffix(k.key)}`;
            view.child = new ModuleInstance(childDef, this.ctx, childPath, false, view, this.rootDir, [
              ...this.chain,
              childDef.dir,
            ]);
          }
          return view;
        });
        return { mode, instances };
      },
      NO_INSTANCES,
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
