// What a change did to the findings: each finding of the newer side is **new** or
// **existing**, each of the older side that is gone is **fixed**. Findings are matched by
// what they are about — rule, resource, message, and where the resource lives (its
// directory: a Terraform module, a manifest folder; the file for findings without a
// resource), through renames — never by line. Moving code, or a resource to another file
// of its module, changes nothing; deleting `multi_az = true` creates a new finding even on
// an unchanged line. Equal findings are counted: a third copy of a problem that existed
// twice is new.

import { compareFindings, type Finding } from './finding.js';

export interface FindingDelta {
  new: Finding[];
  existing: Finding[];
  /** Findings of the older side that the newer one no longer has (their paths are the older side's). */
  fixed: Finding[];
}

/** The identity of a finding for matching: everything but its position. */
export function matchKey(f: Pick<Finding, 'ruleId' | 'file' | 'resource' | 'message'>, file = f.file): string {
  const where = f.resource === undefined ? file : file.slice(0, file.lastIndexOf('/') + 1);
  return `${f.ruleId}\u0000${where}\u0000${f.resource ?? ''}\u0000${f.message}`;
}

/**
 * `renames` maps older paths to newer ones (a renamed file's findings stay existing).
 * Outputs are in report order.
 */
export function findingDelta(head: Finding[], base: Finding[], renames?: ReadonlyMap<string, string>): FindingDelta {
  const unmatched = new Map<string, Finding[]>();
  for (const f of [...base].sort(compareFindings)) {
    const key = matchKey(f, renames?.get(f.file) ?? f.file);
    const list = unmatched.get(key);
    if (list) list.push(f);
    else unmatched.set(key, [f]);
  }
  const delta: FindingDelta = { new: [], existing: [], fixed: [] };
  for (const f of [...head].sort(compareFindings)) {
    const list = unmatched.get(matchKey(f));
    if (list && list.length > 0) {
      list.shift();
      delta.existing.push(f);
    } else delta.new.push(f);
  }
  for (const list of unmatched.values()) delta.fixed.push(...list);
  delta.fixed.sort(compareFindings);
  return delta;
}
