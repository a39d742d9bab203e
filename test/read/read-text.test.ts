// diskSource().readText: a missing file is told without a failed read (most Terraform roots
// have no `.terraform/modules/modules.json`), and every answer is the one a plain read gives.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diskSource, type TextRead } from '../../src/read/file-source.js';

const dir = mkdtempSync(join(tmpdir(), 'arch-lint-read-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'a.json'), '{"Modules":[]}');
mkdirSync(join(dir, 'sub'));
symlinkSync('loop', join(dir, 'loop'));
symlinkSync('nowhere', join(dir, 'dangling'));

/** What a plain read answers (the behaviour before the existence check). */
function plainRead(abs: string): TextRead {
  try {
    return { ok: true, text: readFileSync(abs, 'utf8') };
  } catch (e) {
    return { ok: false, reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(e) };
  }
}

describe('diskSource().readText', () => {
  it.each<[string, string, string]>([
    ['a file', 'a.json', 'ok'],
    ['a missing file in a folder', 'b.json', 'no such file'],
    ['a file under missing folders', '.terraform/modules/modules.json', 'no such file'],
    ['a file under a file', 'a.json/modules.json', 'ENOTDIR'],
    ['a folder', 'sub', 'EISDIR'],
    ['a symlink loop', 'loop', 'ELOOP'],
    ['a file under a symlink loop', 'loop/x.json', 'ELOOP'],
    ['a dangling symlink', 'dangling', 'no such file'],
  ])('%s: as a plain read', async (_name, rel, expected) => {
    const got = await diskSource().readText(join(dir, rel));
    expect(got).toEqual(plainRead(join(dir, rel)));
    expect(got.ok ? 'ok' : got.reason).toContain(expected);
  });
});
