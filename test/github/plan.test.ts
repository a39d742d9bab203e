import { describe, expect, it } from 'vitest';
import { parsePatch, type FileDiff } from '../../src/github/diff.js';
import { findingMarker, fingerprintOf, isMarkedFixed } from '../../src/github/markers.js';
import { planReview, type ExistingComment, type PlanInput } from '../../src/github/plan.js';
import { SourceFile } from '../../src/parse/source.js';
import { finding } from './helpers.js';

const SOURCE = new SourceFile(
  'db.tf',
  [
    'resource "aws_db_instance" "orders" {',
    '  engine   = "postgres"',
    '  multi_az = false',
    '  size     = 10',
    '}',
    '',
    'x = 1',
    'y = 2',
    '',
  ].join('\n'),
);
// Lines 1-5 shown (2-3 added); line 8 added in a second hunk.
const DB: FileDiff = {
  path: 'db.tf',
  status: 'modified',
  hasPatch: true,
  hunks: parsePatch(
    [
      '@@ -1,4 +1,5 @@',
      ' resource "aws_db_instance" "orders" {',
      '-  engine = "postgres"',
      '+  engine   = "postgres"',
      '+  multi_az = false',
      '   size     = 10',
      ' }',
      '@@ -6,1 +7,2 @@',
      ' x = 1',
      '+y = 2',
    ].join('\n'),
  ),
};
const BOT = { login: 'github-actions[bot]', type: 'Bot' };
const NAME = 'arch-lint';

function input(overrides: Partial<PlanInput>): PlanInput {
  return {
    name: NAME,
    isOurs: (user) => user?.login === BOT.login,
    resolvedThreads: new Set(),
    findings: [],
    files: new Map([['db.tf', DB]]),
    filterMode: 'added',
    maxComments: 30,
    existing: [],
    source: (p) => (p === 'db.tf' ? SOURCE : undefined),
    covered: () => true,
    headSha: 'a'.repeat(40),
    ...overrides,
  };
}

function ours(id: number, fingerprint: string, extra: Partial<ExistingComment> = {}): ExistingComment {
  return { id, body: `old text\n\n${findingMarker(NAME, fingerprint)}`, path: 'db.tf', user: BOT, line: 3, ...extra };
}

describe('planReview: placement and filter modes', () => {
  const onAdded = finding({ file: 'db.tf', line: 3, column: 3, endColumn: 19 });
  const onContext = finding({ file: 'db.tf', line: 4, ruleId: 'other' });
  const outside = finding({ file: 'db.tf', line: 9, ruleId: 'third' });
  const elsewhere = finding({ file: 'untouched.tf', line: 1 });
  const all = [onAdded, onContext, outside, elsewhere];

  it('added: only findings touching added lines are commented', () => {
    const plan = planReview(input({ findings: all }));
    expect(plan.comments.map((c) => [c.path, c.line, c.startLine])).toEqual([['db.tf', 3, undefined]]);
    expect(plan.notInline.map((n) => [n.finding.line, n.finding.file, n.reason])).toEqual([
      [4, 'db.tf', 'not-selected'],
      [9, 'db.tf', 'not-selected'],
      [1, 'untouched.tf', 'not-selected'],
    ]);
  });

  it('diff_context: context lines too; nothing outside hunks', () => {
    const plan = planReview(input({ findings: all, filterMode: 'diff_context' }));
    expect(plan.comments.map((c) => c.line)).toEqual([3, 4]);
    expect(plan.notInline.map((n) => n.reason)).toEqual(['not-selected', 'not-selected']);
  });

  it('file / nofilter: lines outside the diff are never commented, they are listed', () => {
    for (const mode of ['file', 'nofilter'] as const) {
      const plan = planReview(input({ findings: all, filterMode: mode }));
      expect(plan.comments.map((c) => c.line)).toEqual([3, 4]);
      expect(plan.notInline.find((n) => n.finding === outside)?.reason).toBe('outside-diff');
    }
  });

  it('multi-line ranges inside one hunk use start_line; across hunks a single line', () => {
    const block = finding({ file: 'db.tf', line: 1, endLine: 5, endColumn: 2, ruleId: 'block' });
    const across = finding({ file: 'db.tf', line: 3, endLine: 8, endColumn: 2, ruleId: 'across' });
    const endsAtColumnOne = finding({ file: 'db.tf', line: 2, endLine: 4, endColumn: 1, ruleId: 'col1' });
    const plan = planReview(input({ findings: [block, across, endsAtColumnOne] }));
    expect(plan.comments.map((c) => [c.finding.ruleId, c.startLine, c.line])).toEqual([
      ['block', 1, 5],
      ['col1', 2, 3],
      ['across', undefined, 3],
    ]);
  });

  it('a fix inside one hunk becomes a suggestion block replacing exactly the commented lines', () => {
    const fixable = finding({
      file: 'db.tf',
      line: 3,
      column: 3,
      endColumn: 19,
      fix: {
        description: 'Enable Multi-AZ',
        replacements: [{ line: 3, column: 14, endLine: 3, endColumn: 19, text: 'true' }],
      },
    });
    const [c] = planReview(input({ findings: [fixable] })).comments;
    expect(c.hasSuggestion).toBe(true);
    expect(c.startLine).toBeUndefined();
    expect(c.body).toContain('```suggestion\n  multi_az = true\n```');
  });

  it('a fix reaching outside the hunk gets no suggestion', () => {
    const fixable = finding({
      file: 'db.tf',
      line: 3,
      fix: {
        description: 'Add a line',
        replacements: [{ line: 7, column: 1, endLine: 7, endColumn: 1, text: 'z = 0\n' }],
      },
    });
    const [c] = planReview(input({ findings: [fixable] })).comments;
    expect(c.hasSuggestion).toBe(false);
    expect(c.body).not.toContain('suggestion');
    expect(c.line).toBe(3);
  });

  it('every comment carries its fingerprint marker', () => {
    const plan = planReview(input({ findings: [onAdded] }));
    expect(fingerprintOf(plan.comments[0].body, NAME)).toBe(onAdded.fingerprint);
  });
});

