import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SourceFile } from '../../../src/parse/source.js';
import type { Range } from '../../../src/parse/source.js';
import { parseYamlStream } from '../../../src/parse/yaml/parse.js';
import { buildKubernetesModel } from '../../../src/model/kubernetes/build.js';
import type { K8sObject } from '../../../src/model/kubernetes/types.js';
import { REPO_DIR } from '../../support/shared.js';

const FIXTURES = join(REPO_DIR, 'fixtures', 'k8s');

function load(rel: string) {
  const file = new SourceFile(`fixtures/k8s/${rel}`, readFileSync(join(FIXTURES, rel), 'utf8'));
  return { file, stream: parseYamlStream(file) };
}

function text(file: SourceFile, r: Range): string {
  return file.text.slice(r.start.offset, r.end.offset);
}

function byId(objects: K8sObject[], id: string): K8sObject {
  const o = objects.find((x) => x.id === id);
  if (!o) throw new Error(`no ${id} in ${objects.map((x) => x.id).join(', ')}`);
  return o;
}

describe('buildKubernetesModel', () => {
  const input = load('workloads.yaml');
  const { project, notKubernetes } = buildKubernetesModel([input]);
  const objects = project.objects;

  test('ids, namespaces and header ranges', () => {
    expect(notKubernetes).toEqual([]);
    expect(objects.map((o) => o.id)).toEqual([
      'Pod/default/pod',
      'Deployment/web/deploy',
      'StatefulSet/default/db',
      'DaemonSet/default/agent',
      'ReplicaSet/default/rs',
      'ReplicationController/default/rc',
      'Job/default/job',
      'CronJob/default/cron',
      'DeploymentConfig/default/dc',
      'Rollout/default/rollout',
      'PodTemplate/default/tmpl',
      'Service/web/svc',
    ]);
    const d = byId(objects, 'Deployment/web/deploy');
    expect(text(input.file, d.headerRange)).toBe('Deployment');
    expect(d.headerRange.start).toMatchObject({ line: 13, column: 7 });
    expect(d.labels).toEqual({ app: 'web' });
    expect(d.annotations).toEqual({ 'arch-lint.io/ignore': 'k8s-pdb' });
    expect(d.doc.index).toBe(1);
    expect(d.metadata?.kind).toBe('map');
  });

  test('every workload kind has its pod template and containers', () => {
    const expected: Record<string, string[]> = {
      'Pod/default/pod': ['main'],
      'Deployment/web/deploy': ['app', ''],
      'StatefulSet/default/db': ['postgres'],
      'DaemonSet/default/agent': ['agent'],
      'ReplicaSet/default/rs': ['rs'],
      'ReplicationController/default/rc': ['rc'],
      'Job/default/job': ['job'],
      'CronJob/default/cron': ['cron'],
      'DeploymentConfig/default/dc': ['dc'],
      'Rollout/default/rollout': ['rollout'],
      'PodTemplate/default/tmpl': ['tmpl'],
    };
    for (const [id, names] of Object.entries(expected)) {
      const o = byId(objects, id);
      expect(o.pod, id).toBeDefined();
      expect(
        o.pod!.containers.map((c) => c.name),
        id,
      ).toEqual(names);
    }
    expect(byId(objects, 'Service/web/svc').pod).toBeUndefined();
    expect(byId(objects, 'CronJob/default/cron').pod!.labels).toEqual({ job: 'cron' });
    expect(byId(objects, 'Pod/default/pod').pod!.labels).toEqual({ app: 'pod' });
  });

  test('containers: init containers separate, ephemeral ignored, header ranges', () => {
    const pod = byId(objects, 'Deployment/web/deploy').pod!;
    expect(pod.labels).toEqual({ app: 'web', tier: 'front' });
    expect(pod.initContainers.map((c) => [c.name, c.image, c.init])).toEqual([['migrate', 'migrate:1', true]]);
    const [app, unnamed] = pod.containers;
    expect([app.image, app.init]).toEqual(['web:2', false]);
    expect(text(input.file, app.headerRange)).toBe('app');
    expect(app.list.items).toContain(app.node);
    // Without `name:`, the finding goes to the start of the item.
    expect(unnamed.headerRange.start).toEqual(unnamed.node.range.start);
    expect(text(input.file, unnamed.node.range)).toBe('image: sidecar:1');
    expect(pod.containers.some((c) => c.name === 'debug')).toBe(false);
  });

  test('List kinds expand their items', () => {
    const list = load('list.yaml');
    const m = buildKubernetesModel([list]);
    expect(m.project.objects.map((o) => o.id)).toEqual([
      'ConfigMap/default/one',
      'Deployment/default/two',
      'Service/default/three',
    ]);
    expect(m.project.objects[1].pod?.containers[0].name).toBe('two');
    expect(text(list.file, m.project.objects[0].headerRange)).toBe('ConfigMap');
  });

  test('YAML that is not Kubernetes is reported back', () => {
    const files = readdirSync(join(FIXTURES, 'not-kubernetes')).sort();
    const inputs = files.map((f) => load(`not-kubernetes/${f}`));
    const m = buildKubernetesModel([...inputs, input]);
    expect(m.project.objects).toHaveLength(objects.length);
    expect(m.notKubernetes.map((f) => f.path)).toEqual(files.map((f) => `fixtures/k8s/not-kubernetes/${f}`));
  });

  test('a file with a parse error and no objects is not "not Kubernetes"', () => {
    const file = new SourceFile('bad.yaml', 'apiVersion: v1\nkind: [\n');
    const m = buildKubernetesModel([{ file, stream: parseYamlStream(file) }]);
    expect(m.project.objects).toEqual([]);
    expect(m.notKubernetes).toEqual([]);
  });

  test('unknown kinds need containers to count as a pod template; helm sources are attached', () => {
    const file = new SourceFile(
      'crd.yaml',
      'apiVersion: x.io/v1\nkind: Thing\nmetadata: {name: a}\nspec: {template: {spec: {size: 3}}}\n---\napiVersion: x.io/v1\nkind: Runner\nmetadata: {name: b}\nspec: {template: {spec: {containers: [{name: r}]}}}\n',
    );
    const m = buildKubernetesModel([
      { file, stream: parseYamlStream(file), helmSources: ['c/templates/a.yaml', undefined] },
    ]);
    expect(m.project.objects.map((o) => [o.id, o.pod?.containers.map((c) => c.name), o.helmSource])).toEqual([
      ['Thing/default/a', undefined, 'c/templates/a.yaml'],
      ['Runner/default/b', ['r'], undefined],
    ]);
  });
});
