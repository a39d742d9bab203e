// Deployment units: cross-object rules join only objects applied together.
import { describe, expect, it } from 'vitest';
import { lint } from '../../support/lint.js';
import { REPO_DIR } from '../../support/shared.js';

const SIBLINGS = 'fixtures/k8s/units/siblings';
const RULES = ['k8s-single-replica', 'k8s-missing-pdb', 'k8s-missing-zone-spread'];

function summary(findings: { ruleId: string; file: string; line: number; unit?: string; message: string }[]) {
  return findings.map((f) => `${f.ruleId} ${f.file}:${f.line} ${f.unit}`);
}

describe('deployment units', () => {
  it('keeps two sample apps with same-named objects apart', async () => {
    const result = await lint({ paths: [SIBLINGS], cwd: REPO_DIR, onlyRules: RULES });
    expect(summary(result.findings)).toEqual([
      // App A: its own HPA keeps 3 replicas; its own PDB covers them.
      `k8s-missing-zone-spread ${SIBLINGS}/app-a/web.yaml:2 directory:${SIBLINGS}/app-a`,
      // App B: app A's PDB selects `app: web` pods, but not in this app.
      `k8s-missing-pdb ${SIBLINGS}/app-b/db.yaml:2 directory:${SIBLINGS}/app-b`,
      `k8s-missing-zone-spread ${SIBLINGS}/app-b/db.yaml:2 directory:${SIBLINGS}/app-b`,
      // App B: app A's HPA scales its own `web`, not this one.
      `k8s-single-replica ${SIBLINGS}/app-b/web.yaml:6 directory:${SIBLINGS}/app-b`,
    ]);
    expect(result.findings[0].message).toContain('scales from 3 to 6 replicas (HorizontalPodAutoscaler `web`)');
  });

  it('gives the same findings when each app is scanned alone', async () => {
    const whole = await lint({ paths: [SIBLINGS], cwd: REPO_DIR, onlyRules: RULES });
    const a = await lint({ paths: [`${SIBLINGS}/app-a`], cwd: REPO_DIR, onlyRules: RULES });
    const b = await lint({ paths: [`${SIBLINGS}/app-b`], cwd: REPO_DIR, onlyRules: RULES });
    expect(summary(whole.findings)).toEqual(summary([...a.findings, ...b.findings]));
  });

  it('treats each Helm release of a rendered stream, and stdin, as its own unit', async () => {
    const release = (chart: string, body: string) => `---\n# Source: ${chart}/templates/x.yaml\n${body}`;
    const web = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  selector: { matchLabels: { app: web } }',
      '  template:',
      '    metadata: { labels: { app: web } }',
      '    spec: { containers: [{ name: web, image: nginx }] }',
      '',
    ].join('\n');
    const hpa = [
      'apiVersion: autoscaling/v2',
      'kind: HorizontalPodAutoscaler',
      'metadata:',
      '  name: web',
      'spec:',
      '  scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: web }',
      '  minReplicas: 2',
      '  maxReplicas: 4',
      '',
    ].join('\n');
    const stdin = release('alpha', web) + release('alpha', hpa) + release('beta', web);
    const result = await lint({ paths: ['-'], cwd: REPO_DIR, stdin, onlyRules: ['k8s-single-replica'] });
    expect(result.findings.map((f) => [f.resource, f.unit, f.line])).toEqual([
      ['Deployment/default/web', 'helm-release:<stdin>#beta', 25],
    ]);
    const plain = await lint({ paths: ['-'], cwd: REPO_DIR, stdin: web, onlyRules: ['k8s-single-replica'] });
    expect(plain.findings.map((f) => f.unit)).toEqual(['stream:<stdin>']);
  });
});
