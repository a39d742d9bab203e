// Files the unit planner read are handed to their units instead of being read again: a unit
// gets what the planner saw (the run's snapshot of the file), once, and every file that
// cannot be read whole is loaded, and refused, exactly as a plain read refuses it.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/read/discover.js';
import { diskSource } from '../../src/read/file-source.js';
import { HeldFiles } from '../../src/read/held-files.js';
import { loadFileSync, type Loaded } from '../../src/read/load.js';

const dir = mkdtempSync(join(tmpdir(), 'arch-lint-held-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
function file(content: string | Buffer | null): Candidate {
  const abs = join(dir, `f${n++}.tf`);
  if (content !== null) writeFileSync(abs, content);
  return { abs, path: `f${n}.tf`, kind: 'terraform', explicit: false };
}
const text = (l: Loaded) => (l.ok ? l.source.text : `refused: ${l.reason}`);

describe('HeldFiles', () => {
  it('hands a unit the bytes the planner read, once: later loads read the disk again', () => {
    const c = file('a = 1\n');
    const held = new HeldFiles(diskSource());
    expect(Buffer.from(held.bytes(c, 100)!).toString()).toBe('a = 1\n');
    writeFileSync(c.abs, 'a = 2\n'); // changed after the planner read it
    expect(text(held.peek(c, 100))).toBe('a = 1\n'); // the planner's own parse keeps it held
    const units = held.source();
    expect(text(units.load(c, 100))).toBe('a = 1\n');
    expect(text(units.load(c, 100))).toBe('a = 2\n');
  });

  it.each<[string, (c: Candidate) => void, string]>([
    ['removed', (c) => unlinkSync(c.abs), 'refused: cannot be read (ENOENT)'],
    ['changed', (c) => writeFileSync(c.abs, 'b = 2\n'), 'b = 2\n'],
  ])(
    'a file %s after the planner read it: its unit lints what was read, a later load the disk',
    (_n, change, after) => {
      const c = file('a = 1\n');
      const held = new HeldFiles(diskSource());
      held.bytes(c, 100);
      change(c);
      const units = held.source();
      expect(text(units.load(c, 100))).toBe('a = 1\n');
      expect(text(units.load(c, 100))).toBe(after);
    },
  );

  it('holds nothing past its budget: those files are read again, as they are then', () => {
    const [a, b] = [file('a = 1\n'), file('b = 1\n')];
    const held = new HeldFiles(diskSource(), 8);
    held.bytes(a, 100);
    expect(Buffer.from(held.bytes(b, 100)!).toString()).toBe('b = 1\n'); // looked at, not held
    writeFileSync(a.abs, 'a = 2\n');
    writeFileSync(b.abs, 'b = 2\n');
    const units = held.source();
    expect([text(units.load(a, 100)), text(units.load(b, 100))]).toEqual(['a = 1\n', 'b = 2\n']);
  });

  it('reads nothing for a source that hands out no bytes (a commit): its own load() is used', () => {
    const c = file('a = 1\n');
    const { readBytes: _r, ...noBytes } = diskSource();
    const held = new HeldFiles(noBytes);
    expect(held.bytes(c, 100)).toBeUndefined();
    expect(text(held.source().load(c, 100))).toBe('a = 1\n');
  });

  const big = Buffer.alloc(70 * 1024, 'a');
  it.each<[string, () => Candidate, number, boolean]>([
    ['a missing file', () => file(null), 100, false],
    ['a directory', () => (mkdirSync(join(dir, `d${n}`)), { ...file(null), abs: join(dir, `d${n}`) }), 100, false],
    [
      'a symlink loop',
      () => (symlinkSync(`loop${n}`, join(dir, `loop${n}`)), { ...file(null), abs: join(dir, `loop${n}`) }),
      100,
      false,
    ],
    ['a file over the limit', () => file('x = 123456\n'), 5, false],
    ['a file larger than one read', () => file(big), 100 * 1024, false],
    ['a file over the limit and one read', () => file(big), 1024, false],
    ['a binary file', () => file(Buffer.from([0x61, 0, 0x62])), 100, true],
    ['a UTF-16 file', () => file(Buffer.from([0xff, 0xfe, 0x61, 0])), 100, true],
    ['invalid UTF-8', () => file(Buffer.from([0x61, 0x20, 0xe9, 0x0a])), 100, true],
    ['a BOM', () => file(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x0a])), 100, true],
    ['an empty file', () => file(''), 100, true],
  ])('%s: loaded (or refused) by its unit exactly as a plain read does it', (_name, make, max, whole) => {
    const c = make();
    const held = new HeldFiles(diskSource());
    expect(held.bytes(c, max) !== undefined).toBe(whole);
    expect(held.peek(c, max)).toEqual(loadFileSync(c.abs, c.path, max));
    expect(held.source().load(c, max)).toEqual(loadFileSync(c.abs, c.path, max));
  });

  it('one file that cannot be read hides none of the others', () => {
    const files = [file('a = 1\n'), file(null), file(Buffer.from([0])), file('d = 4\n')];
    const held = new HeldFiles(diskSource());
    for (const c of files) held.bytes(c, 100);
    const units = held.source();
    expect(files.map((c) => text(units.load(c, 100)))).toEqual([
      'a = 1\n',
      'refused: cannot be read (ENOENT)',
      'refused: binary file',
      'd = 4\n',
    ]);
  });
});
