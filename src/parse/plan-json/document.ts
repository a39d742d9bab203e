// `terraform show -json plan.out` output, read with positions: the planned resource
// instances (`planned_values`, recursively through `child_modules`), joined with their
// change (`resource_changes`: actions, `after_unknown`) and their configuration
// (`configuration`: expressions, provider_config_key). Recognised by content, not by name.
// Format: https://developer.hashicorp.com/terraform/internals/json-format

import type { SourceFile } from '../source.js';
import { scanJson, type JsonMember, type JsonValue } from '../hcl/json-scanner.js';

export type JsonObject = Extract<JsonValue, { kind: 'object' }>;

export interface PlannedResource {
  /** `module.db[0].aws_db_instance.this[0]`. */
  address: string;
  /** `module.db[0]`, '' in the root module. */
  moduleAddress: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  /** count index or for_each key. */
  index?: string | number;
  /** The resource's object in `planned_values`. */
  object: JsonObject;
  /** Its `values` (attribute values after apply; unknown ones are left out). */
  values?: JsonObject;
  /** `resource_changes[].change.after_unknown` for the same address: which values are unknown. */
  afterUnknown?: JsonValue;
  /** `resource_changes[].change.actions` (`["create"]`, `["delete", "create"]`, ...). */
  actions?: string[];
  /** The resource's block in `configuration` (expressions, `provider_config_key`). */
  config?: JsonObject;
}

export interface PlanProviderConfig {
  /** Key in `configuration.provider_config`: `aws`, `aws.west`, `module.db:aws`. */
  key: string;
  name: string;
  alias?: { value: string; node: JsonValue };
  /** The block in `configuration.provider_config`. */
  object: JsonObject;
  /** Its `expressions` object. */
  expressions?: JsonObject;
}

export interface PlanDocument {
  formatVersion: string;
  terraformVersion?: string;
  resources: PlannedResource[];
  providers: PlanProviderConfig[];
  /** Root input variables: `variables.<name>.value`. */
  variables: Map<string, JsonValue>;
}

export type PlanRead =
  | { kind: 'plan'; plan: PlanDocument }
  /** Looked like a plan but is not valid JSON: the error, at its offsets. */
  | { kind: 'invalid'; message: string; start: number; end: number }
  | { kind: 'not-plan' };

const PLAN_KEYS = ['planned_values', 'resource_changes', 'configuration'];

/** Cheap test before any parsing: every plan mentions these keys; most JSON files do not. */
export function mayBePlan(text: string): boolean {
  return text.includes('"format_version"') && PLAN_KEYS.some((k) => text.includes(`"${k}"`));
}

export function readPlan(file: SourceFile): PlanRead {
  if (!mayBePlan(file.text)) return { kind: 'not-plan' };
  const { root, error } = scanJson(file.text);
  if (error) {
    // Only a document that still shows the plan's top-level keys is reported as a broken plan.
    if (root?.kind === 'object' && isPlanObject(root)) return { kind: 'invalid', ...error };
    return { kind: 'not-plan' };
  }
  if (root?.kind !== 'object' || !isPlanObject(root)) return { kind: 'not-plan' };
  return { kind: 'plan', plan: planOf(root) };
}

function isPlanObject(root: JsonObject): boolean {
  const version = member(root, 'format_version');
  return (
    version?.kind === 'string' &&
    PLAN_KEYS.some((k) => member(root, k)?.kind === 'object' || member(root, k)?.kind === 'array')
  );
}

export function member(obj: JsonValue | undefined, key: string): JsonValue | undefined {
  if (obj?.kind !== 'object') return undefined;
  // The last of duplicate keys wins, as in Go's encoding/json.
  let found: JsonMember | undefined;
  for (const m of obj.members) if (m.key === key) found = m;
  return found?.value;
}

function str(v: JsonValue | undefined): string | undefined {
  return v?.kind === 'string' ? v.value : undefined;
}

