// Which units a run reports, and which it must model so that their findings are exactly
// those of a full run. A unit's findings depend on the units it uses (the modules its
// stack instantiates, its kustomize bases), on every unit that uses it (a module is
// judged inside each caller's stack, and is a module, not a root, because something
// calls it) and on the units joined to it by a name (a state bucket and its backends).

import type { UnitPlan } from './plan.js';

/**
 * The units to model for `selected`: each selected unit with everything that uses it,
 * transitively (and those joined to any of them by a name), plus everything these use.
 */
export function contextOf(plan: UnitPlan, selected: Iterable<string>): Set<string> {
  const context = new Set<string>();
  const upward = new Set<string>();
  const work: [string, boolean][] = [...selected].map((id) => [id, true]);
  while (work.length > 0) {
    const [id, up] = work.pop()!;
    const u = plan.units.get(id);
    if (!u || (up ? upward.has(id) : context.has(id))) continue;
    context.add(id);
    for (const used of u.uses) work.push([used, false]);
    for (const partner of u.joined) work.push([partner, true]);
    if (!up) continue;
    upward.add(id);
    for (const user of u.usedBy) work.push([user, true]);
  }
  return context;
}

/**
 * Units a change touches: those owning a changed path, and everything whose findings may
 * change with them: the units using them (callers of a changed module, transitively;
 * kustomizations including a changed base; charts reading changed values) and the units
 * joined to them by a name.
 */
export function changedUnits(plan: UnitPlan, changedPaths: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const work: string[] = [];
  for (const p of changedPaths) {
    const id = plan.unitOf(p);
    if (id !== undefined) work.push(id);
  }
  while (work.length > 0) {
    const id = work.pop()!;
    if (out.has(id)) continue;
    const u = plan.units.get(id);
    if (!u) continue;
    out.add(id);
    work.push(...u.usedBy, ...u.joined);
  }
  return out;
}
