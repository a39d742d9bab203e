import { describe, expect, test } from 'vitest';
import { SourceFile } from '../../../src/parse/source.js';
import type { Range } from '../../../src/parse/source.js';
import { toJS } from '../../../src/parse/yaml/ast.js';
import type { YNode } from '../../../src/parse/yaml/ast.js';
import { DEFAULT_YAML_LIMITS, parseYamlStream } from '../../../src/parse/yaml/parse.js';

const parse = (text: string, limits?: Parameters<typeof parseYamlStream>[1]) =>
  parseYamlStream(new SourceFile('l.yaml', text), limits);
const span = (r: Range) => `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;

/** Classic billion laughs: 9 levels of 9 aliases, only 72 alias tokens. */
function billionLaughs(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) {
    const prev = names[i - 1];
    lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return lines.join('\n') + '\n';
}

describe('limits', () => {
  test('defaults', () => {
    expect(DEFAULT_YAML_LIMITS).toEqual({ maxAliases: 100, maxDepth: 100, maxBytes: 5 * 1024 * 1024 });
  });

  test('billion laughs is refused although it has fewer alias tokens than the limit', () => {
    const s = parse('---\nok: 1\n---\n' + billionLaughs());
    expect(s.errors).toHaveLength(1);
    expect(s.errors[0].reason).toBe('aliases');
    // The document before the bomb is kept.
    expect(s.documents.map((d) => toJS(d.root))).toEqual([{ ok: 1 }]);
    // The error points at the alias that crossed the limit, on the `d:` line (9 + 81 > 100).
    expect(s.errors[0].range.start.line).toBe(7);
    expect(s.errors[0].range.end.column - s.errors[0].range.start.column).toBe(2);
  });

  test('flat alias count: at the limit is fine, over it is an error', () => {
    const doc = (n: number) => `x: &x 1\nl: [${Array(n).fill('*x').join(', ')}]\n`;
    expect(parse(doc(100)).errors).toEqual([]);
    expect(parse(doc(101)).errors.map((e) => e.reason)).toEqual(['aliases']);
    expect(parse(doc(5), { maxAliases: 4 }).errors.map((e) => e.reason)).toEqual(['aliases']);
  });

  test('alias counts are per document', () => {
    const doc = `x: &x 1\nl: [${Array(60).fill('*x').join(', ')}]\n`;
    expect(parse(`${doc}---\n${doc}`).errors).toEqual([]);
  });

  test('deep nesting is refused with reason depth', () => {
    const flow = parse('['.repeat(150) + ']'.repeat(150));
    expect(flow.errors.map((e) => e.reason)).toEqual(['depth']);
    expect(flow.documents).toEqual([]);
    let block = '';
    for (let i = 0; i < 120; i++) block += `${' '.repeat(i)}k${i}:\n`;
    const b = parse(block + ' '.repeat(120) + 'v\n');
    expect(b.errors.map((e) => e.reason)).toEqual(['depth']);
    expect(parse('['.repeat(150) + ']'.repeat(150), { maxDepth: 200 }).errors).toEqual([]);
  });

  test('oversize files are not parsed', () => {
    const text = Array.from({ length: 10 }, (_, i) => `${i}: 1\n`).join('');
    const s = parse(text, { maxBytes: 49 });
    expect(s.errors.map((e) => [e.reason, span(e.range)])).toEqual([['size', '1:1-1:1']]);
    expect(s.errors[0].message).toMatch(/50 bytes/);
    expect(s.documents).toEqual([]);
    expect(parse(text, { maxBytes: 50 }).errors).toEqual([]);
    // Bytes, not characters: 'é' is two bytes in UTF-8.
    expect(parse('a: é\n', { maxBytes: 5 }).errors.map((e) => e.reason)).toEqual(['size']);
  });
});

describe('syntax errors', () => {
  test.each([
    ['a: b: c\n', 'bad indentation of a mapping entry', '1:5-1:6'],
    ['a: 1\n b: 2\n', 'bad indentation of a mapping entry', '2:3-2:4'],
    ['a: "open\n', 'deficient indentation', '2:1-2:1'],
    ['a: "open', 'unexpected end of the stream within a double quoted scalar', '1:9-1:9'],
    ['- a\nb: 1\n', 'end of the stream or a document separator is expected', '2:1-2:2'],
  ])('%j', (text, message, where) => {
    const s = parse(text);
    expect(s.errors.map((e) => [e.reason, e.message, span(e.range)])).toEqual([['syntax', message, where]]);
    expect(s.documents).toEqual([]);
  });

  test('documents before the failing one are returned, later ones are not', () => {
    const s = parse('a: 1\n---\nb: 2\n---\nc: [1, 2\n---\nd: 4\n');
    expect(s.documents.map((d) => toJS(d.root))).toEqual([{ a: 1 }, { b: 2 }]);
    expect(s.errors).toHaveLength(1);
    expect(s.errors[0].reason).toBe('syntax');
  });

  test('an error reported on a `...` line does not keep the failing document', () => {
    // Found by the fuzz test below: the retry once looped forever here.
    const s = parse('a: {x: 1}\nspeclue\n...\n:\n  r: 3\n');
    expect(s.documents).toEqual([]);
    expect(s.errors.map((e) => e.reason)).toEqual(['syntax']);
  });

  test('an error after a `...` end marker keeps the ended document', () => {
    const s = parse('a: 1\n...\nb: [\n');
    expect(s.documents.map((d) => toJS(d.root))).toEqual([{ a: 1 }]);
    expect(s.errors).toHaveLength(1);
  });
});

/** Deterministic PRNG (mulberry32) so the fuzz cases are the same on every run. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED_TEXT = `# c
apiVersion: apps/v1
kind: Deployment
metadata: {name: "web", labels: {app: web}}
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: app  # inline
          image: 'nginx:1'
          args: [a, "b", c]
          command: |
            run it
          env: &env
            - {name: A, value: >-
                folded}
        - <<: {name: x}
          env: *env
