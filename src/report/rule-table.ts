// The rules a report describes: every rule that ran, plus any rule a finding names that
// the context lacks (so every finding has its rule whatever the caller passed), by id.

import type { Finding } from '../findings/finding.js';
import type { RuleMeta } from '../engine/rule.js';

export function ruleTable(rules: RuleMeta[], findings: Finding[]): RuleMeta[] {
  const byId = new Map<string, RuleMeta>();
  for (const r of rules) if (!byId.has(r.id)) byId.set(r.id, r);
  for (const f of findings) {
    if (byId.has(f.ruleId)) continue;
    byId.set(f.ruleId, {
      id: f.ruleId,
      category: f.category,
      severity: f.severity,
      title: f.ruleId,
      description: `Findings of rule ${f.ruleId}.`,
      messages: {},
    });
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
