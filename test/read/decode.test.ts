// Bytes to text: what Terraform refuses ("Invalid character encoding") is refused here
// too, at the first bad byte, instead of being linted as U+FFFD.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decode, decodedText, firstInvalidUtf8, loadFileSync } from '../../src/read/load.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decode', () => {
  it('accepts UTF-8 (emoji, CJK) and drops a BOM', () => {
    const r = decode(bytes([0xef, 0xbb, 0xbf], 'a = "🙂 東京"\n'), 'x.tf');
    expect(r.ok && r.source.text).toBe('a = "🙂 東京"\n');
  });

  it.each<[string, Buffer, number, number, string]>([
    ['a stray continuation byte', bytes('a = 1\nb = "x', [0x80], '"\n'), 2, 7, '0x80'],
    ['a Latin-1 byte', bytes('name = "caf', [0xe9], '"\n'), 1, 12, '0xE9'],
    ['an overlong encoding', bytes('x', [0xc0, 0xaf]), 1, 2, '0xC0'],
    ['a truncated sequence at the end', bytes('ok 🙂 ', [0xf0, 0x9f]), 1, 7, '0xF0'],
    ['an encoded surrogate', bytes('s', [0xed, 0xa0, 0x80]), 1, 2, '0xED'],
    ['after a BOM', bytes([0xef, 0xbb, 0xbf], 'ab', [0xff]), 1, 3, '0xFF'],
  ])('refuses %s at its position', (_name, buf, line, column, hex) => {
    const r = decode(buf, 'x.tf');
    expect(r.ok).toBe(false);
    if (r.ok || !r.at) throw new Error('expected a positioned refusal');
    expect(r.reason).toBe(`invalid character encoding (byte ${hex} is not UTF-8); all input files must be UTF-8`);
    expect(r.at.source.pos(r.at.offset)).toMatchObject({ line, column });
  });

  it.each<[string, Buffer]>([
    ['UTF-8 with a BOM', bytes([0xef, 0xbb, 0xbf], 'a = "🙂 東京"\n')],
    ['plain text', bytes('b = 1\n')],
    ['empty', bytes('')],
    ['a Latin-1 byte', bytes('name = "caf', [0xe9], '"\n')],
    ['UTF-16', bytes([0xfe, 0xff], [0, 0x61])],
    ['a NUL byte', bytes('a', [0], 'b')],
  ])('decodedText gives what decode accepts, and nothing for what it refuses: %s', (_name, buf) => {
    const r = decode(buf, 'x.tf');
    expect(decodedText(buf)).toBe(r.ok ? r.source.text : undefined);
  });

  it('refuses UTF-16 and binary files by name', () => {
    expect(decode(bytes([0xff, 0xfe], [0x61, 0, 0x0a, 0]), 'x.yaml')).toEqual({
      ok: false,
      reason: 'UTF-16 encoded; all input files must be UTF-8',
    });
    expect(decode(bytes('a', [0], 'b'), 'x.yaml')).toEqual({ ok: false, reason: 'binary file' });
  });

  it('finds the first invalid byte like a strict decoder', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const b of [[0x41, 0xe2, 0x82, 0xac], [0xf4, 0x90, 0x80, 0x80], [0xe0, 0x80, 0x80], [0xc2]]) {
      const buf = Uint8Array.from(b);
      let valid = true;
      try {
        strict.decode(buf);
      } catch {
        valid = false;
      }
      expect(firstInvalidUtf8(buf) === buf.length).toBe(valid);
    }
  });
});

describe('loadFileSync', () => {
  // Small files are read in one call into a shared buffer, larger ones after a size check:
  // the same text either way, and the limit holds at and around the buffer's size.
  const dir = mkdtempSync(join(tmpdir(), 'arch-lint-load-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, size: number) => {
    const path = join(dir, name);
    writeFileSync(path, 'a'.repeat(size - 1) + '\n');
    return path;
  };
  const K64 = 64 * 1024;

  it.each([
    ['a small file', 10, undefined, true],
    ['one byte under the buffer', K64 - 1, undefined, true],
    ['exactly the buffer', K64, undefined, true],
    ['over the buffer', K64 + 1, undefined, true],
    ['at the limit', 100, 100, true],
    ['one byte over the limit', 101, 100, false],
    ['over a limit larger than the buffer', K64 + 10, K64 + 9, false],
  ])('reads %s whole, or refuses it as too large', (_name, size, limit, ok) => {
    const r = loadFileSync(file(`f${size}-${limit}`, size), 'f.tf', limit);
    expect(r.ok).toBe(ok);
    if (r.ok) expect(r.source.text).toBe('a'.repeat(size - 1) + '\n');
    else expect(r.reason).toMatch(/^too large \(/);
  });

  it('does not let one read show through the next', () => {
    const long = loadFileSync(file('long', 5000), 'long.tf');
    const short = loadFileSync(file('short', 3), 'short.tf');
    expect(long.ok && long.source.text.length).toBe(5000);
    expect(short.ok && short.source.text).toBe('aa\n');
  });
});
