import { describe, expect, test } from 'vitest';
import { SourceFile } from '../../../src/parse/source.js';
import type { Range } from '../../../src/parse/source.js';
import { ypath } from '../../../src/parse/yaml/ast.js';
import { HelmTemplateIndex, helmSources, keyPath } from '../../../src/parse/yaml/helm.js';
import { parseYamlStream } from '../../../src/parse/yaml/parse.js';

function sources(text: string) {
  const file = new SourceFile('out.yaml', text);
  const stream = parseYamlStream(file);
  return { stream, sources: helmSources(stream, file) };
}

describe('helmSources', () => {
  test('one Source per document, repeated, missing, and on an empty last document', () => {
    const { sources: s, stream } = sources(
      [
        'apiVersion: v1\nkind: Namespace\nmetadata: {name: ns}',
        '---\n# Source: app/templates/a.yaml\napiVersion: v1\nkind: ConfigMap',
        '---\n# Source: app/templates/many.yaml\n# a note\nkind: A',
        '---\n# Source: app/templates/many.yaml\nkind: B\n# Source: not/this.yaml (inside B)\nx: 1',
        '---\nkind: NoSource',
        '---\n# Source: app/templates/empty.yaml\n',
      ].join('\n'),
    );
    expect(stream.errors).toEqual([]);
    expect(s).toEqual([
      undefined,
      'app/templates/a.yaml',
      'app/templates/many.yaml',
      'app/templates/many.yaml',
      undefined,
      'app/templates/empty.yaml',
    ]);
  });

  test('kustomized output without comments', () => {
    expect(sources('kind: A\n---\nkind: B\n').sources).toEqual([undefined, undefined]);
  });
});

const chartYaml = (dir: string, name: string) =>
  new SourceFile(`${dir}/Chart.yaml`, `apiVersion: v2\nname: ${name}\nversion: 1.0.0\n`);

const DEPLOYMENT_TEMPLATE = `{{- if .Values.enabled }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "app.fullname" . }}
  labels:
    {{- include "app.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicas }}
  template:
    spec:
      initContainers:
        - name: init
          image: busybox
      containers:
        - name: web
          image: "{{ .Values.image }}"
          {{- with .Values.resources }}
          resources:
            {{- toYaml . | nindent 12 }}
          {{- end }}
        - name: sidecar
          image: proxy
          resources: {}
{{- end }}
`;

const RENDERED = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: rel-app
  labels:
    app: web
spec:
  replicas: 2
  template:
    spec:
      initContainers:
        - name: init
          image: busybox
      containers:
        - name: web
          image: "web:1"
          resources:
            requests: {cpu: 100m}
        - name: sidecar
          image: proxy
          resources: {}
`;

describe('HelmTemplateIndex', () => {
  const template = new SourceFile('charts/app/templates/deployment.yaml', DEPLOYMENT_TEMPLATE);
  const subTemplate = new SourceFile('charts/app/charts/db/templates/sts.yaml', 'kind: StatefulSet\n');
  const index = new HelmTemplateIndex([
    { dir: 'charts/app', chartYaml: chartYaml('charts/app', 'app'), templates: [template] },
    { dir: 'charts/app/charts/db', chartYaml: chartYaml('charts/app/charts/db', 'postgres'), templates: [subTemplate] },
  ]);
  const rendered = new SourceFile('out.yaml', RENDERED);
  const doc = parseYamlStream(rendered).documents[0];
  const slice = (r: Range) => `${r.start.line}:${template.text.slice(r.start.offset, r.end.offset)}`;

  test('resolves chart and subchart Source paths by chart name', () => {
    expect(index.resolve('app/templates/deployment.yaml')?.file).toBe(template);
    expect(index.resolve('app/charts/postgres/templates/sts.yaml')?.file).toBe(subTemplate);
    expect(index.resolve('other/charts/postgres/templates/sts.yaml')?.file).toBe(subTemplate);
    expect(index.resolve('app/templates/missing.yaml')).toBeUndefined();
  });

  test('key paths from the document root', () => {
    const r = ypath(doc.root, 'spec', 'template', 'spec', 'containers', 1, 'resources')!;
    expect(keyPath(doc.root, r.range)).toEqual(['spec', 'template', 'spec', 'containers', 1, 'resources']);
    const key = (ypath(doc.root, 'spec') as { pairs: { key: { range: Range } }[] }).pairs[0].key;
    expect(keyPath(doc.root, key.range)).toEqual(['spec', 'replicas']);
  });

  test('locates keys and list items in the template', () => {
    const at = (...path: (string | number)[]) => slice(index.locate(doc, ypath(doc.root, ...path)!.range, template));
    expect(at('spec', 'replicas')).toBe('9:replicas');
    expect(at('spec', 'template', 'spec', 'containers', 0)).toBe('16:-');
    expect(at('spec', 'template', 'spec', 'containers', 0, 'resources')).toBe('19:resources');
    // Rendered from `toYaml`: the deepest key the template writes.
    expect(at('spec', 'template', 'spec', 'containers', 0, 'resources', 'requests', 'cpu')).toBe('19:resources');
    expect(at('spec', 'template', 'spec', 'containers', 1, 'resources')).toBe('24:resources');
    expect(at('spec', 'template', 'spec', 'initContainers', 0, 'image')).toBe('14:image');
    // Generated by a helper: the enclosing key.
    expect(at('metadata', 'labels', 'app')).toBe('6:labels');
  });

  test('falls back to the first YAML line (not a directive at 1:1) when nothing matches', () => {
    const other = new SourceFile('x.yaml', 'kind: A\nfoo: 1\n');
    const d = parseYamlStream(other).documents[0];
    const r = index.locate(d, ypath(d.root, 'foo')!.range, new SourceFile('t.yaml', '{{ include "x" . }}\nbar: 2\n'));
    expect([r.start.line, r.start.column, r.end.column]).toEqual([2, 1, 7]);
  });
});
