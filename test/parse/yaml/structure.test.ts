import { describe, expect, test } from 'vitest';
import { SourceFile } from '../../../src/parse/source.js';
import type { Range } from '../../../src/parse/source.js';
import { toJS, ypath } from '../../../src/parse/yaml/ast.js';
import type { YMap, YNode, YScalar, YSeq } from '../../../src/parse/yaml/ast.js';
import { parseYamlStream } from '../../../src/parse/yaml/parse.js';

function parse(text: string) {
  const file = new SourceFile('s.yaml', text);
  const stream = parseYamlStream(file);
  const span = (r: Range) => `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;
  const slice = (r: Range) => text.slice(r.start.offset, r.end.offset);
  return { file, stream, span, slice };
}

describe('collections', () => {
  test('flow collections span their brackets, items keep exact ranges', () => {
    const { stream, slice } = parse('a: [1, {x: y}, "z" , ]  # c\nb: {k: [v]}\n');
    const a = ypath(stream.documents[0].root, 'a') as YSeq;
    expect(a.flow).toBe(true);
    expect(slice(a.range)).toBe('[1, {x: y}, "z" , ]');
    expect(a.items.map((n) => slice(n.range))).toEqual(['1', '{x: y}', '"z"']);
    const inner = a.items[1] as YMap;
    expect(inner.kind).toBe('map');
    expect(slice(inner.pairs[0].range)).toBe('x: y');
    expect(slice(ypath(stream.documents[0].root, 'b')!.range)).toBe('{k: [v]}');
    expect(slice(ypath(stream.documents[0].root, 'b', 'k')!.range)).toBe('[v]');
  });

  test('block collections run from their first to their last character', () => {
    const { stream, slice, span } = parse('items:\n  - a\n  - b: 1\n    c: 2   \n\n# trailing\nother: x\n');
    const items = ypath(stream.documents[0].root, 'items') as YSeq;
    expect(items.flow).toBe(false);
    expect(span(items.range)).toBe('2:3-4:9');
    expect(slice(items.range)).toBe('- a\n  - b: 1\n    c: 2');
    expect(slice(items.items[1].range)).toBe('b: 1\n    c: 2');
    expect(span(stream.documents[0].root!.range)).toBe('1:1-7:9');
  });

  test('empty values are null at the point after their indicator', () => {
    const { stream, span } = parse('a:\nb:   # c\nlist:\n  -\n  - x\n');
    const root = stream.documents[0].root;
    const a = ypath(root, 'a') as YScalar;
    expect([a.value, a.style, a.source, span(a.range)]).toEqual([null, 'plain', '', '1:3-1:3']);
    expect(span(ypath(root, 'b')!.range)).toBe('2:3-2:3');
    expect(span(ypath(root, 'list', 0)!.range)).toBe('4:4-4:4');
    expect(toJS(root)).toEqual({ a: null, b: null, list: [null, 'x'] });
  });

  test('tags: explicit core tags resolve, custom tags keep the string', () => {
    const { stream, slice } = parse('a: !!str 42\nb: !Ref MyBucket\nc: !!int "7"\nd: !!map {x: 1}\n');
    const root = stream.documents[0].root;
    const b = ypath(root, 'b') as YScalar;
    expect([b.value, b.tag, slice(b.range)]).toEqual(['MyBucket', '!Ref', 'MyBucket']);
    expect((ypath(root, 'a') as YScalar).value).toBe('42');
    expect((ypath(root, 'c') as YScalar).value).toBe(7);
    expect(ypath(root, 'd')!.tag).toBe('!!map');
  });

  test('block scalars: header comment, keep chomping, empty body, root level', () => {
    const { stream, slice } = parse('a: |+ # keep\n  x\n\nb: >\nc: !!str |-\n  y\n---\n|\n  root text\n');
    const root = stream.documents[0].root;
    const a = ypath(root, 'a') as YScalar;
    expect([a.value, slice(a.range)]).toEqual(['x\n\n', '|+ # keep\n  x']);
    const b = ypath(root, 'b') as YScalar;
    expect([b.value, b.style, slice(b.range)]).toEqual(['', 'folded', '>']);
    expect(slice(ypath(root, 'c')!.range)).toBe('|-\n  y');
    const second = stream.documents[1].root as YScalar;
    expect([second.value, slice(second.range)]).toEqual(['root text\n', '|\n  root text']);
  });

  test('byte order mark, complex keys, anchored keys', () => {
    const { stream, slice } = parse('\uFEFFa: 1\n? [x, y]\n: pair\n&k key: *k\n');
    expect(stream.errors).toEqual([]);
    const root = stream.documents[0].root as YMap;
    expect(root.pairs.map((p) => [slice(p.key.range), slice(p.value.range)])).toEqual([
      ['a', '1'],
      ['[x, y]', 'pair'],
      ['key', 'key'],
    ]);
    expect(root.pairs[1].key.kind).toBe('seq');
  });

  test('CRLF line endings', () => {
    const { stream, span, slice } = parse('a: 1\r\nb:\r\n  - "q"\r\n');
    expect(stream.errors).toEqual([]);
    const q = ypath(stream.documents[0].root, 'b', 0)!;
    expect([span(q.range), slice(q.range)]).toEqual(['3:5-3:8', '"q"']);
  });
});

describe('documents', () => {
  test('multi-document streams: ranges include markers, empty documents have no root', () => {
    const text = '# lead\napiVersion: v1\n---\n# only a comment\n---\nkind: A\n...\n--- x\n';
    const { stream, slice } = parse(text);
    expect(stream.errors).toEqual([]);
    expect(stream.documents.map((d) => [d.index, toJS(d.root) ?? null, slice(d.range)])).toEqual([
      [0, { apiVersion: 'v1' }, 'apiVersion: v1'],
      [1, null, '---'],
      [2, { kind: 'A' }, '---\nkind: A\n...'],
      [3, 'x', '--- x'],
    ]);
  });

  test('a file with only comments is one empty document', () => {
    const { stream } = parse('# nothing\n# here\n');
    expect(stream.documents).toHaveLength(1);
    expect(stream.documents[0].root).toBeNull();
    expect(stream.errors).toEqual([]);
    expect(stream.comments.map((c) => c.text)).toEqual(['# nothing', '# here']);
  });
});

describe('anchors, aliases, merge keys', () => {
  test('an alias resolves to the anchored node itself', () => {
    const { stream, slice } = parse('base: &b {cpu: 1}\nuse: *b\n');
    const root = stream.documents[0].root as YMap;
    expect(ypath(root, 'use')).toBe(ypath(root, 'base'));
    expect(slice(root.pairs[1].range)).toBe('use: *b');
    expect(toJS(root)).toEqual({ base: { cpu: 1 }, use: { cpu: 1 } });
  });

  test('merge keys: explicit keys win, then earlier maps', () => {
    const { stream, slice } = parse(
      'a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2}\nc:\n  <<: [*a, *b]\n  x: 3\nd:\n  <<: *b\n  w: 0\ne: {"<<": 5}\n',
    );
    const root = stream.documents[0].root;
    expect(toJS(ypath(root, 'c'))).toEqual({ y: 1, z: 2, x: 3 });
    expect(toJS(ypath(root, 'd'))).toEqual({ y: 2, z: 2, w: 0 });
    // Merged pairs point where they were written.
    const d = ypath(root, 'd') as YMap;
    expect(slice(d.pairs[0].range)).toBe('y: 2');
    // A quoted `<<` is an ordinary key.
    expect(toJS(ypath(root, 'e'))).toEqual({ '<<': 5 });
  });

  test('unknown and self-referencing aliases are syntax errors at the alias', () => {
    for (const text of ['a: *nope\n', 'a: &x [1, *x]\n']) {
      const { stream, slice } = parse(text);
      expect(stream.errors).toHaveLength(1);
      expect(stream.errors[0].reason).toBe('syntax');
      expect(stream.errors[0].message).toMatch(/unknown anchor/);
      expect(slice(stream.errors[0].range)).toMatch(/^\*(nope|x)$/);
    }
  });
});

describe('comments', () => {
  test('found outside scalars only, with exact ranges', () => {
    const text =
      'a: "x # not"\nb: |\n  # not a comment\n  text\n# yes\nc: d # yes2\ne: f#not\nf: \'g #no\' #yes3\n  # arch-lint-ignore k8s-x -- reason\n';
    const { stream, span } = parse(text);
    expect(stream.errors).toEqual([]);
    expect(stream.comments.map((c) => [c.text, span(c.range)])).toEqual([
      ['# yes', '5:1-5:6'],
      ['# yes2', '6:6-6:12'],
      ['#yes3', '8:12-8:17'],
      ['# arch-lint-ignore k8s-x -- reason', '9:3-9:37'],
    ]);
    expect((ypath(stream.documents[0].root, 'e') as YScalar).value).toBe('f#not');
  });

  test('comments after a syntax error are still found', () => {
    const { stream } = parse('a: 1\n---\nb: [\n# after\n');
    expect(stream.errors).toHaveLength(1);
    expect(stream.comments.map((c) => c.text)).toEqual(['# after']);
  });
});

describe('ranges are consistent everywhere', () => {
  test('plain scalars cover their source exactly', () => {
    const { stream, slice } = parse('k1: v1\nk2:\n  - a b\n  - {c: d}\nk3: multi\n  line\n');
    const visit = (n: YNode): void => {
      if (n.kind === 'scalar') {
        if (n.style === 'plain' && n.source !== '') expect(slice(n.range)).toBe(n.source);
      } else if (n.kind === 'seq') n.items.forEach(visit);
      else
        for (const p of n.pairs) {
          visit(p.key);
          visit(p.value);
        }
    };
    visit(stream.documents[0].root!);
    expect((ypath(stream.documents[0].root, 'k3') as YScalar).value).toBe('multi line');
  });
});
