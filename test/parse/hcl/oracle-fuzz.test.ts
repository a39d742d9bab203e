// Differential fuzzing against HashiCorp's parser (hcl2json): windows of real files
// with a few random edits. Both parsers must agree whether the text is valid HCL,
// and on valid text they must see the same values. Deterministic seeds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from '@cdktf/hcl2json';
import { SourceFile } from '../../../src/parse/source.js';
import { parseHcl } from '../../../src/parse/hcl/parser.js';
import { REPO_DIR } from '../../support/shared.js';
import { toHcl2Json } from './to-hcl2json.js';

const EDITS = [
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '"',
  '${',
  '%{',
  '~',
  '\n',
  ' ',
  '=',
  ',',
  '.',
  '*',
  '#',
  '//',
  '/*',
  '*/',
  '<<EOT\n',
  '\nEOT\n',
  'x',
  '0',
  '-',
  '!',
  '?',
  ':',
  '=>',
  '...',
  '\\',
  '$$',
  'for ',
  ' in ',
  'if ',
  '}"',
  '"${',
  '%{ endif }',
];

function rng(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

const samples = ['expressions.tf', 'heredocs.tf', 'blocks.tf'].map((n) =>
  readFileSync(join(REPO_DIR, 'fixtures', 'hcl', 'valid', n), 'utf8'),
);

function mutant(r: () => number): string {
  const lines = samples[Math.floor(r() * samples.length)].split('\n');
  const a = Math.floor(r() * lines.length);
  let text = lines.slice(a, a + 1 + Math.floor(r() * 12)).join('\n') + '\n';
  const edits = Math.floor(r() * 3);
  for (let j = 0; j < edits; j++) {
    const p = Math.floor(r() * text.length);
    text =
      r() < 0.5
        ? text.slice(0, p) + EDITS[Math.floor(r() * EDITS.length)] + text.slice(p)
        : text.slice(0, p) + text.slice(p + 1);
  }
  return text;
}

it('agrees with hcl2json on 600 edited snippets', async () => {
  const r = rng(2026);
  let valid = 0;
  for (let i = 0; i < 600; i++) {
    const text = mutant(r);
    const file = new SourceFile('x.tf', text);
    const ours = parseHcl(file);
    let theirs: unknown;
    let syntaxError: string | null = null;
    try {
      theirs = await parse('x.tf', text);
    } catch (err) {
      const msg = String(err);
      // "convert to HCL" errors come from hcl2json evaluating `!3` and the like after a
      // successful parse: they are not syntax errors.
      if (msg.includes('convert to HCL')) {
        expect(ours.diagnostics, text).toEqual([]);
        continue;
      }
      syntaxError = msg;
    }
    const detail = `${JSON.stringify(text)}\nours: ${ours.diagnostics.map((d) => d.message).join('; ')}\ntheirs: ${syntaxError}`;
    expect(ours.diagnostics.length === 0, detail).toBe(syntaxError === null);
    if (syntaxError === null) {
      valid++;
      expect(JSON.parse(JSON.stringify(toHcl2Json(file, ours))), detail).toEqual(theirs);
    }
  }
  // The mix must exercise both sides of the verdict.
  expect(valid).toBeGreaterThan(50);
  expect(valid).toBeLessThan(550);
});
