import { describe, expect, test } from 'vitest';
import { SourceFile } from '../../../src/parse/source.js';
import type { Range } from '../../../src/parse/source.js';
import { toJS, ypath } from '../../../src/parse/yaml/ast.js';
import type { YNode, YScalar } from '../../../src/parse/yaml/ast.js';
import { parseYamlStream } from '../../../src/parse/yaml/parse.js';

function parse(text: string, limits?: Parameters<typeof parseYamlStream>[1]) {
  const file = new SourceFile('t.yaml', text);
  return { file, stream: parseYamlStream(file, limits) };
}

/** `line:col-line:col` of a range, and the text it covers. */
function at(file: SourceFile, r: Range): string {
  return `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column} ${JSON.stringify(file.text.slice(r.start.offset, r.end.offset))}`;
}

function node(text: string, ...path: (string | number)[]) {
  const { file, stream } = parse(text);
  expect(stream.errors).toEqual([]);
  const n = ypath(stream.documents[0].root, ...path) as YNode;
  return { file, n, where: at(file, n.range) };
}

describe('scalar ranges and values', () => {
  test('plain, quoted and block styles cover exactly their text', () => {
    const text = "a: plain\nb: \"dq \\\" x\"\nc: 'sq''s'\nd: |\n  lit\n  two\n\ne: >- # folded\n  f1\n  f2\nf: x\n";
    const cases: [string, string, unknown, YScalar['style']][] = [
      ['a', '1:4-1:9 "plain"', 'plain', 'plain'],
      ['b', '2:4-2:13 "\\"dq \\\\\\" x\\""', 'dq " x', 'double'],
      ['c', "3:4-3:11 \"'sq''s'\"", "sq's", 'single'],
      ['d', '4:4-6:6 "|\\n  lit\\n  two"', 'lit\ntwo\n', 'literal'],
      ['e', '8:4-10:5 ">- # folded\\n  f1\\n  f2"', 'f1 f2', 'folded'],
    ];
    for (const [key, where, value, style] of cases) {
      const r = node(text, key);
      expect(r.where, key).toBe(where);
      const s = r.n as YScalar;
      expect(s.value).toEqual(value);
      expect(s.style).toBe(style);
    }
  });

  test('core schema resolution: yes/no/on stay strings, numbers and null resolve', () => {
    const { stream } = parse(
      'a: yes\nb: no\nc: on\nd: 10\ne: 0x1F\nf: 1.5\ng: true\nh: ~\ni:\nj: "10"\nk: !!str 10\nl: !!int "7"\nm: .inf\nn: 010\n',
    );
    expect(toJS(stream.documents[0].root)).toEqual({
      a: 'yes',
      b: 'no',
      c: 'on',
      d: 10,
      e: 31,
      f: 1.5,
      g: true,
      h: null,
      i: null,
      j: '10',
      k: '10',
      l: 7,
      m: Infinity,
      n: 10,
    });
  });

  test('keys have exact ranges, pairs run from key to value end', () => {
    const { file, stream } = parse('spec:\n  replicas: 3\n  "quoted key": v\n');
    const spec = ypath(stream.documents[0].root, 'spec')!;
    expect(spec.kind).toBe('map');
    if (spec.kind !== 'map') return;
    expect(spec.pairs.map((p) => at(file, p.key.range))).toEqual([
      '2:3-2:11 "replicas"',
      '3:3-3:15 "\\"quoted key\\""',
    ]);
    expect(at(file, spec.pairs[0].range)).toBe('2:3-2:14 "replicas: 3"');
    expect(at(file, spec.range)).toBe('2:3-3:18 "replicas: 3\\n  \\"quoted key\\": v"');
  });
});

describe('errors', () => {
  test('syntax error with line and column; documents before it are kept', () => {
    const { stream } = parse('a: 1\n---\nb: 2\n---\nc: [1, 2\nd: 3\n');
    expect(stream.documents.map((d) => toJS(d.root))).toEqual([{ a: 1 }, { b: 2 }]);
    expect(stream.errors).toHaveLength(1);
    expect(stream.errors[0].reason).toBe('syntax');
    expect(stream.errors[0].range.start.line).toBeGreaterThanOrEqual(5);
  });
});
