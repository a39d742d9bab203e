import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { SourceFile } from '../../../src/parse/source.js';
import { helmSources } from '../../../src/parse/yaml/helm.js';
import { parseYamlStream } from '../../../src/parse/yaml/parse.js';
import { buildKubernetesModel } from '../../../src/model/kubernetes/build.js';
import { describeShared, sharedPath } from '../../support/shared.js';

const CORPUS = sharedPath('corpus');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((e) => {
      const p = join(dir, e);
      if (statSync(p).isDirectory()) return yamlFiles(p);
      return /\.ya?ml$/.test(e) ? [p] : [];
    });
}

describeShared('every YAML file of the shared corpus', () => {
  const files = yamlFiles(CORPUS);
  const outcome = new Map<string, 'objects' | 'not-kubernetes' | 'error' | 'duplicate-key'>();

  test('each file yields objects, is classified not-Kubernetes, or reports a positioned error', () => {
    expect(files.length).toBeGreaterThan(300);
    for (const abs of files) {
      const path = relative(CORPUS, abs);
      const file = new SourceFile(path, readFileSync(abs, 'utf8'));
      const stream = parseYamlStream(file);
      const model = buildKubernetesModel([{ file, stream, helmSources: helmSources(stream, file) }]);
      const n = model.project.objects.length;
      if (n > 0) outcome.set(path, 'objects');
      else if (model.notKubernetes.includes(file)) outcome.set(path, 'not-kubernetes');
      else {
        expect(stream.errors.length, path).toBeGreaterThan(0);
        // A manifest that repeats a key is refused by the API server, and reported here.
        outcome.set(path, stream.errors.every((e) => e.reason === 'duplicate-key') ? 'duplicate-key' : 'error');
      }
      for (const e of stream.errors) {
        expect(e.range.start.line, path).toBeGreaterThanOrEqual(1);
        expect(e.message, path).not.toBe('');
        expect(e.message, path).not.toMatch(/internal YAML parser error/);
      }
      for (const o of model.project.objects) {
        expect(file.text.slice(o.headerRange.start.offset, o.headerRange.end.offset)).toBe(o.kind);
        for (const c of o.pod?.containers ?? [])
          if (c.name)
            expect(file.text.slice(c.headerRange.start.offset, c.headerRange.end.offset), path).toContain(c.name);
      }
    }
  });

  test('what parsed must agree with js-yaml (loadAll): same documents, same values', async () => {
    const { loadAll, CORE_SCHEMA, mergeTag } = await import('js-yaml');
    const { toJS } = await import('../../../src/parse/yaml/ast.js');
    let compared = 0;
    for (const abs of files) {
      const text = readFileSync(abs, 'utf8');
      let expected: unknown[];
      try {
        expected = loadAll(text, { schema: CORE_SCHEMA.withTags(mergeTag), maxAliases: 100 });
      } catch {
        continue;
      }
      const stream = parseYamlStream(new SourceFile(abs, text));
      const ours = stream.documents.filter((d) => d.root !== null).map((d) => toJS(d.root));
      expect(ours, abs).toEqual(expected.filter((d) => d !== null && d !== undefined));
      compared++;
    }
    expect(compared).toBeGreaterThan(300);
  });

  test('chart templates with {{ }} may fail, but Kubernetes manifests all yield objects', () => {
    const errors = [...outcome].filter(([, o]) => o === 'error').map(([p]) => p);
    const count = (k: string) => [...outcome.values()].filter((o) => o === k).length;
    console.log(
      `corpus: ${count('objects')} files with objects, ${count('not-kubernetes')} not Kubernetes, ${errors.length} errors (chart templates)`,
    );
    for (const p of errors) expect(p, p).toMatch(/\/templates\//);
    // Five archived examples repeat a key (selector, type, storageClassName): real mistakes.
    const duplicates = [...outcome].filter(([, o]) => o === 'duplicate-key').map(([p]) => p);
    for (const p of duplicates) expect(p, p).toMatch(/^realworld\/kubernetes-examples\/_archived\//);
    for (const [p, o] of outcome)
      if (p.startsWith('realworld/microservices-demo/kubernetes-manifests/') && !p.endsWith('kustomization.yaml'))
        expect(o, p).toBe('objects');
    for (const [p, o] of outcome)
      if (/(^|\/)(Chart|values)\.yaml$|kustomization\.yaml$|skaffold\.yaml$|cloudbuild\.yaml$/.test(p))
        expect(o, p).toBe('not-kubernetes');
  });
});
