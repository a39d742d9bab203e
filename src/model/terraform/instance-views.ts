// Views of one instance's declarations: resources, providers, module calls, the
// backend and variables, each evaluated in the scope of the module instance owning it.

import type { Block, Expr } from '../../parse/hcl/ast.js';
import type { Range, SourceFile } from '../../parse/source.js';
import { BlockView } from './block.js';
import type { EvalBudget } from './budget.js';
import { constantScope, evaluate, type Scope } from './evaluate.js';
import { keySuffix, type InstanceKey } from './expansion.js';
import {
  blockAttr,
  callSource,
  isLocalSource,
  resolveLocalSource,
  type Declared,
  type ModuleDef,
  type ResourceDecl,
} from './module-def.js';
import type { AccessRecorder } from './access.js';
import { isReadOnly } from './synthetic.js';
import type { Expansion, TfBackend, TfModule, TfModuleCall, TfProvider, TfResource, TfVariable } from './types.js';
import { UNKNOWN, type Value } from './value.js';

/**
 * What the views need from the module instance they belong to. ModuleInstance implements
 * it; naming it here keeps the views from depending on the instance that builds them.
 */
export interface InstanceHost extends TfModule {
  readonly dir: string;
  readonly prefix: string;
  /** Module call path (`vpc.subnets`), '' at the root. */
  readonly callKey: string;
  /** Set for a registry table entry: its resources are reported as the call (`module.db`). */
  readonly addressAs?: string;
  readonly recordAccess: AccessRecorder | undefined;
  variable(name: string): Value;
  resolveProvider(ref: string): TfProvider | undefined;
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
    readonly module: InstanceHost,
    readonly key: InstanceKey,
    readonly expansion: Expansion,
  ) {
    super(decl.node, decl.file, scope, module.recordAccess ? { recordAccess: module.recordAccess } : {});
    this.mode = decl.mode;
    this.resourceType = decl.resourceType;
    this.name = decl.name;
    // join() builds flat strings; `+` and templates build trees of pieces, kept for the whole run.
    this.configAddress = [module.prefix, decl.mode === 'data' ? 'data.' : '', decl.resourceType, '.', decl.name].join(
      '',
    );
    this.address =
      module.addressAs ?? (key === undefined ? this.configAddress : [this.configAddress, keySuffix(key)].join(''));
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
    const a = this.declared(name);
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
    const aliasValue = alias ? evaluate(alias.expr, constantScope(scope.budget), decl.file) : undefined;
    if (typeof aliasValue === 'string') this.alias = aliasValue;
    this.ref = this.alias ? `${this.providerName}.${this.alias}` : this.providerName;
  }

  get region(): Value | undefined {
    return this.value('region');
  }
}

/** `Child`: the instance a local call expands to (ModuleInstance). */
export class ModuleCallView<Child extends TfModule = TfModule> extends BlockView implements TfModuleCall {
  readonly name: string;
  readonly address: string;
  readonly source: string;
  readonly local: boolean;
  readonly version?: string;
  child?: Child;
  /** Directory of a local source when it was scanned. */
  readonly childDir?: string;

  constructor(
    decl: Declared,
    scope: Scope,
    readonly module: InstanceHost,
    readonly key: InstanceKey,
    readonly expansion: Expansion,
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
    // Passing `null` sets a nullable variable to null: the declared attribute, not attr().
    return this.declared(name)?.value;
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
  readonly config = new Map<string, { value: Value; range: Range; file: SourceFile }>();
  readonly partialFiles: SourceFile[] = [];
  /** False when the settings are not text a fix can edit (a Terragrunt `generate` block, a computed map). */
  readonly editable: boolean;

  constructor(node: Block, file: SourceFile, partials: ModuleDef['input']['backendConfigs'], budget?: EvalBudget) {
    super(node, file, constantScope(budget));
    this.backendType = node.type === 'cloud' ? 'cloud' : (node.labels[0]?.value ?? '');
    this.editable = !isReadOnly(node);
    for (const [name, a] of this.attributes) this.config.set(name, { value: a.value, range: a.range, file: a.file });
    // Partial configuration (`-backend-config=FILE`) overrides the block's own settings.
    for (const p of partials) {
      this.partialFiles.push(p.file);
      for (const a of p.hcl.body.attributes) {
        this.config.set(a.name, { value: evaluate(a.expr, this.scope, p.file), range: a.range, file: p.file });
      }
    }
  }
}

/**
 * A variable whose value is computed when read. A class, not a literal with a getter:
 * each such literal gets its own getter closure and falls back to a dictionary (slow,
 * and several hundred bytes per variable).
 */
export class VariableView implements TfVariable {
  readonly #module: InstanceHost;

  constructor(
    readonly name: string,
    readonly block: Block,
    readonly file: SourceFile,
    module: InstanceHost,
  ) {
    this.#module = module;
  }

  get value(): Value {
    return this.#module.variable(this.name);
  }
}
