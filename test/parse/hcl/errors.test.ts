// Syntax errors: message and exact position; recovery (later items still parse);
// and the parser never throws, whatever the input.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../../src/parse/source.js';
import { MAX_NESTING, parseHcl } from '../../../src/parse/hcl/parser.js';
import type { HclFile } from '../../../src/parse/hcl/ast.js';
import { REPO_DIR, HAS_SHARED, sharedPath } from '../../support/shared.js';
import { lc } from './show.js';

const parse = (text: string): HclFile => parseHcl(new SourceFile('t.tf', text));
const invalidDir = join(REPO_DIR, 'fixtures', 'hcl', 'invalid');

/** file in fixtures/hcl/invalid → [range, message] of the first diagnostic. */
const EXPECTED: Record<string, [string, string]> = {
  'bad-directive.tf': ['1:9-1:12', "expected 'if', 'for', 'else', 'endif' or 'endfor' after '%{'"],
  'bad-escape.tf': [
    '1:7-1:9',
    "invalid escape sequence '\\q' in string; valid ones are \\n \\r \\t \\\" \\\\ \\uNNNN \\UNNNNNNNN",
  ],
  'block-after-close.tf': ['2:3-2:4', "expected a newline after the block's closing '}', found 'b'"],
  'chained-legacy-index.tf': ['1:6-1:10', 'legacy index syntax cannot be chained (`.0.1`); use `[0][1]` instead'],
  'conditional-missing-colon.tf': ['1:10-2:1', "expected ':' in the conditional expression, found newline"],
  'dot-nothing.tf': ['1:7-2:1', "expected an attribute name after '.', found newline"],
  'duplicate-attribute.tf': ['3:1-3:2', 'attribute "a" is already defined at line 1'],
  'ellipsis-not-last.tf': ['1:11-1:12', "expected ')' after '...': only the last argument can be expanded, found ','"],
  'for-missing-in.tf': ['1:12-1:13', "expected 'in' after the 'for' variables, found 'y'"],
  'heredoc-marker-at-eof.tf': [
    '3:4-3:4',
    'unterminated heredoc: no line with only "EOT" closes the heredoc opened at line 1',
  ],
  'interpolation-unclosed.tf': ['1:9-1:10', "expected '}' to close the interpolation opened with '${', found string"],
  'invalid-char.tf': ['1:7-1:8', "expected a newline after the attribute value, found invalid character '@'"],
  'label-interpolation.tf': ['1:10-1:17', 'block labels must be literal strings, without interpolation'],
  'missing-endfor.tf': ['1:6-1:21', '%{for} has no matching %{endfor}'],
  'missing-equals.tf': [
    '2:13-3:1',
    'expected \'{\' to open block "bucket" (or \'=\' if "bucket" is an attribute), found newline',
  ],
  'missing-value.tf': ['1:4-2:1', 'expected an expression, found newline'],
  'nested-attribute-splat.tf': [
    '1:10-1:12',
    'a splat (.*) cannot be nested inside an attribute-only splat; use [*] instead',
  ],
  'number-attr-name.tf': ['1:1-1:2', 'expected an attribute name or block type, found number'],
  'object-missing-separator.tf': ['1:13-1:14', "expected a newline or ',' after an object item, found 'y'"],
  'single-line-block-two-attrs.tf': [
    '1:10-1:11',
    "expected '}' after the attribute of a single-line block (it can hold only one), found ','",
  ],
  'single-line-nested-block.tf': [
    '1:5-1:6',
    'a single-line block can contain only one attribute; put a nested block on its own line',
  ],
  'stray-brace.tf': ['2:1-2:2', "unexpected '}': there is no block to close"],
  'two-attrs-one-line.tf': ['1:7-1:8', "expected a newline after the attribute value, found 'b'"],
  'unclosed-block.tf': ['1:18-1:19', "expected '}' to close the block, found end of file"],
  'unclosed-paren.tf': [
    '2:1-2:1',
    "expected ')' to close the parenthesised expression opened with '(', found end of file",
  ],
  'unclosed-tuple.tf': ['2:1-2:2', "expected ',' or ']' after a tuple element, found 'b'"],
  'unmatched-endif.tf': ['1:7-1:17', 'unexpected %{endif} with no matching %{if}'],
  'unterminated-call.tf': ['1:5-1:11', "unterminated function call: no ')' before the end of the file"],
  'unterminated-comment.tf': ['2:1-2:3', "unterminated comment: '/*' has no matching '*/'"],
  'unterminated-heredoc.tf': [
    '3:1-3:1',
    'unterminated heredoc: no line with only "EOT" closes the heredoc opened at line 1',
  ],
  'unterminated-string.tf': [
    '1:5-1:9',
    'unterminated string: a quoted string cannot contain a line break (use a heredoc or "\\n")',
  ],
};

