// Every reporter over the same fixed findings, pinned byte for byte. Regenerate with
// UPDATE_GOLDEN=1 npx vitest run test/report, then review the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORTERS, type FormatName } from '../../src/report/index.js';
import { REPO_DIR } from '../support/shared.js';
import { FINDINGS, sampleContext } from './sample.js';

const GOLDEN_DIR = join(REPO_DIR, 'test/report/golden');
const EXT: Record<FormatName, string> = {
  text: 'txt',
  json: 'json',
  sarif: 'sarif',
  github: 'github.txt',
  markdown: 'md',
  junit: 'junit.xml',
  rdjson: 'rdjson',
};
const UPDATE = process.env.UPDATE_GOLDEN === '1';

export function goldenPath(format: FormatName, variant = 'findings'): string {
  return join(GOLDEN_DIR, `${variant}.${EXT[format]}`);
}

describe('golden output', () => {
  for (const format of Object.keys(EXT) as FormatName[]) {
    for (const [variant, findings] of [
      ['findings', FINDINGS],
      ['clean', []],
    ] as const) {
      it(`${format} (${variant})`, () => {
        const out = REPORTERS[format]([...findings], sampleContext(variant === 'clean' ? { skipped: [] } : {}));
        const path = goldenPath(format, variant);
        if (UPDATE || !existsSync(path)) {
          if (!UPDATE) throw new Error(`missing golden file ${path}: run with UPDATE_GOLDEN=1`);
          writeFileSync(path, out);
        }
        expect(out).toBe(readFileSync(path, 'utf8'));
      });
    }
  }

  it('text with colors', () => {
    const out = REPORTERS.text(FINDINGS, sampleContext({ color: true }));
    const path = join(GOLDEN_DIR, 'findings.color.txt');
    if (UPDATE) writeFileSync(path, out);
    expect(out).toBe(readFileSync(path, 'utf8'));
    expect(out.replace(/\u001b\[\d+m/g, '')).toBe(REPORTERS.text(FINDINGS, sampleContext()));
  });

  it('is byte-identical across runs and independent of the rule list order', () => {
    for (const format of Object.keys(EXT) as FormatName[]) {
      const a = REPORTERS[format](FINDINGS, sampleContext());
      const ctx = sampleContext();
      const b = REPORTERS[format](FINDINGS, { ...ctx, rules: [...ctx.rules].reverse() });
      expect(b, format).toBe(a);
    }
  });
});
