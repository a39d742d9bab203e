// A root module with everything it calls, and the relations rules ask about:
// which resources point at which (by reference or by an equal known name).

import { collectReferences, referenceAddresses } from './references.js';
import type { ModuleInstance } from './module-instance.js';
import type { TfAttribute, TfModule, TfModuleCall, TfProvider, TfResource, TfStack } from './types.js';

/** Attributes that name a resource, whose known values other resources use to point at it. */
const IDENTIFYING_ATTRIBUTES = [
  'bucket',
  'name',
  'id',
  'identifier',
  'cluster_identifier',
  'function_name',
  'table_name',
  'arn',
];

/** The candidates of one `referrers` type and attribute, by what their attribute points at. */
interface ReferrerIndex {
  /** Resources of the type, then data sources of it, in stack order. */
  candidates: TfResource[];
  /** Module-relative address → the candidates whose attribute refers to it, with the reference's instance key. */
  byAddress: Map<string, { at: number; key: string | number | undefined }[]>;
  /** Known string value of the attribute → the candidates with it. */
  byValue: Map<string, number[]>;
}

/** How others point at a resource: its module-relative address, and its known names. */
interface Identity {
  address: string;
  /** Known values of its identifying attributes, each once, in IDENTIFYING_ATTRIBUTES order. */
  ids: string[];
}

export class Stack<M extends TfModule = TfModule> implements TfStack {
  readonly resources: TfResource[];
  readonly dataSources: TfResource[];
  readonly moduleCalls: TfModuleCall[];
  readonly providers: TfProvider[];
  private readonly byType = new Map<string, TfResource[]>();
  /** Type → attribute → index: nested, so that a question builds no key string. */
  private readonly referrerIndexes = new Map<string, Map<string, ReferrerIndex>>();
  /** What points at a target: asked once per target and referrer type, computed once per target. */
  private readonly identities = new Map<TfResource, Identity>();

  constructor(
    readonly root: M,
    readonly modules: M[],
  ) {
    this.resources = modules.flatMap((m) => m.resources);
    this.dataSources = modules.flatMap((m) => m.dataSources);
    this.moduleCalls = modules.flatMap((m) => m.moduleCalls);
    this.providers = modules.flatMap((m) => m.providers);
    for (const r of this.resources) {
      const list = this.byType.get(r.resourceType) ?? [];
      list.push(r);
      this.byType.set(r.resourceType, list);
    }
  }

  resourcesOfType(type: string): TfResource[] {
    return this.byType.get(type) ?? [];
  }

  referrers(target: TfResource, type: string, attr: string): TfResource[] {
    const { address, ids } = this.identity(target);
    const index = this.referrerIndex(type, attr);
    const hits: number[] = [];
    for (const ref of index.byAddress.get(address) ?? []) {
      const r = index.candidates[ref.at];
      if (r !== target && r.module === target.module && sameInstance(ref.key, target.key)) hits.push(ref.at);
    }
    for (const id of ids)
      for (const at of index.byValue.get(id) ?? []) if (index.candidates[at] !== target) hits.push(at);
    if (hits.length === 0) return [];
    // In candidate order, each once, as a filter over the candidates returns them.
    hits.sort((a, b) => a - b);
    const out: TfResource[] = [];
    for (let i = 0; i < hits.length; i++) if (i === 0 || hits[i] !== hits[i - 1]) out.push(index.candidates[hits[i]]);
    return out;
  }

  /**
   * Who points where through `attr`, for every resource and data source of `type`, built on
   * the first question: a stack with n buckets asks n times, and a pass over every candidate
   * per question (re-collecting each one's references) was quadratic.
   */
  private identity(target: TfResource): Identity {
    let identity = this.identities.get(target);
    if (identity) return identity;
    const ids = new Set<string>();
    for (const name of IDENTIFYING_ATTRIBUTES) {
      const v = target.value(name);
      if (typeof v === 'string' && v !== '') ids.add(v);
    }
    this.identities.set(target, (identity = { address: localAddress(target), ids: [...ids] }));
    return identity;
  }

  private referrerIndex(type: string, attr: string): ReferrerIndex {
    let byAttr = this.referrerIndexes.get(type);
    if (!byAttr) this.referrerIndexes.set(type, (byAttr = new Map()));
    let index = byAttr.get(attr);
    if (index) return index;
    index = { candidates: [], byAddress: new Map(), byValue: new Map() };
    byAttr.set(attr, index);
    const candidates = [...this.resourcesOfType(type), ...this.dataSources.filter((d) => d.resourceType === type)];
    for (let at = 0; at < candidates.length; at++) {
      const r = candidates[at];
      index.candidates.push(r);
      const a = r.attr(attr);
      if (!a) continue;
      // A reference counts within the module, directly or through one `local.*`.
      const direct = collectReferences(a.node.expr);
      const refs = [...direct];
      for (const ref of direct) {
        if (!ref.address.startsWith('local.')) continue;
        const decl = localDecl(r.module, ref.address.slice('local.'.length));
        if (decl) refs.push(...collectReferences(decl.node.expr));
      }
      for (const ref of refs) push(index.byAddress, ref.address, { at, key: ref.key });
      const v = a.value;
      if (typeof v === 'string') push(index.byValue, v, at);
    }
    return index;
  }

  referenced(attr: TfAttribute, from: TfResource | TfModuleCall): TfResource[] {
    const module = from.module;
    const addresses = new Set(attr.references);
    // One level of `local.*` indirection: `bucket = local.state_bucket`.
    for (const ref of attr.references) {
      if (!ref.startsWith('local.')) continue;
      const decl = localDecl(module, ref.slice('local.'.length));
      if (decl) for (const inner of referenceAddresses(decl.node.expr)) addresses.add(inner);
    }
    return [...module.resources, ...module.dataSources].filter((r) => addresses.has(localAddress(r)));
  }
}

/** A local's declaration; modules without declarations (a plan's) have none. */
function localDecl(module: TfModule, name: string) {
  return (module as Partial<ModuleInstance>).def?.locals.get(name);
}

/** `aws_s3_bucket.b` / `data.t.n` without module prefix or instance key. */
function localAddress(r: TfResource): string {
  return `${r.mode === 'data' ? 'data.' : ''}${r.resourceType}.${r.name}`;
}

/** A reference's literal instance key names the target's instance, or one of them is unkeyed. */
function sameInstance(refKey: string | number | undefined, targetKey: string | number | undefined): boolean {
  return refKey === undefined || targetKey === undefined || String(refKey) === String(targetKey);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export type { TfModule };
