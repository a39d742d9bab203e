// The chart renderings of ../shared/corpus/helm map into their charts: no finding at 1:1,
// none left in the rendered files, and a sample checked by hand lands on the line that
// wrote the flagged value (or the values entry that gave it). Skipped without ../shared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { lint } from '../support/lint.js';
import type { Finding } from '../../src/findings/finding.js';
import { describeShared, sharedPath } from '../support/shared.js';

const cwd = sharedPath('corpus', 'helm');
const at = (f: Finding) => `${f.file}:${f.line}:${f.column}`;
const lineOf = (file: string, line: number) => readFileSync(join(cwd, file), 'utf8').split('\n')[line - 1].trim();

describeShared('Helm renderings of the shared corpus map into their charts', () => {
  it.each(['ingress-nginx', 'longhorn', 'calico', 'tigera-operator'])(
    '%s: every finding in the chart, none at 1:1',
    async (project) => {
      const { findings } = await lint({ paths: [project], cwd });
      expect(findings.length).toBeGreaterThan(3);
      expect(findings.filter((f) => f.line === 1 && f.column === 1).map(at)).toEqual([]);
      expect(findings.filter((f) => !f.file.startsWith(`${project}/chart/`)).map(at)).toEqual([]);
      // Each finding's line writes a key (or is a values entry): never a bare directive or blank line.
      for (const f of findings) expect(lineOf(f.file, f.line), at(f)).toMatch(/^(- )?["\w.-]+:/);
      // ... and it is the key that gives what the rule flags, for the object or container it names.
      for (const f of findings)
        expect(producesFlaggedValue(f), `${at(f)} ${f.ruleId}: ${lineOf(f.file, f.line)}`).toBe(true);
      // A values-file finding: its entry is the `.Values` path the related template line reads.
      for (const f of findings.filter((g) => g.file.endsWith('/values.yaml'))) {
        const related = f.related![0];
        const lines = readFileSync(join(cwd, related.file), 'utf8').split('\n');
        const around = lines.slice(Math.max(0, related.line - 2), related.line).join('\n');
        expect(around, at(f)).toContain(`.Values.${valuesKeyPath(f.file, f.line).join('.')}`);
      }
    },
  );

  // Checked by hand against the chart sources: [rule, message excerpt, where, line text, related].
  it.each([
    // Not the first `- name:` of the list (upgrade-ipam renders only for the calico datastore).
    [
      'calico',
      'k8s-container-resource-limits',
      'Init container `install-cni` of DaemonSet `calico-node` has',
      'calico/chart/templates/calico-node.yaml:95:11',
      '- name: install-cni',
      undefined,
    ],
    // A multi-document template: the Deployment, not the Route or Service before it.
    [
      'longhorn',
      'k8s-missing-pdb',
      'Deployment `longhorn-ui`',
      'longhorn/chart/templates/deployment-ui.yaml:40:1',
      'kind: Deployment',
      undefined,
    ],
    [
      'longhorn',
      'k8s-missing-readiness-probe',
      'Container `longhorn-ui` of',
      'longhorn/chart/templates/deployment-ui.yaml:90:9',
      '- name: longhorn-ui',
      undefined,
    ],
    // `{{- with .Values.longhornManager.resources }}` with `resources: ~`: the values entry.
    [
      'longhorn',
      'k8s-container-resource-limits',
      'Container `longhorn-manager` of',
      'longhorn/chart/values.yaml:517:3',
      'resources: ~',
      'longhorn/chart/templates/daemonset-sa.yaml:121',
    ],
    // `resources: {{ toYaml .Values.controller.resources }}`: values.yaml's controller.resources.
    [
      'ingress-nginx',
      'k8s-container-resource-limits',
      'Container `controller` of',
      'ingress-nginx/chart/values.yaml:341:3',
      'resources:',
      'ingress-nginx/chart/templates/controller-deployment.yaml:160',
    ],
    [
      'ingress-nginx',
      'k8s-container-resource-limits',
      'Container `patch` of',
      'ingress-nginx/chart/values.yaml:602:7',
      'resources: {}',
      'ingress-nginx/chart/templates/admission-webhooks/job-patch/job-patchWebhook.yaml:64',
    ],
    [
      'tigera-operator',
      'k8s-container-resource-limits',
      'Container `tigera-operator` of',
      'tigera-operator/chart/values.yaml:118:1',
      'resources: {}',
      'tigera-operator/chart/templates/tigera-operator/02-tigera-operator.yaml:75',
    ],
    [
      'tigera-operator',
      'k8s-single-replica',
      'Deployment `tigera-operator`',
      'tigera-operator/chart/templates/tigera-operator/02-tigera-operator.yaml:9:3',
      'replicas: 1',
      undefined,
    ],
  ])('%s %s: %s → %s', async (project, ruleId, excerpt, where, text, related) => {
    const { findings } = await lint({ paths: [project], cwd, onlyRules: [ruleId] });
    const hits = findings.filter((f) => f.message.includes(excerpt));
    expect(hits.length).toBeGreaterThan(0);
    for (const f of hits) {
      expect(at(f)).toBe(where);
      expect(lineOf(f.file, f.line)).toBe(text);
      expect(f.related?.map((r) => `${r.file}:${r.line}`)[0]).toBe(related);
    }
  });
});

/** The flagged line is one a reviewer would edit for this rule: the key, or the object or container it names. */
function producesFlaggedValue(f: Finding): boolean {
  const text = lineOf(f.file, f.line);
  const container = /^(?:Init c|C)ontainer `([^`]+)`/.exec(f.message)?.[1];
  const kind = /^(\w+) `[^`]+` runs/.exec(f.message)?.[1];
  const names = (c: string | undefined) => c !== undefined && text.replace(/"/g, '') === `- name: ${c}`;
  switch (f.ruleId) {
    case 'k8s-container-resource-limits':
      return /^resources:/.test(text) || names(container);
    case 'k8s-missing-liveness-probe':
    case 'k8s-missing-readiness-probe':
      return names(container);
    case 'k8s-single-replica':
    case 'k8s-missing-pdb':
    case 'k8s-missing-zone-spread':
      return /^replicas:/.test(text) || (kind !== undefined && text === `kind: ${kind}`);
    default:
      return false;
  }
}

/** The key path of a values.yaml line (block style), from its indentation. */
function valuesKeyPath(file: string, line: number): string[] {
  const lines = readFileSync(join(cwd, file), 'utf8').split('\n');
  const indent = (l: string) => l.length - l.trimStart().length;
  const path = [/^\s*([\w-]+):/.exec(lines[line - 1])![1]];
  let depth = indent(lines[line - 1]);
  for (let i = line - 2; i >= 0 && depth > 0; i--) {
    const m = /^(\s*)([\w-]+):/.exec(lines[i]);
    if (m && m[1].length < depth && !lines[i].trimStart().startsWith('#')) {
      path.unshift(m[2]);
      depth = m[1].length;
    }
  }
  return path;
}
