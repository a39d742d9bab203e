// Inline suppressions: which comments are directives, which lines they cover, the
// Kubernetes annotation, and stale suppressions turned into findings with exact ranges.
import { describe, expect, it } from 'vitest';
import {
  applySuppressions,
  collectSuppressions,
  parseIgnoreAnnotation,
  unusedSuppressionFindings,
  type ObjectIgnore,
} from '../../src/engine/suppressions.js';
import { docsUrl } from '../../src/engine/rule.js';
import type { Finding } from '../../src/findings/finding.js';
import { parseHcl } from '../../src/parse/hcl/parser.js';
import { SourceFile, type Range } from '../../src/parse/source.js';
import { parseYamlStream } from '../../src/parse/yaml/parse.js';

/** Comments of a test source: `#` and `//` to end of line, `/* … *\/` blocks (no strings in these fixtures). */
function comments(file: SourceFile): { text: string; range: Range }[] {
  const out: { text: string; range: Range }[] = [];
  const re = /\/\*[\s\S]*?\*\/|(?:#|\/\/)[^\n]*/g;
  for (let m = re.exec(file.text); m; m = re.exec(file.text))
    out.push({ text: m[0], range: file.range(m.index, m.index + m[0].length) });
  return out;
}

function finding(file: SourceFile, ruleId: string, line: number, resource?: string): Finding {
  return {
    ruleId,
    category: 'c',
    severity: 'error',
    message: `${ruleId} at ${line}`,
    file: file.path,
    line,
    column: 1,
    endLine: line,
    endColumn: 2,
    ...(resource ? { resource } : {}),
    fingerprint: `${ruleId}-${line}`,
    docsUrl: docsUrl(ruleId),
  };
}

const HCL = new SourceFile(
  'main.tf',
  [
    '# arch-lint-ignore aws-rds-multi-az -- reporting replica, rebuilt nightly', // 1
    'resource "aws_db_instance" "a" {', //                                          2
    '  multi_az = false // arch-lint-ignore aws-rds-backup,aws-rds-encryption', //  3
    '}', //                                                                         4
    '/* arch-lint-ignore-file aws-s3-versioning */', //                             5
    '/*', //                                                                        6
    ' * arch-lint-ignore aws-x, aws-y -- spans', //                                 7
    ' */', //                                                                       8
    'resource "b" "c" {}', //                                                       9
    '# mentions arch-lint-ignore aws-rds-multi-az in prose', //                     10
    '# arch-lint-ignore-files aws-z', //                                            11
    '# arch-lint-ignore', //                                                        12
  ].join('\n'),
);

describe('collectSuppressions', () => {
  const list = collectSuppressions(HCL, comments(HCL));

  it('finds exactly the directives, with ids, reasons and covered lines', () => {
    expect(
      list.map((s) => ({ kind: s.kind, ruleIds: s.ruleIds, reason: s.reason, from: s.fromLine, to: s.toLine })),
    ).toEqual([
      { kind: 'line', ruleIds: ['aws-rds-multi-az'], reason: 'reporting replica, rebuilt nightly', from: 1, to: 2 },
      { kind: 'line', ruleIds: ['aws-rds-backup', 'aws-rds-encryption'], reason: undefined, from: 3, to: 4 },
      { kind: 'file', ruleIds: ['aws-s3-versioning'], reason: undefined, from: 1, to: 12 },
      { kind: 'line', ruleIds: ['aws-x', 'aws-y'], reason: 'spans', from: 6, to: 9 },
      { kind: 'line', ruleIds: [], reason: undefined, from: 12, to: 13 },
    ]);
  });

  it('keeps the comment range', () => {
    expect(list[1].range.start).toEqual({ line: 3, column: 20, offset: HCL.text.indexOf('// arch') });
    expect(list[1].range.end.line).toBe(3);
    expect(list[1].range.end.column).toBe(HCL.lineText(3).length + 1);
  });

  it.each([
    ['#arch-lint-ignore a', ['a']],
    ['#   arch-lint-ignore   a ,b,, c   --   why  ', ['a', 'b', 'c']],
    ['// arch-lint-ignore a--b -- reason -- more', ['a--b']],
    ['/* arch-lint-ignore a */', ['a']],
    ['/*arch-lint-ignore-file a*/', ['a']],
    ['# arch-lint-ignorea', null],
    ['# todo: arch-lint-ignore a', null],
  ])('%j → %j', (text, ids) => {
    const f = new SourceFile('x.tf', text);
    const got = collectSuppressions(f, [{ text, range: f.range(0, text.length) }]);
    expect(got.length ? got[0].ruleIds : null).toEqual(ids);
  });

  it('keeps the reason after the first --', () => {
    const text = '# arch-lint-ignore a -- reason -- more';
    const f = new SourceFile('x.tf', text);
    expect(collectSuppressions(f, [{ text, range: f.range(0, text.length) }])[0].reason).toBe('reason -- more');
  });
});

describe('applySuppressions', () => {
  const sups = collectSuppressions(HCL, comments(HCL));

  it.each([
    ['the line below a comment', 'aws-rds-multi-az', 2, true],
    ['the comment line itself', 'aws-rds-multi-az', 1, true],
    ['two lines below', 'aws-rds-multi-az', 3, false],
    ['a trailing comment line', 'aws-rds-encryption', 3, true],
    ['the line after a trailing comment', 'aws-rds-backup', 4, true],
    ['another rule on a covered line', 'aws-other', 2, false],
    ['a file-wide id anywhere', 'aws-s3-versioning', 11, true],
    ['the line below a multi-line block comment', 'aws-y', 9, true],
    ['a prose mention', 'aws-rds-multi-az', 11, false],
  ])('%s (%s on line %i) suppressed: %s', (_what, ruleId, line, expected) => {
    const f = finding(HCL, ruleId, line);
    const { kept, suppressed } = applySuppressions([f], sups, new Map());
    expect(suppressed).toEqual(expected ? [f] : []);
    expect(kept).toEqual(expected ? [] : [f]);
  });

  it('does not apply a file suppression to another file', () => {
    const other = new SourceFile('other.tf', 'x');
    const f = finding(other, 'aws-s3-versioning', 1);
    expect(applySuppressions([f], sups, new Map()).kept).toEqual([f]);
  });

  it('reports unused ids per suppression, keeping only the stale ids', () => {
    const used = [finding(HCL, 'aws-rds-multi-az', 2), finding(HCL, 'aws-rds-backup', 3), finding(HCL, 'aws-x', 9)];
    const { unused, kept } = applySuppressions(used, sups, new Map());
    expect(kept).toEqual([]);
    expect(unused.map((s) => [s.kind, s.range.start.line, s.ruleIds])).toEqual([
      ['line', 3, ['aws-rds-encryption']],
      ['file', 5, ['aws-s3-versioning']],
      ['line', 6, ['aws-y']],
      ['line', 12, []],
    ]);
  });

  it('suppresses by Kubernetes annotation on the object, and reports an unused one', () => {
    const yaml = new SourceFile('k8s/db.yaml', 'metadata:\n  annotations:\n    arch-lint.io/ignore: "k8s-a, k8s-b"\n');
    const valueStart = yaml.text.indexOf('"k8s-a');
    const ignore: ObjectIgnore = {
      ruleIds: parseIgnoreAnnotation('k8s-a, k8s-b'),
      file: yaml,
      range: yaml.range(valueStart, valueStart + 14),
    };
    const ignores = new Map([['StatefulSet/default/db', ignore]]);
    const mine = finding(yaml, 'k8s-a', 1, 'StatefulSet/default/db');
    const otherObject = finding(yaml, 'k8s-a', 1, 'StatefulSet/default/other');
    const otherRule = finding(yaml, 'k8s-c', 1, 'StatefulSet/default/db');
    const { kept, suppressed, unused } = applySuppressions([mine, otherObject, otherRule], [], ignores);
    expect(suppressed).toEqual([mine]);
    expect(kept).toEqual([otherObject, otherRule]);
    expect(unused).toHaveLength(1);
    expect(unused[0]).toMatchObject({ kind: 'annotation', ruleIds: ['k8s-b'], resource: 'StatefulSet/default/db' });

    const [f] = unusedSuppressionFindings(unused);
    expect(f).toMatchObject({
      ruleId: 'unused-suppression',
      severity: 'note',
      category: 'suppression',
      file: 'k8s/db.yaml',
      line: 3,
      column: 26,
      endLine: 3,
      endColumn: 40,
      resource: 'StatefulSet/default/db',
      message: 'arch-lint.io/ignore for k8s-b matches no finding on this object',
    });
  });
});

describe('unusedSuppressionFindings', () => {
  const sups = collectSuppressions(HCL, comments(HCL));
  const { unused } = applySuppressions([], sups, new Map());
  const known = new Set(['aws-rds-multi-az', 'aws-rds-backup', 'aws-s3-versioning']);
  const found = unusedSuppressionFindings(unused, known);

  it('has one finding per stale suppression on the comment range, with a message naming the ids', () => {
    expect(found.map((f) => [f.line, f.column, f.endLine, f.endColumn, f.message])).toEqual([
      [1, 1, 1, 74, 'arch-lint-ignore for aws-rds-multi-az matches no finding on this line or the next'],
      [
        3,
        20,
        3,
        73,
        'arch-lint-ignore for aws-rds-backup, aws-rds-encryption matches no finding on this line or the next (unknown rule id: aws-rds-encryption)',
      ],
      [5, 1, 5, 46, 'arch-lint-ignore-file for aws-s3-versioning matches no finding in this file'],
      [
        6,
        1,
        8,
        4,
        'arch-lint-ignore for aws-x, aws-y matches no finding on this line or the next (unknown rule ids: aws-x, aws-y)',
      ],
      [12, 1, 12, 19, 'arch-lint-ignore names no rule id: write arch-lint-ignore <rule-id>[,<rule-id>]'],
    ]);
    for (const f of found) expect(f).toMatchObject({ ruleId: 'unused-suppression', file: 'main.tf' });
    // A suppression naming an unknown id (a typo) is a warning; a merely stale one a note.
    expect(found.map((f) => f.severity)).toEqual(['note', 'warning', 'note', 'warning', 'note']);
  });

  it('suggests the closest known id for a misspelled one', () => {
    const src = new SourceFile('typo.tf', '# arch-lint-ignore aws-rds-multiaz -- staging\nresource "x" "y" {}\n');
    const stale = applySuppressions([], collectSuppressions(src, comments(src)), new Map()).unused;
    const [f] = unusedSuppressionFindings(stale, known);
    expect(f.message).toBe(
      'arch-lint-ignore for aws-rds-multiaz matches no finding on this line or the next (unknown rule id: aws-rds-multiaz (did you mean "aws-rds-multi-az"?))',
    );
    expect(f.severity).toBe('warning');
  });

  it('fingerprints survive line moves and differ between suppressions', () => {
    const moved = new SourceFile('main.tf', '\n\n' + HCL.text);
    const again = unusedSuppressionFindings(
      applySuppressions([], collectSuppressions(moved, comments(moved)), new Map()).unused,
      known,
    );
    expect(again.map((f) => f.fingerprint)).toEqual(found.map((f) => f.fingerprint));
    expect(new Set(found.map((f) => f.fingerprint)).size).toBe(found.length);
  });

  it('distinguishes identical comments in one file', () => {
    const f = new SourceFile('d.tf', '# arch-lint-ignore a\nx\n# arch-lint-ignore a\n');
    const fps = unusedSuppressionFindings(
      applySuppressions([], collectSuppressions(f, comments(f)), new Map()).unused,
    ).map((x) => x.fingerprint);
    expect(fps).toHaveLength(2);
    expect(fps[0]).not.toBe(fps[1]);
  });
});

describe('with the real parsers', () => {
  it('HCL comments of every style', () => {
    const file = new SourceFile(
      'db.tf',
      [
        'locals { s = "# arch-lint-ignore not-a-comment" }',
        '# arch-lint-ignore aws-a -- hash',
        'resource "x" "a" {}',
        '// arch-lint-ignore aws-b -- slashes',
        'resource "x" "b" {}',
        'resource "x" "c" {} /* arch-lint-ignore aws-c */',
        '',
      ].join('\r\n'),
    );
    const sups = collectSuppressions(file, parseHcl(file).comments);
    expect(
      sups.map((s) => [s.ruleIds[0], s.fromLine, s.toLine, s.range.start.column, s.range.end.line, s.range.end.column]),
    ).toEqual([
      ['aws-a', 2, 3, 1, 2, 33],
      ['aws-b', 4, 5, 1, 4, 37],
      ['aws-c', 6, 7, 21, 6, 49],
    ]);
  });

  it('YAML comments, not # inside strings', () => {
    const file = new SourceFile(
      'k8s.yaml',
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: "a # arch-lint-ignore k8s-z"',
        '# arch-lint-ignore-file k8s-a',
        'spec:',
        '  containers:',
        '    # arch-lint-ignore k8s-b, k8s-c -- sidecar sized by the mesh',
        '    - name: proxy',
        '      image: envoy # arch-lint-ignore k8s-d',
        '',
      ].join('\n'),
    );
    const sups = collectSuppressions(file, parseYamlStream(file).comments);
    expect(sups.map((s) => [s.kind, s.ruleIds, s.fromLine, s.toLine, s.range.start.column])).toEqual([
      ['file', ['k8s-a'], 1, 11, 1],
      ['line', ['k8s-b', 'k8s-c'], 8, 9, 5],
      ['line', ['k8s-d'], 10, 11, 20],
    ]);
    const proxy = finding(file, 'k8s-c', 9, 'Pod/default/a');
    expect(applySuppressions([proxy], sups, new Map()).suppressed).toEqual([proxy]);
  });

  it('trims a line break a parser left in the comment range', () => {
    const file = new SourceFile('t.yaml', '# arch-lint-ignore a\nx: 1\n');
    const [s] = collectSuppressions(file, [{ text: '# arch-lint-ignore a\n', range: file.range(0, 21) }]);
    expect([s.range.end.line, s.range.end.column, s.toLine]).toEqual([1, 21, 2]);
  });
});
