// Units joined for the rules that look across them (Rule.joinKeys). A name joins the units
// that declare it with those that point at it; units that only point at one name are not
// joined: a monorepo whose every backend keeps state in one company bucket declared nowhere
// in the scan would otherwise be linted a second time as a single unit.

import type { JoinKey } from './rule.js';

/** A key as a unit's outcome carries it (a string: outcomes cross threads). */
export function encodeJoinKey(key: JoinKey): string {
  return 'declares' in key ? `declares ${key.declares}` : `uses ${key.uses}`;
}

/** Groups of two or more units (indices, in order) joined by a declared name, directly or through others. */
export function unitGroups(keys: readonly (readonly string[])[]): number[][] {
  const declared = new Set<string>();
  for (const list of keys) for (const k of list) if (k.startsWith('declares ')) declared.add(k.slice(9));
  const parent = keys.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const firstWith = new Map<string, number>();
  keys.forEach((list, i) => {
    for (const k of list) {
      const name = k.slice(k.indexOf(' ') + 1);
      if (!declared.has(name)) continue;
      const j = firstWith.get(name);
      if (j === undefined) firstWith.set(name, i);
      else {
        const [a, b] = [find(i), find(j)];
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const groups = new Map<number, number[]>();
  keys.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}
