import { describe, expect, it } from 'vitest';
import { hunkAt, isAddedLine, parseGitDiff, parsePatch, unquoteGitPath, type FileDiff } from '../../src/github/diff.js';

const PATCH = [
  '@@ -1,4 +1,5 @@',
  ' resource "aws_db_instance" "orders" {',
  '-  engine = "postgres"',
  '+  engine   = "postgres"',
  '+  multi_az = false',
  ' ',
  ' }',
  '@@ -20,2 +21,3 @@ module "x" {',
  ' a',
  '+b',
  ' c',
  '\\ No newline at end of file',
].join('\n');

describe('parsePatch', () => {
  it('maps new-side lines of each hunk and the added ones', () => {
    const hunks = parsePatch(PATCH);
    expect(hunks.map((h) => [h.newStart, h.newCount, [...h.added]])).toEqual([
      [1, 5, [2, 3]],
      [21, 3, [22]],
    ]);
  });

  it('treats a blank line inside a hunk as context (trimmed leading space)', () => {
    const hunks = parsePatch('@@ -1,3 +1,4 @@\n a\n\n+b\n c');
    expect([...hunks[0].added]).toEqual([3]);
  });

  it('handles omitted counts and pure deletions', () => {
    expect(parsePatch('@@ -1 +1 @@\n-x\n+y').map((h) => [h.newStart, h.newCount, [...h.added]])).toEqual([[1, 1, [1]]]);
    // A hunk that only deletes has no new-side line to comment on.
    expect(parsePatch('@@ -3,2 +2,0 @@\n-x\n-y')).toEqual([]);
  });

  it('ignores garbage before the first hunk and never throws', () => {
    expect(parsePatch('not a patch\n+x')).toEqual([]);
    expect(parsePatch('')).toEqual([]);
  });

  it('answers line queries', () => {
    const file: FileDiff = { path: 'a.tf', status: 'modified', hasPatch: true, hunks: parsePatch(PATCH) };
    expect(hunkAt(file, 5)?.newStart).toBe(1);
    expect(hunkAt(file, 6)).toBeUndefined();
    expect(hunkAt(file, 23)?.newStart).toBe(21);
    expect(isAddedLine(file, 3)).toBe(true);
    expect(isAddedLine(file, 4)).toBe(false);
  });
});

describe('parseGitDiff', () => {
  it('splits files, statuses, renames and binaries', () => {
    const out = [
      'diff --git a/infra/db.tf b/infra/db.tf',
      'index 1111111..2222222 100644',
      '--- a/infra/db.tf',
      '+++ b/infra/db.tf',
      '@@ -1,2 +1,3 @@',
      ' a',
      '+b',
      ' c',
      'diff --git a/new.yaml b/new.yaml',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/new.yaml',
      '@@ -0,0 +1,2 @@',
      '+x: 1',
      '+y: 2',
      'diff --git a/old.tf b/gone.tf',
      'similarity index 100%',
      'rename from old.tf',
      'rename to gone.tf',
      'diff --git a/img.png b/img.png',
      'Binary files a/img.png and b/img.png differ',
      'diff --git a/del.tf b/del.tf',
      'deleted file mode 100644',
      '--- a/del.tf',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-x',
      '',
    ].join('\n');
    const files = parseGitDiff(out);
    expect(files.map((f) => [f.path, f.status, f.hasPatch, f.previousPath])).toEqual([
      ['infra/db.tf', 'modified', true, undefined],
      ['new.yaml', 'added', true, undefined],
      ['gone.tf', 'renamed', true, 'old.tf'],
      ['img.png', 'modified', false, undefined],
      ['del.tf', 'removed', true, undefined],
    ]);
    expect([...files[1].hunks[0].added]).toEqual([1, 2]);
  });

  it('decodes C-quoted paths', () => {
    expect(unquoteGitPath('"b/t\\303\\251st \\"q\\".tf"')).toBe('tést "q".tf');
    expect(unquoteGitPath('plain.tf')).toBe('plain.tf');
  });
});
