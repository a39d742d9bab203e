// What "has resource requests and limits" means, shared by the Kubernetes manifest,
// Terraform `kubernetes_*` and HPA rules: which of the four settings are required
// (rule options), and how a limit, or a LimitRange default, stands in for a setting.

export type ResourceName = 'cpu' | 'memory';
export type Setting = 'request' | 'limit';
/** `cpu-request`, `memory-limit`, ... */
export type Need = `${ResourceName}-${Setting}`;

export const RESOURCE_NAMES: readonly ResourceName[] = ['cpu', 'memory'];

/** A need's resource and setting, looked up rather than split per container (the rules ask four per container). */
export const NEED_PARTS: Readonly<Record<Need, readonly [ResourceName, Setting]>> = {
  'cpu-request': ['cpu', 'request'],
  'cpu-limit': ['cpu', 'limit'],
  'memory-request': ['memory', 'request'],
  'memory-limit': ['memory', 'limit'],
};

/** The limit that stands in for a resource's request. */
const LIMIT_OF: Readonly<Record<ResourceName, Need>> = { cpu: 'cpu-limit', memory: 'memory-limit' };

export interface ResourceOptions {
  /** Resources that need settings. docs/design.md's config example: `require: [memory]`. */
  require: ResourceName[];
  requireRequests: boolean;
  requireLimits: boolean;
  /** Sizes the fix inserts when nothing on the container says better. */
  fixValues: Record<ResourceName, string>;
}

/**
 * GKE Autopilot's documented defaults for a container that sets nothing (500m CPU,
 * 2 GiB, limits equal to requests): sizes a major provider runs unknown workloads with,
 * generous enough not to OOM-kill a typical service that had no limit before.
 */
export const DEFAULT_FIX_VALUES: Record<ResourceName, string> = { cpu: '500m', memory: '2Gi' };

export const defaultResourceOptions: ResourceOptions = {
  require: ['cpu', 'memory'],
  requireRequests: true,
  requireLimits: true,
  fixValues: DEFAULT_FIX_VALUES,
};

export const resourceOptionsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    require: { type: 'array', items: { enum: ['cpu', 'memory'] }, uniqueItems: true },
    requireRequests: { type: 'boolean' },
    requireLimits: { type: 'boolean' },
    fixValues: {
      type: 'object',
      additionalProperties: false,
      properties: { cpu: { type: 'string', minLength: 1 }, memory: { type: 'string', minLength: 1 } },
    },
  },
};

/** Options merged over the defaults (the engine may pass a partial object). */
export function resolveResourceOptions(options: Partial<ResourceOptions> | undefined): ResourceOptions {
  const o = options ?? {};
  return {
    require: Array.isArray(o.require)
      ? o.require.filter((r): r is ResourceName => r === 'cpu' || r === 'memory')
      : defaultResourceOptions.require,
    requireRequests: o.requireRequests ?? true,
    requireLimits: o.requireLimits ?? true,
    fixValues: { ...DEFAULT_FIX_VALUES, ...(o.fixValues ?? {}) },
  };
}

export function requiredNeeds(options: ResourceOptions): Need[] {
  const needs: Need[] = [];
  for (const r of RESOURCE_NAMES) {
    if (!options.require.includes(r)) continue;
    if (options.requireRequests) needs.push(`${r}-request`);
    if (options.requireLimits) needs.push(`${r}-limit`);
  }
  return needs;
}

const NONE_COVERED: ReadonlySet<Need> = new Set();

/**
 * The required settings a container lacks. A declared limit counts as the request too:
 * Kubernetes copies a limit into a missing request. `covered` holds settings a
 * LimitRange fills in at admission.
 */
export function missingNeeds(
  required: Need[],
  declared: (n: Need) => boolean,
  covered: ReadonlySet<Need> = NONE_COVERED,
): { missing: Need[]; defaulted: Need[] } {
  const missing: Need[] = [];
  const defaulted: Need[] = [];
  for (const need of required) {
    const [res, setting] = NEED_PARTS[need];
    const has = declared(need) || (setting === 'request' && declared(LIMIT_OF[res]));
    if (has) continue;
    if (covered.has(need)) defaulted.push(need);
    else missing.push(need);
  }
  return { missing, defaulted };
}

const LABEL: Record<Need, string> = {
  'cpu-request': 'CPU request',
  'cpu-limit': 'CPU limit',
  'memory-request': 'memory request',
  'memory-limit': 'memory limit',
};

/** "CPU request, memory request and memory limit". */
export function describeNeeds(needs: Need[]): string {
  const words = needs.map((n) => LABEL[n]);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** What goes wrong without these settings: requests place pods, limits contain them. */
export function consequenceOf(needs: Need[]): string {
  const requests = needs.some((n) => n.endsWith('-request'));
  const limits = needs.some((n) => n.endsWith('-limit'));
  if (requests && limits)
    return 'the scheduler cannot place it by what it needs, and one leak can starve every pod on its node';
  if (requests)
    return 'the scheduler places it as if it needed nothing, so its node can be overcommitted and pods evicted under pressure';
  return 'nothing caps it, so one leak or runaway loop can starve every pod on its node';
}

/** Settings a LimitRange `type: Container` item fills in: `default` sets limits (and, through them, requests). */
export function coveredByDefaults(defaultLimits: Iterable<string>, defaultRequests: Iterable<string>): Set<Need> {
  const covered = new Set<Need>();
  for (const r of defaultLimits) if (r === 'cpu' || r === 'memory') covered.add(`${r}-limit`).add(`${r}-request`);
  for (const r of defaultRequests) if (r === 'cpu' || r === 'memory') covered.add(`${r}-request`);
  return covered;
}
