// The unified diff --fix-dry-run prints: exact hunks for small cases, and for random
// texts `git apply` (the oracle) turns the old text into the new one byte for byte.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/report/unified-diff.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const lines = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `line ${i + from}\n`).join('');

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a.tf', 'x\n', 'x\n')).toBe('');
  });

  it('one changed line: 3 lines of context each side, counts of 1 left out', () => {
    const before = lines(10);
    const after = before.replace('line 5\n', 'line five\n');
    expect(unifiedDiff('a.tf', before, after)).toBe(
      [
        '--- a/a.tf',
        '+++ b/a.tf',
        '@@ -2,7 +2,7 @@',
        ' line 2',
        ' line 3',
        ' line 4',
        '-line 5',
        '+line five',
        ' line 6',
        ' line 7',
        ' line 8',
        '',
      ].join('\n'),
    );
    expect(unifiedDiff('a.tf', 'a\n', 'b\n')).toBe('--- a/a.tf\n+++ b/a.tf\n@@ -1 +1 @@\n-a\n+b\n');
  });

  it('changes more than 6 lines apart are two hunks; closer ones share one', () => {
    const before = lines(20);
    const far = before.replace('line 2\n', 'two\n').replace('line 12\n', 'twelve\n');
    expect(
      unifiedDiff('a', before, far)
        .split('\n')
        .filter((l) => l.startsWith('@@')),
    ).toEqual(['@@ -1,5 +1,5 @@', '@@ -9,7 +9,7 @@']);
    const near = before.replace('line 2\n', 'two\n').replace('line 8\n', 'eight\n');
    expect(
      unifiedDiff('a', before, near)
        .split('\n')
        .filter((l) => l.startsWith('@@')),
    ).toEqual(['@@ -1,11 +1,11 @@']);
  });

  it('pure insertions and deletions name the line before an empty range', () => {
    expect(unifiedDiff('a', '', 'x\n')).toBe('--- a/a\n+++ b/a\n@@ -0,0 +1 @@\n+x\n');
    expect(unifiedDiff('a', 'x\n', '')).toBe('--- a/a\n+++ b/a\n@@ -1 +0,0 @@\n-x\n');
    expect(unifiedDiff('a', 'a\nb\n', 'a\nnew\nb\n')).toBe('--- a/a\n+++ b/a\n@@ -1,2 +1,3 @@\n a\n+new\n b\n');
  });

  it('marks a last line without a newline', () => {
    expect(unifiedDiff('a', 'a\nb', 'a\nc')).toBe(
      '--- a/a\n+++ b/a\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n',
    );
    expect(unifiedDiff('a', 'a\nb', 'a\nb\n')).toBe(
      '--- a/a\n+++ b/a\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n',
    );
  });

  const gitAvailable = spawnSync('git', ['--version']).status === 0;
  it.skipIf(!gitAvailable)('git apply turns the old text into the new one (random texts)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arch-lint-diff-'));
    dirs.push(dir);
    const line = fc.constantFrom('a', 'b', 'c', '', '  x = 1', 'd\r');
    const text = fc
      .tuple(fc.array(line, { maxLength: 30 }), fc.boolean())
      .map(([ls, newline]) => (ls.length === 0 ? '' : ls.join('\n') + (newline ? '\n' : '')));
    const pairs = fc.sample(fc.tuple(text, text), { numRuns: 150, seed: 13 });
    let patch = '';
    pairs.forEach(([before, after], i) => {
      const file = `f${i}.txt`;
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, file), before);
      patch += unifiedDiff(file, before, after);
    });
    writeFileSync(join(dir, 'all.patch'), patch);
    const applied = spawnSync('git', ['apply', '--unsafe-paths', '--whitespace=nowarn', 'all.patch'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_DIR: join(dir, 'no-repo') },
    });
    expect(applied.stderr).toBe('');
    expect(applied.status).toBe(0);
    pairs.forEach(([, after], i) => expect(readFileSync(join(dir, `f${i}.txt`), 'utf8'), `f${i}.txt`).toBe(after));
  });
});
