// Which fixes one --fix pass takes: overlap (keep the first by position, then rule id),
// fixes spanning files, stdin, Helm output, replacements that do not fit, duplicates; and
// how edits are applied (CRLF files keep CRLF).
import { describe, expect, it } from 'vitest';
import { applyEdits, isHelmOutput, planFixes, type PlanContext } from '../../src/engine/fix/plan.js';
import type { Finding, Replacement } from '../../src/findings/finding.js';
import { SourceFile } from '../../src/parse/source.js';

const TF = new SourceFile('main.tf', 'resource "a" "b" {\n  x = false\n}\n');
const OTHER = new SourceFile('other.tf', 'variable "v" {}\n');

function finding(ruleId: string, replacements: Replacement[], file = 'main.tf', line = 1): Finding {
  return {
    ruleId,
    category: 'availability',
    severity: 'error',
    message: `${ruleId} message`,
    file,
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
    fingerprint: `${ruleId}-${line}`,
    docsUrl: '',
    fix: { description: 'fix', replacements },
  };
}

const insertAfterBrace = (text: string): Replacement => ({ line: 1, column: 19, endLine: 1, endColumn: 19, text });
const replaceFalse: Replacement = { line: 2, column: 7, endLine: 2, endColumn: 12, text: 'true' };

function context(refuse: PlanContext['refuse'] = () => undefined, files = [TF, OTHER]): PlanContext {
  return { source: (p) => files.find((f) => f.path === p), refuse };
}

const summary = (plan: ReturnType<typeof planFixes>) => ({
  applied: [...plan.byFile].map(
    ([file, fixes]) => `${file}: ${fixes.map((f) => f.findings.map((g) => g.ruleId)).join(' ')}`,
  ),
  skipped: plan.skipped.map((s) => `${s.finding.ruleId}: ${s.reason}`),
});