describe('planReview: re-runs', () => {
  const a = finding({ file: 'db.tf', line: 3 });
  const b = finding({ file: 'db.tf', line: 8, ruleId: 'b' });

  it('a finding already commented is not commented again, even after its line moved', () => {
    const plan = planReview(input({ findings: [a, b], existing: [ours(10, a.fingerprint, { path: 'db.tf' })] }));
    expect(plan.comments.map((c) => c.finding)).toEqual([b]);
    expect(plan.kept).toEqual([{ finding: a, commentId: 10 }]);
    expect(plan.resolve).toEqual([]);
  });

  it('markers in comments by humans are ignored (never edited, deleted or trusted)', () => {
    const forged = ours(11, a.fingerprint, { user: { login: 'mallory', type: 'User' } });
    const stale = ours(12, 'gone', { user: { login: 'mallory', type: 'User' } });
    const plan = planReview(input({ findings: [a], existing: [forged, stale] }));
    expect(plan.comments.map((c) => c.finding)).toEqual([a]);
    expect(plan.resolve).toEqual([]);
  });

  it('a comment whose finding is gone is deleted, or marked fixed when someone replied', () => {
    const lonely = ours(20, 'gone-1');
    const discussed = ours(21, 'gone-2');
    const reply: ExistingComment = {
      id: 22,
      body: 'why?',
      path: 'db.tf',
      user: { login: 'dev', type: 'User' },
      in_reply_to_id: 21,
      line: 3,
    };
    const plan = planReview(input({ findings: [], existing: [lonely, discussed, reply] }));
    expect(plan.resolve.map((r) => [r.commentId, r.action])).toEqual([
      [20, 'delete'],
      [21, 'mark-fixed'],
    ]);
    const body = plan.resolve[1].body!;
    expect(body).toContain('~~old text~~');
    expect(body).toContain('Fixed in aaaaaaaaaaaa');
    expect(isMarkedFixed(body)).toBe(true);
    expect(fingerprintOf(body, NAME)).toBe('gone-2');
  });

  it('an already-fixed comment is not edited again; it is reopened when the finding returns', () => {
    const fixedBody = planReview(
      input({
        existing: [
          ours(30, a.fingerprint),
          { id: 31, body: 'ok', path: 'db.tf', user: null, in_reply_to_id: 30, line: 3 },
        ],
      }),
    ).resolve[0].body!;
    const fixedComment = ours(30, a.fingerprint, { body: fixedBody });
    const reply: ExistingComment = { id: 31, body: 'ok', path: 'db.tf', user: null, in_reply_to_id: 30, line: 3 };
    expect(planReview(input({ existing: [fixedComment, reply] })).resolve).toEqual([]);
    const back = planReview(input({ findings: [a], existing: [fixedComment, reply] }));
    expect(back.comments).toEqual([]);
    expect(back.reopen.map((r) => r.commentId)).toEqual([30]);
    expect(isMarkedFixed(back.reopen[0].body)).toBe(false);
  });

  it('comments on files that were not linted this run are left alone', () => {
    const plan = planReview(
      input({ existing: [ours(40, 'x', { path: 'other/dir.tf' })], covered: (p) => p === 'db.tf' }),
    );
    expect(plan.resolve).toEqual([]);
  });

  it('max-comments caps our live comments: re-runs add none once the cap is reached', () => {
    const many = Array.from({ length: 3 }, (_, i) => finding({ file: 'db.tf', line: 2 + (i % 2), ruleId: `r${i}` }));
    const first = planReview(input({ findings: many, maxComments: 2 }));
    expect(first.comments).toHaveLength(2);
    expect(first.notInline.map((n) => n.reason)).toEqual(['max-comments']);
    const existing = first.comments.map((c, i) => ({
      id: 100 + i,
      body: c.body,
      path: c.path,
      user: BOT,
      line: c.line,
    }));
    const second = planReview(input({ findings: many, maxComments: 2, existing }));
    expect(second.comments).toEqual([]);
    expect(second.kept).toHaveLength(2);
    expect(second.notInline.map((n) => n.reason)).toEqual(['max-comments']);
  });

  it('the comment budget goes to the most severe findings first', () => {
    const note = finding({ file: 'db.tf', line: 2, severity: 'note', ruleId: 'n' });
    const error = finding({ file: 'db.tf', line: 3, severity: 'error', ruleId: 'e' });
    const plan = planReview(input({ findings: [note, error], maxComments: 1 }));
    expect(plan.comments.map((c) => c.finding)).toEqual([error]);
  });

  it('duplicate comments of ours for one fingerprint are cleaned up', () => {
    const plan = planReview(input({ findings: [a], existing: [ours(50, a.fingerprint), ours(51, a.fingerprint)] }));
    expect(plan.comments).toEqual([]);
    expect(plan.resolve).toEqual([{ commentId: 51, action: 'delete' }]);
  });
});