---
? complex
: value
...
`;
const PIECES = [
  '-',
  ':',
  ' ',
  '\n',
  '  ',
  '#',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '!!str ',
  '|',
  '>',
  '---\n',
  '...\n',
  '<<: ',
  '\t',
  '?',
  '%YAML 1.2\n',
  '\r\n',
  'é',
  '\u2028',
];

describe('never throws', () => {
  test('2000 deterministic mutations of a Kubernetes-like stream', () => {
    const rand = rng(20260101);
    for (let i = 0; i < 2000; i++) {
      let text = SEED_TEXT;
      const edits = 1 + Math.floor(rand() * 6);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(rand() * (text.length + 1));
        const r = rand();
        if (r < 0.5) text = text.slice(0, at) + PIECES[Math.floor(rand() * PIECES.length)] + text.slice(at);
        else if (r < 0.8) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 5));
        else text = text.slice(0, at) + text.slice(Math.floor(rand() * text.length)).slice(0, 20) + text.slice(at);
      }
      const file = new SourceFile('f.yaml', text);
      const s = parseYamlStream(file, { maxAliases: 50 });
      const check = (r: Range) => {
        expect(r.start.offset).toBeLessThanOrEqual(r.end.offset);
        expect(r.end.offset).toBeLessThanOrEqual(text.length);
        expect(file.pos(r.start.offset)).toEqual(r.start);
      };
      const seen = new Set<YNode>();
      const visit = (n: YNode): void => {
        if (seen.has(n)) return;
        seen.add(n);
        check(n.range);
        if (n.kind === 'seq') n.items.forEach(visit);
        if (n.kind === 'map')
          for (const p of n.pairs) {
            check(p.range);
            visit(p.key);
            visit(p.value);
          }
      };
      for (const d of s.documents) {
        check(d.range);
        if (d.root) visit(d.root);
      }
      for (const e of s.errors) {
        check(e.range);
        expect(e.message.length).toBeGreaterThan(0);
      }
      for (const c of s.comments) {
        check(c.range);
        expect(c.text.startsWith('#')).toBe(true);
        expect(text.slice(c.range.start.offset, c.range.end.offset)).toBe(c.text);
      }
    }
  });
});
