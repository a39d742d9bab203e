// Fixes written against rendered output, moved to the values entry that gave the value.
import { describe, expect, it } from 'vitest';
import { valuesEdits } from '../../src/engine/helm-values-fix.js';
import { SourceFile } from '../../src/parse/source.js';
import { ypath } from '../../src/parse/yaml/ast.js';
import { parseYamlStream } from '../../src/parse/yaml/parse.js';
import type { ValuesHit } from '../../src/parse/yaml/helm-values.js';

const RENDERED = new SourceFile(
  'out.yaml',
  '---\n# Source: app/templates/d.yaml\nkind: Deployment\nspec:\n  replicas: 1\n  containers:\n    - name: a\n      resources: {}\n',
);
const VALUES = new SourceFile(
  'values.yaml',
  'replicaCount: 1\napp:\n  resources: {}  # set per environment\nother:\n  resources:\n    requests: {cpu: 1}\n',
);
const doc = parseYamlStream(RENDERED).documents[0];
const values = parseYamlStream(VALUES).documents[0].root;

function hit(...path: string[]): ValuesHit {
  const parent = ypath(values, ...path.slice(0, -1));
  const pair =
    parent?.kind === 'map'
      ? parent.pairs.find((p) => String((p.key as { value: unknown }).value) === path.at(-1))
      : undefined;
  return { file: VALUES, keyRange: pair!.key.range, value: pair!.value };
}

const apply = (
  file: SourceFile,
  edits: { range: { start: { offset: number }; end: { offset: number } }; text: string }[],
) => edits.reduceRight((t, e) => t.slice(0, e.range.start.offset) + e.text + t.slice(e.range.end.offset), file.text);

describe('valuesEdits', () => {
  it('a replaced scalar replaces the values scalar', () => {
    const node = ypath(doc.root, 'spec', 'replicas')!;
    const edits = valuesEdits(
      [{ file: RENDERED, range: node.range, text: '2' }],
      RENDERED,
      doc,
      ['spec', 'replicas'],
      node,
      hit('replicaCount'),
    );
    expect(apply(VALUES, edits!)).toMatch(/^replicaCount: 2\n/);
  });

  it('a block added where the entry is empty becomes its value, at its indentation', () => {
    const node = ypath(doc.root, 'spec', 'containers', 0, 'resources')!;
    const path = ['spec', 'containers', { index: 0, name: 'a' }, 'resources'];
    const edits = valuesEdits(
      [{ file: RENDERED, range: node.range, text: '\n        limits:\n          cpu: 500m\n          memory: 256Mi' }],
      RENDERED,
      doc,
      path,
      node,
      hit('app', 'resources'),
    );
    expect(apply(VALUES, edits!)).toBe(
      'replicaCount: 1\napp:\n  resources:\n    limits:\n      cpu: 500m\n      memory: 256Mi  # set per environment\nother:\n  resources:\n    requests: {cpu: 1}\n',
    );
  });

  it("leaves a non-empty entry alone (its comments and layout are the author's)", () => {
    const node = ypath(doc.root, 'spec', 'containers', 0, 'resources')!;
    const edits = valuesEdits(
      [{ file: RENDERED, range: node.range, text: '\n        limits: {cpu: 1}' }],
      RENDERED,
      doc,
      ['spec', 'containers', { index: 0, name: 'a' }, 'resources'],
      node,
      hit('other', 'resources'),
    );
    expect(edits).toBeUndefined();
  });

  it('no fix when the edited output does not parse', () => {
    const node = ypath(doc.root, 'spec', 'containers', 0, 'resources')!;
    const edits = valuesEdits(
      [{ file: RENDERED, range: node.range, text: '\n  : [' }],
      RENDERED,
      doc,
      ['spec', 'containers', { index: 0, name: 'a' }, 'resources'],
      node,
      hit('app', 'resources'),
    );
    expect(edits).toBeUndefined();
  });
});