describe('planFixes', () => {
  it('two insertions at one place: the first by rule id is applied, the other waits (overlap)', () => {
    const plan = planFixes(
      [finding('z-rule', [insertAfterBrace('\n  z = 1')]), finding('a-rule', [insertAfterBrace('\n  a = 1')])],
      context(),
    );
    expect(summary(plan)).toEqual({ applied: ['main.tf: a-rule'], skipped: ['z-rule: overlap'] });
  });

  it('overlapping replacements: the one that starts first wins, whatever the input order', () => {
    const wide: Replacement = { line: 2, column: 3, endLine: 2, endColumn: 12, text: 'x = true' };
    for (const order of [
      ['b-rule', 'a-rule'],
      ['a-rule', 'b-rule'],
    ]) {
      const byId = { 'a-rule': finding('a-rule', [replaceFalse]), 'b-rule': finding('b-rule', [wide]) };
      const plan = planFixes(
        order.map((id) => byId[id as keyof typeof byId]),
        context(),
      );
      expect(summary(plan)).toEqual({ applied: ['main.tf: b-rule'], skipped: ['a-rule: overlap'] });
    }
  });

  it('fixes at separate places are all applied, in position order', () => {
    const plan = planFixes(
      [finding('b-rule', [replaceFalse]), finding('a-rule', [insertAfterBrace('\n  a = 1')])],
      context(),
    );
    expect(summary(plan)).toEqual({ applied: ['main.tf: a-rule b-rule'], skipped: [] });
    expect(
      applyEdits(
        TF.text,
        [...plan.byFile.get('main.tf')!].flatMap((f) => f.edits),
      ),
    ).toBe('resource "a" "b" {\n  a = 1\n  x = true\n}\n');
  });

  it('the same edits offered by two findings are one fix resolving both', () => {
    const plan = planFixes(
      [finding('a-rule', [replaceFalse], 'main.tf', 1), finding('a-rule', [replaceFalse], 'main.tf', 2)],
      context(),
    );
    expect(plan.skipped).toEqual([]);
    expect(plan.byFile.get('main.tf')!.map((f) => f.findings.length)).toEqual([2]);
  });

  it('a fix whose edits all lie in another file applies there; one spanning files is skipped', () => {
    const there: Replacement = { line: 1, column: 15, endLine: 1, endColumn: 16, text: '{ default = 1 }' };
    const plan = planFixes(
      [
        finding('a-rule', [{ ...there, file: 'other.tf' }]),
        finding('b-rule', [replaceFalse, { ...there, file: 'other.tf' }]),
      ],
      context(),
    );
    expect(summary(plan)).toEqual({ applied: ['other.tf: a-rule'], skipped: ['b-rule: several-files'] });
  });

  it('stdin, Helm output, and files the context refuses are skipped with their reason', () => {
    const stdin = new SourceFile('<stdin>', 'kind: Pod\n');
    const rendered = new SourceFile('out.yaml', '---\n# Source: web/templates/deploy.yaml\nkind: Deployment\n');
    const at: Replacement = { line: 1, column: 1, endLine: 1, endColumn: 1, text: 'x' };
    const plan = planFixes(
      [finding('a-rule', [at], '<stdin>'), finding('b-rule', [at], 'out.yaml'), finding('c-rule', [at], 'other.tf')],
      context((file) => (file === 'other.tf' ? 'outside' : undefined), [stdin, rendered, OTHER]),
    );
    expect(summary(plan)).toEqual({
      applied: [],
      skipped: ['a-rule: stdin', 'c-rule: outside', 'b-rule: rendered'],
    });
  });

  it('replacements past the end of a line or the file, or overlapping each other, do not fit', () => {
    const plan = planFixes(
      [
        finding('a-rule', [{ line: 2, column: 40, endLine: 2, endColumn: 40, text: 'x' }]),
        finding('b-rule', [{ line: 9, column: 1, endLine: 9, endColumn: 1, text: 'x' }]),
        finding('c-rule', [replaceFalse, { line: 2, column: 3, endLine: 2, endColumn: 9, text: 'y' }]),
        finding('d-rule', [{ line: 2, column: 9, endLine: 2, endColumn: 3, text: 'x' }]),
      ],
      context(),
    );
    expect(summary(plan).skipped).toEqual(['a-rule: invalid', 'b-rule: invalid', 'c-rule: invalid', 'd-rule: invalid']);
  });

  it('a position at the very end of the file fits (an append)', () => {
    const plan = planFixes(
      [finding('a-rule', [{ line: 4, column: 1, endLine: 4, endColumn: 1, text: 'extra\n' }])],
      context(),
    );
    expect(applyEdits(TF.text, plan.byFile.get('main.tf')![0].edits)).toBe(TF.text + 'extra\n');
  });

  it('findings without fixes are ignored', () => {
    const plain = { ...finding('a-rule', []), fix: undefined };
    expect(summary(planFixes([plain, finding('b-rule', [])], context()))).toEqual({ applied: [], skipped: [] });
  });
});

describe('applyEdits', () => {
  it('inserted line breaks follow a CRLF file', () => {
    const text = 'a {\r\n  x = 1\r\n}\r\n';
    expect(applyEdits(text, [{ start: 3, end: 3, text: '\n  y = 2' }])).toBe('a {\r\n  y = 2\r\n  x = 1\r\n}\r\n');
    expect(applyEdits('a {\n}\n', [{ start: 3, end: 3, text: '\n  y = 2' }])).toBe('a {\n  y = 2\n}\n');
  });
});

describe('isHelmOutput', () => {
  it('recognises `# Source: <chart>/templates/...` headers only', () => {
    expect(isHelmOutput('---\n# Source: shop/templates/web.yaml\nkind: Deployment\n')).toBe(true);
    expect(isHelmOutput('kind: Deployment # Source: shop/templates/web.yaml\n')).toBe(false);
    expect(isHelmOutput('# Source: the vendor docs\nkind: Deployment\n')).toBe(false);
  });
});

describe('applyEdits order', () => {
  it('edits of several fixes interleaved by position apply at their places', () => {
    const text = '0123456789';
    const fixA = [
      { start: 1, end: 2, text: 'a' },
      { start: 8, end: 9, text: 'A' },
    ];
    const fixB = [{ start: 4, end: 5, text: 'b' }];
    expect(applyEdits(text, [...fixA, ...fixB])).toBe('0a23b567A9');
  });
});