function planOf(root: JsonObject): PlanDocument {
  const changes = new Map<string, JsonObject>();
  const rc = member(root, 'resource_changes');
  if (rc?.kind === 'array')
    for (const c of rc.items) {
      const address = str(member(c, 'address'));
      if (address !== undefined && c.kind === 'object') changes.set(address, c);
    }
  const configuration = member(root, 'configuration');
  const resources: PlannedResource[] = [];
  const planned = member(member(root, 'planned_values'), 'root_module');
  if (planned) collectModule(planned, changes, member(configuration, 'root_module'), resources);
  const variables = new Map<string, JsonValue>();
  const vars = member(root, 'variables');
  if (vars?.kind === 'object')
    for (const m of vars.members) {
      const v = member(m.value, 'value');
      if (v) variables.set(m.key, v);
    }
  return {
    formatVersion: str(member(root, 'format_version')) ?? '',
    ...(str(member(root, 'terraform_version')) ? { terraformVersion: str(member(root, 'terraform_version')) } : {}),
    resources,
    providers: providerConfigs(member(configuration, 'provider_config')),
    variables,
  };
}

function collectModule(
  module: JsonValue,
  changes: Map<string, JsonObject>,
  configRoot: JsonValue | undefined,
  out: PlannedResource[],
): void {
  const list = member(module, 'resources');
  if (list?.kind === 'array')
    for (const r of list.items) addResource(r, str(member(module, 'address')) ?? '', changes, configRoot, out);
  const children = member(module, 'child_modules');
  if (children?.kind === 'array') for (const c of children.items) collectModule(c, changes, configRoot, out);
}

function addResource(
  r: JsonValue,
  moduleAddress: string,
  changes: Map<string, JsonObject>,
  configRoot: JsonValue | undefined,
  out: PlannedResource[],
): void {
  if (r.kind !== 'object') return;
  const address = str(member(r, 'address'));
  const type = str(member(r, 'type'));
  const name = str(member(r, 'name'));
  if (address === undefined || type === undefined || name === undefined) return;
  const mode = str(member(r, 'mode')) === 'data' ? 'data' : 'managed';
  const indexNode = member(r, 'index');
  const index = indexNode?.kind === 'string' || indexNode?.kind === 'number' ? indexNode.value : undefined;
  const values = member(r, 'values');
  const change = member(changes.get(address), 'change');
  const actions = member(change, 'actions');
  const afterUnknown = member(change, 'after_unknown');
  const config = configResource(configRoot, moduleAddress, `${mode === 'data' ? 'data.' : ''}${type}.${name}`);
  out.push({
    address,
    moduleAddress: moduleAddress || str(member(r, 'module_address')) || '',
    mode,
    type,
    name,
    ...(index !== undefined ? { index } : {}),
    object: r,
    ...(values?.kind === 'object' ? { values } : {}),
    ...(afterUnknown ? { afterUnknown } : {}),
    ...(actions?.kind === 'array'
      ? { actions: actions.items.flatMap((a) => (a.kind === 'string' ? [a.value] : [])) }
      : {}),
    ...(config ? { config } : {}),
  });
}

/** The configuration block of a resource: module calls followed by name, instance keys dropped. */
function configResource(
  root: JsonValue | undefined,
  moduleAddress: string,
  localAddress: string,
): JsonObject | undefined {
  let module = root;
  for (const call of moduleCallNames(moduleAddress))
    module = member(member(member(module, 'module_calls'), call), 'module');
  const list = member(module, 'resources');
  if (list?.kind !== 'array') return undefined;
  return list.items.find((c): c is JsonObject => c.kind === 'object' && str(member(c, 'address')) === localAddress);
}

/** `module.a[0].module.b["x"]` → `["a", "b"]`. */
export function moduleCallNames(moduleAddress: string): string[] {
  const names: string[] = [];
  const re = /(?:^|\.)module\.([A-Za-z0-9_-]+)(?:\[(?:"(?:[^"\\]|\\.)*"|[0-9]+)\])?/g;
  for (let m = re.exec(moduleAddress); m; m = re.exec(moduleAddress)) names.push(m[1]);
  return names;
}

function providerConfigs(node: JsonValue | undefined): PlanProviderConfig[] {
  if (node?.kind !== 'object') return [];
  const out: PlanProviderConfig[] = [];
  for (const m of node.members) {
    if (m.value.kind !== 'object') continue;
    const aliasNode = member(m.value, 'alias');
    const expressions = member(m.value, 'expressions');
    out.push({
      key: m.key,
      name: str(member(m.value, 'name')) ?? m.key.replace(/^.*:/, '').split('.')[0],
      ...(aliasNode?.kind === 'string' ? { alias: { value: aliasNode.value, node: aliasNode } } : {}),
      object: m.value,
      ...(expressions?.kind === 'object' ? { expressions } : {}),
    });
  }
  return out;
}
