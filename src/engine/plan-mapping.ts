// Findings on a Terraform plan, placed where the author fixes them. When the configuration
// the plan was made from is among the scanned files (the root module in the plan's own
// directory, sharing resource addresses with it), a finding on a planned value moves to the same address in the
// `.tf` files: the attribute's line, the enclosing nested block, or the resource block
// when the configuration leaves the attribute out (then, like any finding in a called
// module, to the caller's argument). The plan's position stays as a related location.
// The plan's verdict is preferred (it knows the values), so the configuration's own
// findings on the addresses the plan covers are dropped: one problem, one finding.
// Plan findings never carry a fix: their edits would rewrite the plan JSON.

import { dirname } from 'node:path';
import type { Finding } from '../findings/finding.js';
import type { Project } from '../model/project.js';
import { placeInModule } from '../model/terraform/placement.js';
import { PlanModule, PlanResource } from '../model/terraform/plan/build.js';
import type { TfBlock, TfModuleCall, TfResource, TfStack } from '../model/terraform/types.js';
import type { Attribute, Expr } from '../parse/hcl/ast.js';
import { endOffset, startOffset, type Range, type SourceFile } from '../parse/source.js';
import { locate, valueAt, type At } from './rule.js';
import type { Relocated } from './run-rules.js';

type Step = string | number;
/** Which part of a planned value a finding points at. */
type Part = 'header' | 'whole' | 'name' | 'value';

interface Element {
  resource: PlanResource;
  path: Step[];
  part: Part;
  start: number;
  end: number;
}

type ConfigTarget = TfResource | TfModuleCall;

export interface PlanMapping {
  /** A finding's place in a plan, moved to the configuration (or kept in the plan, without a fix). */
  relocate(file: SourceFile, range: Range): Relocated | undefined;
  /** False for a configuration finding the plan judges instead. */
  keep(finding: Finding): boolean;
}

const NONE: PlanMapping = { relocate: () => undefined, keep: () => true };

export function planMapping(project: Project): PlanMapping {
  const stacks = project.terraform.stacks;
  const planStacks = stacks.filter((s) => s.root instanceof PlanModule);
  if (planStacks.length === 0) return NONE;
  const configStacks = stacks.filter((s) => !(s.root instanceof PlanModule));
  const plans = new Map<SourceFile, PlanIndex>();
  const covered = new Set<string>();
  for (const stack of planStacks) {
    const file = (stack.root as PlanModule).plan;
    const config = matchingStack(stack, file, configStacks);
    const index = new PlanIndex(file, stack, config);
    plans.set(file, index);
    if (!config) continue;
    const files = new Set(config.modules.flatMap((m) => m.files.map((f) => f.path)));
    for (const target of index.targets.values())
      if (target) for (const f of files) covered.add(`${f}\0${target.address}`);
  }
  const planPaths = new Set([...plans.keys()].map((f) => f.path));
  return {
    relocate(file, range) {
      return plans.get(file)?.relocate(range);
    },
    keep(f) {
      if (planPaths.has(f.file) || f.related?.some((r) => planPaths.has(r.file))) return true;
      return f.resource === undefined || !covered.has(`${f.file}\0${f.resource}`);
    },
  };
}

/**
 * The configuration the plan was made from: the root module in the plan's own directory
 * (where `terraform show -json plan.out > plan.json` writes it), when it shares resource
 * addresses with the plan. Only there: a plan elsewhere would tie two directories together.
 */
function matchingStack(plan: TfStack, file: SourceFile, configs: TfStack[]): TfStack | undefined {
  const home = dirOrDot(file.path);
  const stack = configs.find((s) => s.root.dir === home);
  if (!stack) return undefined;
  const have = new Set([...stack.resources, ...stack.dataSources].map((r) => keyless(r.address)));
  return [...plan.resources, ...plan.dataSources].some((r) => have.has(keyless(r.address))) ? stack : undefined;
}

function dirOrDot(path: string): string {
  const d = dirname(path);
  return d === '' ? '.' : d;
}

/** An address without instance keys: `module.db[0].aws_db_instance.this["a"]` → `module.db.aws_db_instance.this`. */
export function keyless(address: string): string {
  return address.replace(/\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\]/g, '');
}

class PlanIndex {
  private readonly byRange = new Map<string, Element>();
  private readonly elements: Element[] = [];
  /** Config counterpart of each planned resource (undefined: not in the scanned configuration). */
  readonly targets = new Map<PlanResource, ConfigTarget | undefined>();

