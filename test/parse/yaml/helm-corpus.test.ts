import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { SourceFile } from '../../../src/parse/source.js';
import { ypath } from '../../../src/parse/yaml/ast.js';
import { HelmTemplateIndex, helmSources } from '../../../src/parse/yaml/helm.js';
import { parseYamlStream } from '../../../src/parse/yaml/parse.js';
import { describeShared, sharedPath } from '../../support/shared.js';

const HELM = sharedPath('corpus', 'helm');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function source(abs: string): SourceFile {
  return new SourceFile(relative(HELM, abs), readFileSync(abs, 'utf8'));
}

function chart(project: string) {
  const dir = `${project}/chart`;
  const files = walk(join(HELM, dir));
  return {
    dir,
    chartYaml: source(join(HELM, dir, 'Chart.yaml')),
    templates: files.filter((f) => f.includes('/templates/')).map(source),
  };
}

function rendered(path: string) {
  const file = source(join(HELM, path));
  const stream = parseYamlStream(file);
  return { file, stream, sources: helmSources(stream, file) };
}

describeShared('Helm output in the shared corpus', () => {
  test('Source comments attribute every chart document; the prepended Namespace has none', () => {
    const { stream, sources } = rendered('ingress-nginx/rendered/cloud/deploy.yaml');
    expect(stream.errors).toEqual([]);
    expect(sources).toHaveLength(stream.documents.length);
    const kinds = stream.documents.map((d) => String((ypath(d.root, 'kind') as { value: unknown })?.value));
    expect(kinds[0]).toBe('Namespace');
    expect(sources[0]).toBeUndefined();
    const deployment = kinds.indexOf('Deployment');
    expect(sources[deployment]).toBe('ingress-nginx/templates/controller-deployment.yaml');
    expect(sources.slice(1).every((s) => s?.startsWith('ingress-nginx/templates/'))).toBe(true);
  });

  test('kustomized output has no Source comments', () => {
    const { stream, sources } = rendered('ingress-nginx-4.15.1-kustomized/rendered/cloud/deploy.yaml');
    expect(stream.errors).toEqual([]);
    expect(stream.documents.length).toBeGreaterThan(5);
    expect(sources.every((s) => s === undefined)).toBe(true);
  });

  test.each([
    ['calico', 'calico/rendered/calico.yaml'],
    ['longhorn', 'longhorn/rendered/longhorn.yaml'],
    ['tigera-operator', 'tigera-operator/rendered/tigera-operator.yaml'],
  ])('%s: every Source path resolves to a chart template', (project, path) => {
    const { sources } = rendered(path);
    const index = new HelmTemplateIndex([chart(project)]);
    const named = sources.filter((s): s is string => s !== undefined);
    expect(named.length).toBeGreaterThan(3);
    for (const s of named)
      expect(index.resolve(s)?.file.path, s).toBe(`${project}/chart/${s.slice(s.indexOf('/') + 1)}`);
  });

  test("the controller Deployment's containers[0] maps to its template's containers item", () => {
    const { stream, sources } = rendered('ingress-nginx/rendered/cloud/deploy.yaml');
    const index = new HelmTemplateIndex([chart('ingress-nginx')]);
    const i = sources.indexOf('ingress-nginx/templates/controller-deployment.yaml');
    const doc = stream.documents[i];
    const template = index.resolve(sources[i]!)!.file;
    expect(template.path).toBe('ingress-nginx/chart/templates/controller-deployment.yaml');
    const container = ypath(doc.root, 'spec', 'template', 'spec', 'containers', 0)!;
    const r = index.locate(doc, container.range, template);
    const containersLine = template.text.split('\n').findIndex((l) => /^\s*containers:\s*$/.test(l)) + 1;
    expect(r.start.line).toBe(containersLine + 1);
    expect(template.lineText(r.start.line).trim()).toMatch(/^- name:/);

    const resources = ypath(doc.root, 'spec', 'template', 'spec', 'containers', 0, 'resources')!;
    const rr = index.locate(doc, resources.range, template);
    expect(template.text.slice(rr.start.offset, rr.end.offset)).toBe('resources');
    expect(rr.start.line).toBeGreaterThan(containersLine);
  });
});
