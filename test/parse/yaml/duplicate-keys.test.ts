// A mapping that repeats a key is refused by YAML and by the Kubernetes API: the parser
// reports it at the repeated key, naming the first one's line, with its document's
// index; the Kubernetes model then leaves that document out, so no finding reads a value
// the cluster would never get.
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../../src/parse/source.js';
import { documentsWithDuplicateKeys, toJS } from '../../../src/parse/yaml/ast.js';
import { parseYamlStream } from '../../../src/parse/yaml/parse.js';

const parse = (text: string) => parseYamlStream(new SourceFile('d.yaml', text));
const at = (e: { range: { start: { line: number; column: number }; end: { line: number; column: number } } }) =>
  `${e.range.start.line}:${e.range.start.column}-${e.range.end.line}:${e.range.end.column}`;

describe('duplicate mapping keys', () => {
  it('reports the second key, names the first line, and drops only that document', () => {
    const s = parse('kind: A\n---\nspec:\n  replicas: 3\n  replicas: 1\n---\nkind: C\n');
    expect(s.errors.map((e) => [e.reason, at(e), e.message])).toEqual([
      [
        'duplicate-key',
        '5:3-5:11',
        'duplicate key "replicas": already set on line 4. YAML and the Kubernetes API refuse a mapping that ' +
          'repeats a key, so this document is not linted',
      ],
    ]);
    expect(s.errors[0].document).toBe(1);
    expect(documentsWithDuplicateKeys(s)).toEqual(new Set([1]));
  });

  it.each([
    ['flow mappings', '{a: 1, b: 2, a: 3}\n', '1:14-1:15'],
    ['a large mapping', Array.from({ length: 20 }, (_, i) => `k${i}: ${i}\n`).join('') + 'k7: again\n', '21:1-21:3'],
    ['nested mappings', 'a:\n  b:\n    c: 1\n    c: 2\n', '4:5-4:6'],
    ['keys equal as strings (1 and "1")', '1: a\n"1": b\n', '2:1-2:4'],
  ])('in %s', (_name, text, range) => {
    const s = parse(text);
    expect(s.errors.map(at)).toEqual([range]);
    expect(s.errors[0].document).toBe(0);
  });

  it('does not flag merge keys overriding, or equal keys in different mappings', () => {
    const s = parse('base: &b {x: 1}\nm:\n  <<: *b\n  x: 2\nn: {x: 1}\no: {x: 1}\n');
    expect(s.errors).toEqual([]);
    expect(toJS(s.documents[0].root ?? undefined)).toMatchObject({ m: { x: 2 } });
  });
});