  constructor(
    private readonly file: SourceFile,
    plan: TfStack,
    config: TfStack | undefined,
  ) {
    const exact = new Map<string, ConfigTarget>();
    const loose = new Map<string, ConfigTarget>();
    for (const t of config ? [...config.resources, ...config.dataSources, ...config.moduleCalls] : []) {
      if (!exact.has(t.address)) exact.set(t.address, t);
      if (!loose.has(keyless(t.address))) loose.set(keyless(t.address), t);
    }
    const find = (address: string) => exact.get(address) ?? loose.get(keyless(address));
    for (const r of [...plan.resources, ...plan.dataSources]) {
      if (!(r instanceof PlanResource)) continue;
      this.targets.set(r, config ? (find(r.address) ?? enclosingCall(r.planned.moduleAddress, find)) : undefined);
      this.add(r, [], 'header', r.node.range);
      for (const a of r.node.body.attributes) this.attribute(r, [], a);
    }
  }

  private add(resource: PlanResource, path: Step[], part: Part, range: Range): void {
    const e: Element = { resource, path, part, start: startOffset(range), end: endOffset(range) };
    this.elements.push(e);
    const key = `${e.start}:${e.end}`;
    if (!this.byRange.has(key)) this.byRange.set(key, e);
  }

  private attribute(r: PlanResource, at: Step[], a: Attribute): void {
    const path = [...at, a.name];
    this.add(r, path, 'whole', a.range);
    this.add(r, path, 'name', a.nameRange);
    this.add(r, path, 'value', a.expr.range);
    this.value(r, path, a.expr);
  }

  private value(r: PlanResource, path: Step[], e: Expr): void {
    if (e.kind === 'TupleCons')
      e.items.forEach((item, i) => {
        this.add(r, [...path, i], 'whole', item.range);
        this.value(r, [...path, i], item);
      });
    else if (e.kind === 'ObjectCons')
      for (const item of e.items) {
        const key = item.key.kind === 'LiteralValue' ? String(item.key.value) : undefined;
        if (key === undefined) continue;
        this.attribute(r, path, {
          kind: 'Attribute',
          name: key,
          nameRange: item.key.range,
          expr: item.value,
          range: item.range,
        });
      }
  }

  /** The element at exactly this range, else the smallest one containing it. */
  private elementAt(range: Range): Element | undefined {
    const start = startOffset(range);
    const end = endOffset(range);
    const exact = this.byRange.get(`${start}:${end}`);
    if (exact) return exact;
    let best: Element | undefined;
    for (const e of this.elements)
      if (e.start <= start && end <= e.end && (!best || e.end - e.start < best.end - best.start)) best = e;
    return best;
  }

  relocate(range: Range): Relocated {
    const stay: Relocated = { file: this.file, range };
    const e = this.elementAt(range);
    const target = e && this.targets.get(e.resource);
    if (!e || !target) return stay;
    const at = configPlace(target, e.path, e.part);
    const placed = placeInModule(at);
    const where = placed ?? locate(at);
    const planned = { file: this.file, range, message: `planned value in ${this.file.path}` };
    return { file: where.file, range: where.range, related: [...(placed?.related ?? []), planned] };
  }
}

/** The innermost module call of a module address the configuration has (a module it does not scan). */
function enclosingCall(moduleAddress: string, find: (a: string) => ConfigTarget | undefined): ConfigTarget | undefined {
  const calls = moduleAddress.match(/module\.[A-Za-z0-9_-]+(?:\[(?:"(?:[^"\\]|\\.)*"|[0-9]+)\])?/g) ?? [];
  for (let n = calls.length; n > 0; n--) {
    const hit = find(calls.slice(0, n).join('.'));
    if (hit) return hit;
  }
  return undefined;
}

/** The configuration's attribute or block at a plan path; the deepest one written when the rest is left out. */
function configPlace(target: ConfigTarget, path: Step[], part: Part): At {
  let block: TfBlock = target;
  // A resource inside a module the configuration does not scan: the call is all there is.
  if ('source' in target && !('resourceType' in target)) return target;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    if (typeof step === 'number') continue;
    const last = i === path.length - 1;
    const attr = block.declared(step);
    if (attr) {
      if (last && part === 'name') return { file: attr.file, range: attr.nameRange };
      return last && part === 'whole' ? attr : valueAt(attr);
    }
    const blocks = block.blocks(step);
    if (blocks.length === 0) return block;
    const next = path[i + 1];
    block = typeof next === 'number' ? (blocks[next] ?? blocks[0]) : blocks[0];
  }
  return block;
}
