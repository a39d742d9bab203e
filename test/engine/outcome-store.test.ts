// Outcomes come back from the store exactly as they were put, packed here or by a worker thread.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import type { UnitOutcome } from '../../src/engine/lint-unit.js';
import { OutcomeStore } from '../../src/engine/outcome-store.js';
import { packOutcome } from '../../src/engine/packed-outcome.js';

function finding(unit: number, n: number): Finding {
  return {
    ruleId: 'k8s-missing-pdb',
    category: 'availability',
    severity: 'warning',
    message: `Deployment web-${unit}-${n} has no PodDisruptionBudget`,
    file: `stack-${unit}/app.yaml`,
    line: n + 1,
    column: 3,
    endLine: n + 1,
    endColumn: 9,
    fingerprint: `${unit}:${n}`,
    fix: { description: 'add one', replacements: [{ line: 9, column: 1, endLine: 9, endColumn: 1, text: '---\n' }] },
  };
}

function outcome(unit: number, findings: number): UnitOutcome {
  return {
    ruleFindings: Array.from({ length: findings }, (_, n) => [n % 3, finding(unit, n)] as [number, Finding]),
    problemFindings: [],
    limitFindings: [],
    suppressions: { suppressions: [], objectIgnores: [] } as unknown as UnitOutcome['suppressions'],
    kubernetesNotes: [`note ${unit}`],
    kustomizeNotes: [],
    skipped: [],
    counted: { parsed: [`stack-${unit}/app.yaml`], notKubernetes: [], loadProblems: [], fragments: [], templates: [] },
    scanned: [`stack-${unit}/app.yaml`],
    extraSources: [],
    crashes: [],
    joinKeys: unit % 2 ? [`bucket-${unit}`] : [],
  };
}

describe('OutcomeStore', () => {
  const units = Array.from({ length: 9 }, (_, i) => outcome(i, i * 4));

  it('gives every outcome back in unit order, put in any order', () => {
    const store = new OutcomeStore(units.length);
    // Out of order, as threads finish them.
    for (const i of [3, 0, 8, 1, 2, 7, 4, 6, 5]) store.put(i, structuredClone(units[i]));
    expect(store.joinKeys()).toStrictEqual(units.map((u) => u.joinKeys));
    expect(store.takeAll()).toStrictEqual(units);
  });

  it('takes outcomes a worker packed alongside those linted here', () => {
    const store = new OutcomeStore(units.length);
    units.forEach((u, i) => store.put(i, i % 3 === 0 ? packOutcome(structuredClone(u)) : structuredClone(u)));
    expect(store.takeAll()).toStrictEqual(units);
  });

  it('shares the strings many unpacked findings repeat', () => {
    const store = new OutcomeStore(units.length);
    units.forEach((u, i) => store.put(i, structuredClone(u)));
    const all = store.takeAll().flatMap((o) => o.ruleFindings.map(([, f]) => f));
    // Same string object, not only the same value: one copy for the whole run.
    expect(new Set(all.map((f) => f.ruleId)).size).toBe(1);
    expect(all.every((f) => Object.is(f.ruleId, all[0].ruleId))).toBe(true);
  });

  it('reports a unit that never got an outcome', () => {
    const store = new OutcomeStore(2);
    store.put(0, outcome(0, 1));
    expect(() => store.takeAll()).toThrow(/unit 1 has no outcome/);
  });
});