describe('planReview: whose comments are ours', () => {
  const a = finding({ file: 'db.tf', line: 3 });

  it("another bot's comments carrying our markers are never edited, deleted or trusted", () => {
    const otherBot = { login: 'terraform-plan[bot]', type: 'Bot' };
    const quoting = ours(60, a.fingerprint, { user: otherBot });
    const stale = ours(61, 'gone', { user: otherBot });
    const plan = planReview(input({ findings: [a], existing: [quoting, stale] }));
    expect(plan.comments.map((c) => c.finding)).toEqual([a]);
    expect(plan.kept).toEqual([]);
    expect(plan.resolve).toEqual([]);
  });

  it('only the trailing marker counts: a marker quoted earlier in the body is text', () => {
    const body = `quoted <!-- arch-lint:finding fingerprint=forged -->\n\n${findingMarker(NAME, a.fingerprint)}`;
    const plan = planReview(input({ findings: [a], existing: [ours(62, a.fingerprint, { body })] }));
    expect(plan.kept.map((k) => k.commentId)).toEqual([62]);
    expect(plan.resolve).toEqual([]);
    const trailingText = `${findingMarker(NAME, a.fingerprint)}\nand then some text`;
    const other = planReview(input({ findings: [a], existing: [ours(63, a.fingerprint, { body: trailingText })] }));
    expect(other.kept).toEqual([]);
    expect(other.comments.map((c) => c.finding)).toEqual([a]);
    expect(other.resolve).toEqual([]);
  });

  it("another instance's comments (other `name`) are not ours", () => {
    const infra = ours(64, 'gone', { body: `x\n\n${findingMarker('infra', 'gone')}` });
    expect(planReview(input({ existing: [infra] })).resolve).toEqual([]);
    expect(planReview(input({ name: 'infra', existing: [infra] })).resolve).toEqual([
      { commentId: 64, action: 'delete' },
    ]);
  });
});