describe('error messages and positions', () => {
  it('covers every broken fixture', () => {
    expect(
      readdirSync(invalidDir)
        .filter((n) => n.endsWith('.tf'))
        .sort(),
    ).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (name, [range, message]) => {
    const hcl = parse(readFileSync(join(invalidDir, name), 'utf8'));
    expect(hcl.diagnostics.length).toBeGreaterThan(0);
    const d = hcl.diagnostics[0];
    expect(d.severity).toBe('error');
    expect([lc(d.range), d.message]).toEqual([range, message]);
  });

  it('reports exact offsets', () => {
    const d = parse('ok = 1\nbad = [1 2]\n').diagnostics;
    expect(d).toHaveLength(1);
    expect(d[0].range).toEqual({
      start: { line: 2, column: 10, offset: 16 },
      end: { line: 2, column: 11, offset: 17 },
    });
  });
});

describe('recovery', () => {
  it('parses the blocks after a broken block', () => {
    const hcl = parse(
      ['resource "a" "one" {', '  x = [1 2]', '  y = 2', '}', 'resource "a" "two" {', '  z = 3', '}', ''].join('\n'),
    );
    expect(hcl.diagnostics).toHaveLength(1);
    expect(hcl.diagnostics[0].range.start.line).toBe(2);
    expect(hcl.body.blocks.map((b) => b.labels[1].value)).toEqual(['one', 'two']);
    expect(hcl.body.blocks[0].body.attributes.map((a) => a.name)).toEqual(['x', 'y']);
    expect(hcl.body.blocks[1].body.attributes.map((a) => a.name)).toEqual(['z']);
  });

  it('skips a broken multi-line object and keeps the next attribute', () => {
    const hcl = parse('tags = {\n  a = 1 2\n  b = 2\n}\nnext = 3\n');
    expect(hcl.diagnostics.map((d) => d.range.start.line)).toEqual([2]);
    expect(hcl.body.attributes.map((a) => a.name)).toEqual(['tags', 'next']);
  });

  it('reports one error per broken line and continues', () => {
    const hcl = parse('a = \nb = )\nc = 1\nd "x" = 2\ne = 5\n');
    expect(hcl.diagnostics.map((d) => d.range.start.line)).toEqual([1, 2, 4]);
    expect(hcl.body.attributes.map((a) => a.name)).toEqual(['a', 'b', 'c', 'e']);
  });

  it("does not let braces inside a broken line's string confuse recovery", () => {
    const hcl = parse('a = 1 2 "}}}"\nb {\n  c = 1\n}\n');
    expect(hcl.diagnostics).toHaveLength(1);
    expect(hcl.body.blocks[0].body.attributes[0].name).toBe('c');
  });

  it('keeps an invalid expression placeholder with a range', () => {
    const hcl = parse('a = \n');
    expect(hcl.body.attributes[0].expr).toMatchObject({ kind: 'Invalid' });
    expect(lc(hcl.body.attributes[0].expr.range)).toBe('1:5-1:5');
  });
});

describe('nesting limit', () => {
  it('reports deep expression nesting instead of overflowing the stack', () => {
    const deep = 'a = ' + '['.repeat(100_000) + ']'.repeat(100_000) + '\nb = 1\n';
    const hcl = parse(deep);
    expect(hcl.diagnostics[0].message).toBe(`expression is nested more than ${MAX_NESTING} levels deep`);
    expect(hcl.body.attributes.map((a) => a.name)).toEqual(['a', 'b']);
  });

  it('reports deep block nesting', () => {
    const deep = 'a {\n'.repeat(5000) + '}\n'.repeat(5000) + 'b = 1\n';
    const hcl = parse(deep);
    expect(hcl.diagnostics.map((d) => d.message)).toEqual([`blocks are nested more than ${MAX_NESTING} levels deep`]);
    expect(hcl.body.attributes.map((a) => a.name)).toEqual(['b']);
  });

  it('reports deep unary and template nesting', () => {
    expect(parse('a = ' + '!'.repeat(50_000) + 'true\n').diagnostics).toHaveLength(1);
    expect(parse('a = ' + '"${'.repeat(20_000) + '1' + '}"'.repeat(20_000) + '\n').diagnostics).toHaveLength(1);
    expect(parse('a = "' + '%{if x}'.repeat(20_000) + '%{endif}'.repeat(20_000) + '"\n').diagnostics).toHaveLength(1);
  });

  it('accepts nesting right below the limit', () => {
    const n = 100;
    expect(parse('a = ' + '['.repeat(n) + ']'.repeat(n) + '\n').diagnostics).toEqual([]);
  });
});

/** Deterministic PRNG (mulberry32) so fuzz failures reproduce. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function checkNoThrow(text: string): void {
  let hcl: HclFile | undefined;
  expect(
    () => {
      hcl = parse(text);
    },
    JSON.stringify(text.slice(0, 200)),
  ).not.toThrow();
  for (const d of hcl!.diagnostics) {
    expect(d.range.start.offset).toBeGreaterThanOrEqual(0);
    expect(d.range.end.offset).toBeLessThanOrEqual(text.length);
    expect(d.range.start.offset).toBeLessThanOrEqual(d.range.end.offset);
  }
}

describe('fuzz: never throws', () => {
  const sample =
    readFileSync(join(REPO_DIR, 'fixtures', 'hcl', 'valid', 'expressions.tf'), 'utf8') +
    readFileSync(join(REPO_DIR, 'fixtures', 'hcl', 'valid', 'heredocs.tf'), 'utf8');
  const alphabet = '{}[]()"$%~<>-=!&|?:.,*/\\#\n\t aEOT0123456789_${}%{}<<EOT\n';

  it('on random bytes', () => {
    const r = rng(42);
    for (let i = 0; i < 300; i++) {
      const len = Math.floor(r() * 400);
      let s = '';
      for (let j = 0; j < len; j++) s += String.fromCharCode(Math.floor(r() * 256));
      checkNoThrow(s);
    }
  });

  it('on random HCL-ish characters', () => {
    const r = rng(7);
    for (let i = 0; i < 500; i++) {
      const len = Math.floor(r() * 300);
      let s = '';
      for (let j = 0; j < len; j++) s += alphabet[Math.floor(r() * alphabet.length)];
      checkNoThrow(s);
    }
  });

  it('on every truncation and random mutations of real files', () => {
    for (let n = 0; n <= sample.length; n += 7) checkNoThrow(sample.slice(0, n));
    const r = rng(1234);
    for (let i = 0; i < 300; i++) {
      const chars = [...sample];
      for (let k = 0; k < 5; k++) chars[Math.floor(r() * chars.length)] = alphabet[Math.floor(r() * alphabet.length)];
      checkNoThrow(chars.join(''));
    }
  });

  it.skipIf(!HAS_SHARED)('on truncations of realworld files', () => {
    const dir = sharedPath('corpus', 'realworld', 'terraform-aws-eks');
    const text = readFileSync(join(dir, 'main.tf'), 'utf8');
    for (let n = 0; n <= text.length; n += 97) checkNoThrow(text.slice(0, n));
  });
});
