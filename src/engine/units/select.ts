// Which units a run reports, and which it must model so that their findings are exactly
// those of a full run. A unit's findings depend on the units it uses (the modules its
// stack instantiates, its kustomize bases), on every unit that uses it (a module is
// judged inside each caller's stack, and is a module, not a root, because something
// calls it) and on the units joined to it by a name (a state bucket's declaration and the
// backends keeping state in it).

import type { UnitPlan } from './plan.js';

/** How a unit is reached: upwards (its callers matter too), and as a partner (its joins do not). */
const UP = 1;
const PARTNER = 2;

/**
 * The units to model for `selected`: each selected unit with everything that uses it,
 * transitively, plus everything these use; and the units joined by a name to any of those
 * (their partners), modelled as a full run models them (with their callers and callees).
 * A partner's own joins are not followed: they change the partner's findings, which are
 * not reported, not what the selected units see of it (one root changed: the bucket's
 * declaration, not every other root keeping state in it).
 */
export function contextOf(plan: UnitPlan, selected: Iterable<string>): Set<string> {
  const context = new Set<string>();
  const seen = [new Set<string>(), new Set<string>(), new Set<string>(), new Set<string>()]; // by how reached
  const work: [string, number][] = [...selected].map((id) => [id, UP]);
  while (work.length > 0) {
    const [id, how] = work.pop()!;
    const u = plan.units.get(id);
    if (!u || seen[how].has(id)) continue;
    seen[how].add(id);
    context.add(id);
    const partner = how & PARTNER;
    for (const used of u.uses) work.push([used, partner]);
    if (!partner) for (const p of u.joined) work.push([p, PARTNER | UP]);
    if (how & UP) for (const user of u.usedBy) work.push([user, how]);
  }
  return context;
}

/**
 * Units a change touches: those owning a changed path and the units using them (callers of
 * a changed module, transitively; kustomizations including a changed base; charts reading
 * changed values), whose findings may change with them; and the units joined by a name to
 * any of those (a changed root: the declaration of the bucket its backend names; a changed
 * declaration: every backend naming it), but not what those are joined to in turn.
 */
export function changedUnits(plan: UnitPlan, changedPaths: Iterable<string>): Set<string> {
  const touched = new Set<string>();
  const work: string[] = [];
  for (const p of changedPaths) {
    const id = plan.unitOf(p);
    if (id !== undefined) work.push(id);
  }
  while (work.length > 0) {
    const id = work.pop()!;
    const u = plan.units.get(id);
    if (!u || touched.has(id)) continue;
    touched.add(id);
    work.push(...u.usedBy);
  }
  const out = new Set(touched);
  for (const id of touched) for (const partner of plan.units.get(id)!.joined) out.add(partner);
  return out;
}