describe('planReview: outdated comments', () => {
  const a = finding({ file: 'db.tf', line: 3 });
  const b = finding({ file: 'db.tf', line: 8, ruleId: 'b' });

  it('an outdated comment is re-anchored: re-posted on the current line and deleted', () => {
    const plan = planReview(input({ findings: [a], existing: [ours(70, a.fingerprint, { line: null })] }));
    expect(plan.kept).toEqual([]);
    expect(plan.comments.map((c) => [c.finding, c.line])).toEqual([[a, 3]]);
    // The new body is built from the finding, nothing carried over from the old comment.
    expect(plan.comments[0].body).not.toContain('old text');
    expect(plan.resolve).toEqual([{ commentId: 70, action: 'delete' }]);
  });

  it('outdated comments do not count against max-comments', () => {
    const plan = planReview(
      input({ findings: [a, b], maxComments: 2, existing: [ours(71, a.fingerprint, { line: null })] }),
    );
    expect(plan.comments.map((c) => c.finding)).toEqual([a, b]);
    expect(plan.notInline).toEqual([]);
  });

  it('an outdated comment with replies keeps its conversation and gets its thread resolved, once', () => {
    const old = ours(72, a.fingerprint, { line: null });
    const reply: ExistingComment = { id: 73, body: 'hm', path: 'db.tf', user: null, in_reply_to_id: 72, line: null };
    const plan = planReview(input({ findings: [a], existing: [old, reply] }));
    expect(plan.comments.map((c) => c.finding)).toEqual([a]);
    expect(plan.resolve).toEqual([{ commentId: 72, action: 'resolve-thread' }]);
    const again = planReview(input({ findings: [a], existing: [old, reply], resolvedThreads: new Set([72]) }));
    expect(again.resolve).toEqual([]);
  });

  it('a live comment left on a line the finding no longer ends on is re-anchored, unless someone replied', () => {
    const moved = ours(76, a.fingerprint, { line: 2 });
    const plan = planReview(input({ findings: [a], existing: [moved] }));
    expect(plan.comments.map((c) => [c.finding, c.line])).toEqual([[a, 3]]);
    expect(plan.resolve).toEqual([{ commentId: 76, action: 'delete' }]);
    const reply: ExistingComment = { id: 77, body: 'hm', path: 'db.tf', user: null, in_reply_to_id: 76, line: 2 };
    const discussed = planReview(input({ findings: [a], existing: [moved, reply] }));
    expect(discussed.kept.map((k) => k.commentId)).toEqual([76]);
    expect(discussed.comments).toEqual([]);
    // Not where a new comment could go (a context line under `added`): left where it is.
    const onContext = finding({ file: 'db.tf', line: 4 });
    const stays = planReview(
      input({ findings: [onContext], existing: [ours(78, onContext.fingerprint, { line: 2 })] }),
    );
    expect(stays.kept.map((k) => k.commentId)).toEqual([78]);
    expect(stays.resolve).toEqual([]);
  });

  it('a live comment wins over an outdated copy, which is deleted', () => {
    const plan = planReview(
      input({ findings: [a], existing: [ours(74, a.fingerprint, { line: null }), ours(75, a.fingerprint)] }),
    );
    expect(plan.kept.map((k) => k.commentId)).toEqual([75]);
    expect(plan.comments).toEqual([]);
    expect(plan.resolve).toEqual([{ commentId: 74, action: 'delete' }]);
  });
});

describe('planReview: insertions', () => {
  it('an insertion at the start of the line after the last one is suggested on the last line', () => {
    const source = new SourceFile('new.yaml', 'a: 1\nb: 2\n');
    const file: FileDiff = {
      path: 'new.yaml',
      status: 'added',
      hasPatch: true,
      hunks: parsePatch('@@ -0,0 +1,2 @@\n+a: 1\n+b: 2'),
    };
    const f = finding({
      file: 'new.yaml',
      line: 1,
      fix: { description: 'Add c', replacements: [{ line: 3, column: 1, endLine: 3, endColumn: 1, text: 'c: 3\n' }] },
    });
    const [c] = planReview(
      input({ findings: [f], files: new Map([['new.yaml', file]]), source: () => source }),
    ).comments;
    expect([c.startLine, c.line]).toEqual([1, 2]);
    expect(c.body).toContain('```suggestion\na: 1\nb: 2\nc: 3\n```');
  });
});
