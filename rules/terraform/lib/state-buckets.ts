// Finding the bucket / storage account a backend stores its state in, anywhere in the
// scanned tree (typically a `bootstrap/` root next to `live/<env>/` roots).

import type { TfBackend, TfProject, TfResource, TfStack } from '../../../src/model/terraform/types.js';
import { backendLocation, rootBackends, setting } from './backend.js';
import type { JoinKey } from '../../../src/engine/rule.js';

export interface StateStore {
  backendType: 's3' | 'gcs' | 'azurerm';
  /** Resource type that stores the state, and its naming attribute. */
  resourceType: string;
  nameAttribute: string;
  /** Backend setting that names it. */
  backendSetting: string;
}

export const STATE_STORES: StateStore[] = [
  { backendType: 's3', resourceType: 'aws_s3_bucket', nameAttribute: 'bucket', backendSetting: 'bucket' },
  { backendType: 'gcs', resourceType: 'google_storage_bucket', nameAttribute: 'name', backendSetting: 'bucket' },
  {
    backendType: 'azurerm',
    resourceType: 'azurerm_storage_account',
    nameAttribute: 'name',
    backendSetting: 'storage_account_name',
  },
];

export interface StateBucket {
  store: StateStore;
  resource: TfResource;
  stack: TfStack;
  name: string;
  /** Backends that keep their state in it. */
  backends: TfBackend[];
}

/** Declared state buckets, each once (a module instantiated by two roots is one declaration). */
export function stateBuckets(project: TfProject): StateBucket[] {
  const out: StateBucket[] = [];
  for (const store of STATE_STORES) {
    const byName = new Map<string, TfBackend[]>();
    for (const { backend } of rootBackends(project, store.backendType)) {
      const v = setting(backend, store.backendSetting)?.value;
      if (typeof v === 'string' && v !== '') byName.set(v, [...(byName.get(v) ?? []), backend]);
    }
    if (byName.size === 0) continue;
    const seen = new Set<string>();
    for (const stack of project.stacks) {
      for (const resource of stack.resourcesOfType(store.resourceType)) {
        const name = resource.value(store.nameAttribute);
        const backends = typeof name === 'string' ? byName.get(name) : undefined;
        if (!backends || typeof name !== 'string') continue;
        const key = `${resource.file.path}:${resource.range.start.offset}:${resource.key ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ store, resource, stack, name, backends });
      }
    }
  }
  return out;
}

/**
 * What joins state across deployment units: the names stores declare and backends point
 * at, and the known bucket names / ids a bucket declares and versioning resources point at
 * (see referrersAnywhere).
 */
export function* stateJoinKeys(project: TfProject): Generator<JoinKey> {
  for (const store of STATE_STORES) {
    for (const { backend } of rootBackends(project, store.backendType)) {
      const v = setting(backend, store.backendSetting)?.value;
      if (typeof v === 'string' && v !== '') yield { uses: `${store.resourceType}:${v}` };
    }
    for (const stack of project.stacks)
      for (const r of stack.resourcesOfType(store.resourceType)) {
        const name = r.value(store.nameAttribute);
        if (typeof name === 'string' && name !== '') yield { declares: `${store.resourceType}:${name}` };
      }
  }
  for (const stack of project.stacks) {
    for (const r of stack.resourcesOfType('aws_s3_bucket'))
      // The names Stack.referrers matches on that a bucket has.
      for (const name of BUCKET_IDS) {
        const v = r.value(name);
        if (typeof v === 'string' && v !== '') yield { declares: `id:${v}` };
      }
    for (const r of stack.resourcesOfType(VERSIONING)) {
      const v = r.attr('bucket')?.value;
      if (typeof v === 'string' && v !== '') yield { uses: `id:${v}` };
    }
  }
}

const VERSIONING = 'aws_s3_bucket_versioning';
const BUCKET_IDS = ['bucket', 'id', 'arn'];

/** `live/prod/backend.tf:3, live/stage/backend.tf:3` */
export function backendLocations(backends: TfBackend[]): string {
  return backends.map(backendLocation).join(', ');
}

/** Resources of `type` pointing at `target` from any stack (by reference, or by its known name). */
export function referrersAnywhere(project: TfProject, target: TfResource, type: string, attr: string): TfResource[] {
  const seen = new Set<TfResource>();
  for (const stack of project.stacks) for (const r of stack.referrers(target, type, attr)) seen.add(r);
  return [...seen];
}
