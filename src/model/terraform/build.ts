// Builds the Terraform model from parsed module directories: finds the roots, and
// instantiates each root with the local modules it calls. Pure: no file system.

import type { AccessRecorder } from './access.js';
import { EvalBudget, LimitSink, effectiveLimits, type EvalLimits } from './budget.js';
import { envAssignments } from './env-vars.js';
import { constantScope, evaluate } from './evaluate.js';
import {
  callSource,
  defineModule,
  isLocalSource,
  resolveLocalSource,
  type ModuleDef,
  type TfDirInput,
  type TfFileInput,
} from './module-def.js';
import { ModuleInstance, type BuildContext } from './module-instance.js';
import { registryStub } from './registry/stubs.js';
import { Stack } from './stack.js';
import { withTerragruntUnits } from '../terragrunt/roots.js';
import type { TfProject } from './types.js';
import type { Value } from './value.js';

export type { TfDirInput, TfFileInput } from './module-def.js';

export interface BuildOptions {
  /** `--var-file`s, applied to every root after the directory's own tfvars. */
  varFiles?: TfFileInput[];
  /** `TF_VAR_name` values (name → text, see env-vars.ts), below every tfvars and var file. */
  tfVars?: ReadonlyMap<string, string>;
  /** How deep local module calls are followed. */
  maxDepth?: number;
  /** Evaluation budgets (clamped to their hard maxima). */
  limits?: Partial<EvalLimits>;
  /** Test-only: told of every resource attribute and nested block the rules read. */
  recordAccess?: AccessRecorder;
  /** Terragrunt configuration files (`terragrunt.hcl`, `root.hcl`, the `*.hcl` they read). */
  terragrunt?: TfFileInput[];
  /**
   * Modules `terraform init` installed: root directory → module call path (`vpc.subnets`)
   * → installed directory (given in `dirs` with `external` set).
   */
  installed?: Map<string, Map<string, { dir: string }>>;
  /**
   * One deployment unit of a larger scan (src/engine/units/lint-units.ts): the roots to instantiate, as
   * the whole scan's findRoots chose them, and the directories this unit models on their
   * defaults when no stack instantiates them (each directory is owned by one unit).
   */
  unit?: { roots: string[]; owns(dir: string): boolean };
}

function assignments(files: TfFileInput[], into: Map<string, Value>, budget: EvalBudget): void {
  const scope = constantScope(budget);
  for (const f of files) for (const a of f.hcl.body.attributes) into.set(a.name, evaluate(a.expr, scope, f.file));
}

export function buildTerraformProject(tfDirs: TfDirInput[], options: BuildOptions = {}): TfProject {
  const limits = effectiveLimits(options.limits);
  const sink = new LimitSink();
  // Terragrunt units become roots (their backend, and a call of the module they run).
  const dirs = withTerragruntUnits(tfDirs, options.terragrunt ?? [], new EvalBudget(limits, sink));
  const defs = new Map<string, ModuleDef>();
  for (const d of [...dirs].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0))) {
    const dir = resolveLocalSource(d.dir, '.');
    if (!defs.has(dir)) defs.set(dir, defineModule({ ...d, dir }));
  }
  // Variable files are evaluated once for all stacks, within a budget of their own.
  const varBudget = new EvalBudget(limits, sink);
  const varFileValues = new Map<string, Value>();
  assignments(options.varFiles ?? [], varFileValues, varBudget);
  const rootVarCache = new Map<ModuleDef, Map<string, Value>>();
  const ctx: BuildContext = {
    defs,
    maxDepth: options.maxDepth ?? 16,
    budget: varBudget,
    ...(options.recordAccess ? { recordAccess: options.recordAccess } : {}),
    externalChild(rootDir, key, source, version) {
      const installed = options.installed?.get(rootDir)?.get(key);
      if (installed) return defs.get(installed.dir);
      // Not installed: the registry table's code for the module's major version, if any.
      return registryStub(source, version);
    },
    rootVars(def) {
      let m = rootVarCache.get(def);
      if (!m) {
        // Terragrunt passes inputs as TF_VAR_ variables, unless the environment sets them: both below tfvars.
        m = new Map(def.input.terragrunt?.inputs);
        envAssignments(def, options.tfVars ?? new Map(), m, varBudget);
        assignments(def.input.tfvars, m, varBudget);
        for (const [k, v] of varFileValues) m.set(k, v);
        rootVarCache.set(def, m);
      }
      return m;
    },
  };

  // Each stack gets its own budget: one hostile stack cannot starve the others.
  const stackCtx = (): BuildContext => ({ ...ctx, budget: new EvalBudget(limits, sink) });
  const roots = options.unit ? options.unit.roots.flatMap((d) => defs.get(d) ?? []) : findRoots(defs);
  const stacks = roots.map((def) => {
    const root = new ModuleInstance(def, stackCtx(), '', true, undefined, def.dir, [def.dir]);
    return new Stack(root, root.finish());
  });
  const modules: ModuleInstance[] = stacks.flatMap((s) => s.modules);
  // Directories only reachable through calls that never instantiate (count = 0, cycles)
  // are still modelled once, on their defaults, so their declarations are visible.
  const seen = new Set(modules.map((m) => m.dir));
  for (const def of defs.values()) {
    if (
      seen.has(def.dir) ||
      def.input.files.length === 0 ||
      def.input.external ||
      options.unit?.owns(def.dir) === false
    )
      continue;
    modules.push(...new ModuleInstance(def, stackCtx(), '', false, undefined, def.dir, [def.dir]).finish());
    seen.add(def.dir);
  }
  return { stacks, modules, limitHits: sink.hits };
}

/** Directories with configuration that no other scanned directory calls; cycles get one root each. */
function findRoots(defs: Map<string, ModuleDef>): ModuleDef[] {
  // Installed modules are called through `.terraform/modules/modules.json`, never roots.
  const withFiles = [...defs.values()].filter((d) => d.input.files.length > 0 && !d.input.external).map((d) => d.dir);
  return findRootDirs(withFiles, localCalls(defs)).map((dir) => defs.get(dir)!);
}

/** Each directory's local module calls that resolve to a scanned directory (in call order). */
export function localCalls(defs: Map<string, ModuleDef>): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const def of defs.values()) {
    const targets: string[] = [];
    for (const call of def.calls.values()) {
      const source = callSource(call.node);
      if (!isLocalSource(source)) continue;
      const dir = resolveLocalSource(def.dir, source);
      if (dir !== def.dir && defs.has(dir)) targets.push(dir);
    }
    edges.set(def.dir, targets);
  }
  return edges;
}

/**
 * The roots among `dirs` (directories with configuration, sorted): those nothing calls,
 * then one per cycle nothing else reaches. Shared with the unit planner, so a unit's root
 * is the one the whole scan would choose.
 */
export function findRootDirs(dirs: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[] {
  const called = new Set<string>();
  for (const targets of edges.values()) for (const t of targets) called.add(t);
  const roots = dirs.filter((d) => !called.has(d));
  const reached = new Set<string>();
  const reach = (dir: string) => {
    if (reached.has(dir)) return;
    reached.add(dir);
    for (const t of edges.get(dir) ?? []) reach(t);
  };
  roots.forEach((r) => reach(r));
  for (const d of dirs) {
    if (reached.has(d)) continue;
    roots.push(d);
    reach(d);
  }
  return roots;
}
