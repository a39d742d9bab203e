// A Terraform plan (`terraform show -json`) as a stack of the model: one module per module
// instance of the plan, holding the planned resource instances as ResourceViews over the
// blocks to-hcl.ts builds, so every rule runs on it unchanged. Deleted resources are not
// part of it (nothing is left to judge). The plan carries no backend, and its root declares
// no provider to the model: the configuration's backend is what state rules judge, and a
// plan is not a root "without a backend". Resources still resolve their provider (and its
// region) through the configuration's `provider_config_key`.

import type { SourceFile } from '../../../parse/source.js';
import type { PlanDocument, PlannedResource } from '../../../parse/plan-json/document.js';
import { member, moduleCallNames } from '../../../parse/plan-json/document.js';
import { providerBlock, resourceBlock } from '../../../parse/plan-json/to-hcl.js';
import type { AccessRecorder } from '../access.js';
import type { Scope } from '../evaluate.js';
import { ProviderView, ResourceView, type InstanceHost } from '../instance-views.js';
import { markJsonSyntax } from '../json-blocks.js';
import { Stack } from '../stack.js';
import type { TfBlock, TfModuleCall, TfProvider, TfResource, TfStack, TfVariable } from '../types.js';
import { UNKNOWN, type Value } from '../value.js';

/** Everything a plan's expressions name is unknown: only unknown values refer to anything. */
const PLAN_SCOPE: Scope = { lookup: () => UNKNOWN };

export class PlanModule implements InstanceHost {
  readonly isRoot: boolean;
  readonly prefix: string;
  /** Module call path (`db.replica`), '' at the root. */
  readonly callKey: string;
  readonly files: SourceFile[];
  resources: TfResource[] = [];
  dataSources: TfResource[] = [];
  readonly moduleCalls: TfModuleCall[] = [];
  readonly providers: TfProvider[] = [];
  readonly terraformBlocks: TfBlock[] = [];
  readonly variables = new Map<string, TfVariable>();
  readonly locals = new Map<string, Value>();
  readonly outputNames: string[] = [];
  readonly tfvarsFiles: SourceFile[] = [];
  readonly recordAccess: AccessRecorder | undefined;

  constructor(
    /** The plan file. */
    readonly plan: SourceFile,
    /** `module.db[0]`, '' for the root. */
    readonly path: string,
    recordAccess?: AccessRecorder,
  ) {
    this.isRoot = path === '';
    this.prefix = path === '' ? '' : `${path}.`;
    this.callKey = moduleCallNames(path).join('.');
    this.files = [plan];
    this.recordAccess = recordAccess;
  }

  /** The plan file stands for the root directory it was planned from. */
  get dir(): string {
    return this.plan.path;
  }

  variable(): Value {
    return UNKNOWN;
  }

  resolveProvider(): TfProvider | undefined {
    return undefined;
  }
}

/** A planned resource instance; its address and provider are the plan's. */
export class PlanResource extends ResourceView {
  constructor(
    readonly planned: PlannedResource,
    file: SourceFile,
    module: PlanModule,
    private readonly planProvider: TfProvider | undefined,
  ) {
    const node = resourceBlock(file, planned);
    const key = planned.index;
    super(
      { node, file, mode: planned.mode, resourceType: planned.type, name: planned.name },
      PLAN_SCOPE,
      module,
      key,
      key === undefined ? 'single' : typeof key === 'number' ? 'count' : 'for_each',
    );
    (this as { address: string }).address = planned.address;
  }

  override get provider(): TfProvider | undefined {
    return this.planProvider;
  }
}

/** Resources the plan removes are not judged: after apply they do not exist. */
export function isDeleted(r: PlannedResource): boolean {
  return r.actions !== undefined && r.actions.length > 0 && r.actions.every((a) => a === 'delete' || a === 'forget');
}

/** The plan as a stack: the root first, then each module instance in plan order. */
export function buildPlanStack(file: SourceFile, plan: PlanDocument, recordAccess?: AccessRecorder): TfStack {
  markJsonSyntax(file);
  const providers = new Map<string, TfProvider>();
  for (const p of plan.providers)
    providers.set(p.key, new ProviderView({ node: providerBlock(file, p, plan.variables), file }, PLAN_SCOPE));
  const modules = new Map<string, PlanModule>();
  const moduleOf = (path: string): PlanModule => {
    let m = modules.get(path);
    if (!m) modules.set(path, (m = new PlanModule(file, path, recordAccess)));
    return m;
  };
  const root = moduleOf('');
  for (const r of plan.resources) {
    if (isDeleted(r)) continue;
    const module = moduleOf(r.moduleAddress);
    const view = new PlanResource(r, file, module, providerFor(r, providers));
    (r.mode === 'data' ? module.dataSources : module.resources).push(view);
  }
  return new Stack(root, [...modules.values()]);
}

/** `provider_config_key` of the resource's configuration, else the default configuration of its provider. */
function providerFor(r: PlannedResource, providers: Map<string, TfProvider>): TfProvider | undefined {
  const keyNode = member(r.config, 'provider_config_key');
  const key = keyNode?.kind === 'string' ? keyNode.value : undefined;
  if (key !== undefined && providers.has(key)) return providers.get(key);
  const providerName = member(r.object, 'provider_name');
  const name = providerName?.kind === 'string' ? providerName.value.split('/').pop()! : r.type.split('_')[0];
  return providers.get(name);
}
