import { describe, expect, test } from 'vitest';
import { SourceFile } from '../../../src/parse/source.js';
import { ypath } from '../../../src/parse/yaml/ast.js';
import { parseYamlStream } from '../../../src/parse/yaml/parse.js';
import { buildKubernetesModel } from '../../../src/model/kubernetes/build.js';
import { labelSelectorMatches, selectorMatches, workloadReplicas } from '../../../src/model/kubernetes/helpers.js';

function objects(text: string) {
  const file = new SourceFile('h.yaml', text);
  return buildKubernetesModel([{ file, stream: parseYamlStream(file) }]).project.objects;
}

const doc = (kind: string, spec: string) => `apiVersion: v1\nkind: ${kind}\nmetadata: {name: x}\nspec: ${spec}\n`;

describe('workloadReplicas', () => {
  test.each([
    ['Deployment', '{replicas: 3}', 3, true],
    ['Deployment', '{}', 1, false],
    ['StatefulSet', '{replicas: 1}', 1, true],
    ['ReplicaSet', '{replicas: 0}', 0, true],
    ['ReplicationController', '{}', 1, false],
    ['DeploymentConfig', '{replicas: 2}', 2, true],
    ['Deployment', '{replicas: "3"}', undefined, true],
    ['DaemonSet', '{replicas: 3}', undefined, false],
    ['Job', '{}', undefined, false],
    ['CronJob', '{}', undefined, false],
    ['Pod', '{}', undefined, false],
  ])('%s %s -> %s', (kind, spec, value, hasNode) => {
    const [o] = objects(doc(kind, spec));
    const r = workloadReplicas(o);
    expect(r.value).toBe(value);
    expect(r.node !== undefined).toBe(hasNode);
    if (r.node) expect(r.node).toBe(ypath(o.root, 'spec', 'replicas'));
  });
});

describe('selectors', () => {
  test('equality selectors', () => {
    expect(selectorMatches({ app: 'web' }, { app: 'web', tier: 'x' })).toBe(true);
    expect(selectorMatches({ app: 'web', tier: 'y' }, { app: 'web', tier: 'x' })).toBe(false);
    expect(selectorMatches({}, { app: 'web' })).toBe(true);
    expect(selectorMatches({ app: 'web' }, {})).toBe(false);
  });

  test('label selectors with expressions', () => {
    const [pdb] = objects(
      'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: p}\nspec:\n  selector:\n    matchLabels: {app: web}\n    matchExpressions:\n      - {key: tier, operator: In, values: [front, back]}\n      - {key: canary, operator: DoesNotExist}\n',
    );
    const sel = ypath(pdb.root, 'spec', 'selector');
    expect(labelSelectorMatches(sel, { app: 'web', tier: 'front' })).toBe(true);
    expect(labelSelectorMatches(sel, { app: 'web', tier: 'mid' })).toBe(false);
    expect(labelSelectorMatches(sel, { app: 'web', tier: 'back', canary: 'y' })).toBe(false);
    expect(labelSelectorMatches(sel, { tier: 'front' })).toBe(false);
    expect(labelSelectorMatches(undefined, { app: 'web' })).toBeUndefined();
  });
});
