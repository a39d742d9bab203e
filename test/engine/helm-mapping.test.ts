// Findings in committed `helm template` output (fixtures/helm/rendered, see its README for
// how each file was produced) land on the template line that wrote the flagged node:
// containers by their own `name:`, helpers followed, `range` iterations in their helper,
// subcharts only when name and version match, one finding per release.
import { describe, expect, it } from 'vitest';
import { lint } from '../support/lint.js';
import type { Finding } from '../../src/findings/finding.js';
import { REPO_DIR } from '../support/shared.js';

const where = (f: Finding) => `${f.file.replace('fixtures/helm/', '')}:${f.line}:${f.column}`;

async function findings(paths: string[], onlyRules?: string[]) {
  const result = await lint({ paths, cwd: REPO_DIR, onlyRules });
  return { result, findings: result.findings };
}

describe('committed renderings of fixtures/helm/shop', () => {
  it.each([
    // A container whose `- ` line is `- command:`: its own `name: manager`, not the env var `- name: NAMESPACE`.
    ['k8s-missing-pdb', 'Deployment `storefront-shop-manager`', 'shop/templates/manager.yaml:2:1'],
    // Containers written in a helper (`_pod.tpl`) map into the helper.
    [
      'k8s-missing-liveness-probe',
      'Container `web` of Deployment `storefront-shop-web`',
      'shop/templates/_pod.tpl:8:7',
    ],
    // Objects rendered by `range` over a helper: each in the helper, at the line that wrote the node.
    [
      'k8s-missing-liveness-probe',
      'Container `search` of Deployment `storefront-shop-search`',
      'shop/templates/_component.tpl:23:11',
    ],
    ['k8s-missing-pdb', 'Deployment `storefront-shop-billing`', 'shop/templates/_component.tpl:7:1'],
    // A vendored subchart of the version that rendered it (0.3.0) maps into it; the 0.2.0 rendering stays put.
    [
      'k8s-missing-liveness-probe',
      'Container `memcached` of StatefulSet `storefront-cache`',
      'rendered/storefront-redis.yaml:49:17 shop/charts/cache/templates/statefulset.yaml:20:11',
    ],
    // Not in the repo (redis 17.0.0): stays in the rendering.
    [
      'k8s-container-resource-limits',
      'Container `redis` of StatefulSet `storefront-redis-master`',
      'rendered/storefront-redis.yaml:23:17',
    ],
  ])('%s: %s → %s', async (ruleId, subject, at) => {
    const { findings: all } = await findings(['fixtures/helm'], [ruleId]);
    const hits = all.filter((f) => f.message.includes(subject) && !f.message.includes('storefront-ha'));
    expect(hits.map(where)).toEqual(at.split(' '));
  });

  it.each([
    // `replicas: {{ .Values.web.replicaCount }}`: the values line, the template line related, the fix in values.yaml.
    [
      'k8s-single-replica',
      'Deployment `storefront-shop-web`',
      'shop/values.yaml:6:3',
      'shop/templates/deployment.yaml:8:3',
      '6:17-6:18 2',
    ],
    // `{{- with .Values.web.resources }} resources: {{ toYaml . }}` in a helper.
    ['k8s-container-resource-limits', 'Container `web` of', 'shop/values.yaml:7:3', 'shop/templates/_pod.tpl:14:7', ''],
    // `resources: {{ toYaml .Values.manager.resources }}` (rendered `{}` on the next line): the block
    // the rule adds becomes the values entry.
    [
      'k8s-container-resource-limits',
      'Container `manager` of',
      'shop/values.yaml:13:3',
      'shop/templates/manager.yaml:39:9',
      '13:13-13:16 \n    requests:\n      cpu: 500m\n      memory: 2Gi\n    limits:\n      cpu: 500m\n      memory: 2Gi',
    ],
    // `range $name, $c := .Values.components` through a helper: the entry of this iteration (search, not billing).
    [
      'k8s-single-replica',
      'Deployment `storefront-shop-search`',
      'shop/values.yaml:26:5',
      'shop/templates/_component.tpl:13:3',
      '26:15-26:16 2',
    ],
    [
      'k8s-container-resource-limits',
      'Container `search` of',
      'shop/values.yaml:27:5',
      'shop/templates/_component.tpl:25:11',
      '27:15-27:18 \n      requests:\n        cpu: 500m\n        memory: 2Gi\n      limits:\n        cpu: 500m\n        memory: 2Gi',
    ],
    // A subchart's own values.yaml (`replicas: 1` is its first line).
    [
      'k8s-single-replica',
      'StatefulSet `storefront-cache`',
      'shop/charts/cache/values.yaml:1:1',
      'shop/charts/cache/templates/statefulset.yaml:9:3',
      '',
    ],
  ])('values line: %s %s → %s (rendered by %s)', async (ruleId, subject, at, related, fix) => {
    const { findings: all } = await findings(['fixtures/helm'], [ruleId]);
    const hits = all.filter(
      (f) => f.message.includes(subject) && !f.message.includes('storefront-ha') && !f.file.includes('rendered/'),
    );
    expect(hits.map(where)).toEqual([at]);
    expect(
      hits[0].related?.map((r) => `${r.file.replace('fixtures/helm/', '')}:${r.line}:${r.column} ${r.message}`),
    ).toEqual([`${related} rendered by this template line`]);
    const replacements = hits[0].fix?.replacements.map(
      (r) => `${r.line}:${r.column}-${r.endLine}:${r.endColumn} ${r.text}`,
    );
    expect(replacements?.join() ?? '').toBe(fix);
  });

  it('a rendering made with other values is not mapped to a values line that did not give them', async () => {
    // storefront-ha.yaml was rendered with ci/ha-values.yaml, which arch-lint did not see it use:
    // web's replicas (3) and resources do not agree with values.yaml, so nothing lands there.
    const { findings: all } = await findings(['fixtures/helm']);
    const ha = all.filter((f) => f.message.includes('storefront-ha-shop-web'));
    expect(ha.filter((f) => f.file.endsWith('values.yaml'))).toEqual([]);
    expect(ha.length).toBeGreaterThan(0);
  });

  it('never reports at 1:1 of a template', async () => {
    const { findings: all } = await findings(['fixtures/helm']);
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((f) => f.file.includes('/templates/') && f.line === 1)).toEqual([]);
  });

  it('one finding per release, the release named in the message', async () => {
    const { findings: all } = await findings(['fixtures/helm'], ['k8s-missing-readiness-probe']);
    const web = all.filter((f) => f.file === 'fixtures/helm/shop/templates/_pod.tpl');
    expect(web.map((f) => f.message.replace(/^.*\[/, '['))).toEqual([
      '[Helm release `storefront-ha` rendered in `fixtures/helm/rendered/storefront-ha.yaml`]',
      '[Helm release `storefront` rendered in `fixtures/helm/rendered/storefront.yaml`]',
    ]);
    expect(new Set(web.map((f) => f.fingerprint)).size).toBe(2);
  });

  it('skips a fragment with template directives outside templates/ with an info line, not a parse error', async () => {
    const { result } = await findings(['fixtures/helm']);
    expect(result.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    expect(result.skipped).toContainEqual({
      file: 'fixtures/helm/shop/conf/crds/widget.yaml',
      reason: 'Helm template fragment (has `{{ }}` directives): not YAML until a template renders it',
    });
  });
});
