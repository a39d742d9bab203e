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

export class Stack<M extends TfModule = TfModule> implements TfStack {
  readonly resources: TfResource[];
  readonly dataSources: TfResource[];
  readonly moduleCalls: TfModuleCall[];
  readonly providers: TfProvider[];
  private readonly byType = new Map<string, TfResource[]>();

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
    const targetAddr = localAddress(target);
    const ids = new Set<string>();
    for (const name of IDENTIFYING_ATTRIBUTES) {
      const v = target.value(name);
      if (typeof v === 'string' && v !== '') ids.add(v);
    }
    const candidates = [...this.resourcesOfType(type), ...this.dataSources.filter((d) => d.resourceType === type)];
    return candidates.filter((r) => {
      const a = r.attr(attr);
      if (!a || r === target) return false;
      if (r.module === target.module && refersTo(a, r.module, targetAddr, target.key)) return true;
      const v = a.value;
      return typeof v === 'string' && ids.has(v);
    });
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

function refersTo(
  a: TfAttribute,
  module: TfModule,
  targetAddr: string,
  targetKey: string | number | undefined,
): boolean {
  const matches = (refs: { address: string; key?: string | number }[]) =>
    refs.some(
      (ref) =>
        ref.address === targetAddr &&
        (ref.key === undefined || targetKey === undefined || String(ref.key) === String(targetKey)),
    );
  const direct = collectReferences(a.node.expr);
  if (matches(direct)) return true;
  for (const ref of direct) {
    if (!ref.address.startsWith('local.')) continue;
    const decl = localDecl(module, ref.address.slice('local.'.length));
    if (decl && matches(collectReferences(decl.node.expr))) return true;
  }
  return false;
}

export type { TfModule };
