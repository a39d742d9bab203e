// Differential property test: random values written as YAML by js-yaml's dumper (block,
// flow and mixed styles, several documents a stream, with anchors and merge keys) must
// read back through our positioned tree as the same values js-yaml's loader gives, and
// every scalar's range must hold its source text.
import fc from 'fast-check';
import { CORE_SCHEMA, dump, loadAll, mergeTag } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../../src/parse/source.js';
import { toJS } from '../../../src/parse/yaml/ast.js';
import type { YNode } from '../../../src/parse/yaml/ast.js';
import { parseYamlStream } from '../../../src/parse/yaml/parse.js';
import { resolvePlain } from '../../../src/parse/yaml/scalar.js';

const key = fc.constantFrom('name', 'a', 'b', 'spec', 'x-y', 'key with space', '1', 'true', '<<x');
const scalar = fc.oneof(
  fc.constantFrom('v', 'nginx:1.25', '', ' lead', 'two\nlines', 'it\'s "q"', '#no', 'a: b', '- x', '*', '&'),
  fc.integer({ min: -1000, max: 100000 }),
  fc.boolean(),
  fc.constant(null),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, scalar, tie('seq'), tie('map')),
  seq: fc.array(tie('value'), { maxLength: 5 }),
  map: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
}));

/** Every scalar's range holds its source (quoted ones with their quotes around it). */
function checkScalars(node: YNode | null, text: string): void {
  if (node === null) return;
  if (node.kind === 'map')
    for (const p of node.pairs) {
      checkScalars(p.key, text);
      checkScalars(p.value, text);
      expect(p.range.start.offset).toBeLessThanOrEqual(p.range.end.offset);
    }
  else if (node.kind === 'seq') for (const i of node.items) checkScalars(i, text);
  else if (node.style === 'plain' || node.style === 'single' || node.style === 'double') {
    const written = text.slice(node.range.start.offset, node.range.end.offset);
    expect(node.style === 'plain' ? written : written.slice(1, -1)).toBe(node.source);
  }
}

describe('YAML trees against js-yaml', () => {
  it('read every dumped stream as js-yaml loads it, with scalar ranges holding their source', () => {
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: -1, max: 3 }),
        (docs, flowLevel) => {
          const text = docs.map((d) => '---\n' + dump(d, { flowLevel, lineWidth: 30 })).join('');
          const stream = parseYamlStream(new SourceFile('p.yaml', text));
          expect(stream.errors).toEqual([]);
          expect(stream.documents.map((d) => toJS(d.root))).toEqual(loadAll(text));
          for (const d of stream.documents) checkScalars(d.root, text);
        },
      ),
      { seed: 15, numRuns: 300 },
    );
  });

  it('resolve anchors, aliases and merge keys as js-yaml does', () => {
    const base = fc.dictionary(key, scalar, { minKeys: 1, maxKeys: 4 });
    fc.assert(
      fc.property(base, base, fc.dictionary(key, scalar, { maxKeys: 3 }), (a, b, own) => {
        const ownLines = Object.entries(own).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}\n`);
        const text = `a: &A ${JSON.stringify(a)}\nb: &B ${JSON.stringify(b)}\nc:\n  <<: [*A, *B]\n${ownLines.join('')}d: *A\n`;
        const stream = parseYamlStream(new SourceFile('m.yaml', text));
        const expected = loadAll(text, { schema: CORE_SCHEMA.withTags(mergeTag) });
        expect(stream.errors.filter((e) => e.reason !== 'duplicate-key')).toEqual([]);
        expect(stream.documents.map((d) => toJS(d.root))).toEqual(expected);
      }),
      { seed: 15, numRuns: 200 },
    );
  });
});

describe('plain scalar resolution', () => {
  it('agrees with js-yaml core schema resolvers, which it skips for most strings', () => {
    const ch = fc.constantFrom(...'nNuUlLtTrRfFaAsSeE0179.-+~xobin _:'.split(''));
    const words = fc.constantFrom(
      'null',
      'Null',
      'NULL',
      'true',
      'True',
      'TRUE',
      'false',
      'False',
      'FALSE',
      'nul',
      'nulls',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          words,
          fc.array(ch, { minLength: 1, maxLength: 7 }).map((c) => c.join('')),
        ),
        (text) => {
          expect(resolvePlain(text)).toBe(CORE_SCHEMA.resolveImplicitScalarTag(text).value);
        },
      ),
      { seed: 15, numRuns: 2000 },
    );
  });
});
