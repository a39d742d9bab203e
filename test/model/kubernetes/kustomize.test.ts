// Kustomize without the binary: roots are units, patch files are never whole objects,
// overlays' patches change what the rules see, remote resources are never fetched.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../support/lint.js';
import { REPO_DIR } from '../../support/shared.js';
import { tempDir } from '../../support/temp-dirs.js';

const SHOP = 'fixtures/k8s/kustomize/shop';
const PATCH_FILES = [
  `${SHOP}/components/no-debug/delete-debug.yaml`,
  `${SHOP}/overlays/staging/replicas.yaml`,
  `${SHOP}/overlays/staging/sidecar.yaml`,
  `${SHOP}/overlays/prod/replicas.yaml`,
];
const WHOLE_OBJECT_RULES = ['k8s-single-replica', 'k8s-missing-pdb', 'k8s-missing-zone-spread'];

function lines(findings: { ruleId: string; file: string; line: number; column: number; unit?: string }[]) {
  return findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column} ${f.unit}`);
}

function tree(files: Record<string, string>): string {
  const dir = tempDir('kustomize');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const DEPLOYMENT = (replicas: number) =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    'spec:',
    `  replicas: ${replicas}`,
    '  selector: { matchLabels: { app: api } }',
    '  template:',
    '    metadata: { labels: { app: api } }',
    '    spec:',
    '      containers:',
    '        - name: api',
    '          image: shop/api:1',
    '',
  ].join('\n');

describe('kustomize without the binary', () => {
  it('judges each overlay with its own patches, never the patch files as objects', async () => {
    const result = await lint({
      paths: [SHOP],
      cwd: REPO_DIR,
      kustomize: 'in-process',
      onlyRules: [...WHOLE_OBJECT_RULES, 'k8s-container-resource-limits'],
    });
    const unit = (overlay: string) => `kustomization:${SHOP}/overlays/${overlay}`;
    expect(lines(result.findings)).toEqual([
      // staging: replicas.yaml sets 2 replicas; no PDB, no spreading in this overlay.
      `k8s-missing-pdb ${SHOP}/base/deployment.yaml:2:7 ${unit('staging')}`,
      `k8s-missing-zone-spread ${SHOP}/base/deployment.yaml:2:7 ${unit('staging')}`,
      // dev: the base's single replica, unpatched.
      `k8s-single-replica ${SHOP}/base/deployment.yaml:6:13 ${unit('dev')}`,
      // staging: the sidecar its patch adds has no resources: reported where the patch writes it.
      `k8s-container-resource-limits ${SHOP}/overlays/staging/sidecar.yaml:9:17 ${unit('staging')}`,
    ]);
    expect(result.findings[0].message).toContain('runs 2 replicas');
    // prod: 4 replicas (JSON 6902), a PDB, zone spreading (inline patch): nothing. The
    // debug Deployment is deleted by the component in every overlay.
    expect(result.findings.filter((f) => f.unit === unit('prod') || f.file.endsWith('debug.yaml'))).toEqual([]);
    for (const f of result.findings)
      if (WHOLE_OBJECT_RULES.includes(f.ruleId)) expect(PATCH_FILES).not.toContain(f.file);
  });

  it('reports a remote resource once, and never fetches it', async () => {
    const result = await lint({
      paths: [SHOP],
      cwd: REPO_DIR,
      kustomize: 'in-process',
      onlyRules: ['k8s-single-replica'],
    });
    expect(result.notes).toEqual([
      `${SHOP}/overlays/prod/kustomization.yaml:26:11: remote \`https://example.com/shop/extra-patch.yaml\` is never fetched: what it holds is not linted`,
    ]);
    const dir = tree({
      'app/kustomization.yaml':
        'resources:\n  - github.com/example/app//deploy?ref=v1.2.0\n  - https://example.com/all.yaml\n',
    });
    const remote = await lint({ paths: ['.'], cwd: dir });
    expect(remote.notes).toEqual([
      'app/kustomization.yaml:2:5: remote `github.com/example/app//deploy?ref=v1.2.0` is never fetched: what it holds is not linted',
      'app/kustomization.yaml:3:5: remote `https://example.com/all.yaml` is never fetched: what it holds is not linted',
    ]);
    expect(remote.findings).toEqual([]);
  });

  it('points a finding on a patched value at the patch line, inline patches included', async () => {
    const dir = tree({
      'base/deployment.yaml': DEPLOYMENT(3),
      'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
      'solo/kustomization.yaml': [
        'resources: [../base]',
        'patches:',
        '  - patch: |-',
        '      apiVersion: apps/v1',
        '      kind: Deployment',
        '      metadata: { name: api }',
        '      spec:',
        '        replicas: 1',
        '',
      ].join('\n'),
      'pair/kustomization.yaml': 'resources: [../base]\nreplicas:\n  - name: api\n    count: 2\n',
    });
    const result = await lint({ paths: ['.'], cwd: dir, kustomize: 'in-process', onlyRules: WHOLE_OBJECT_RULES });
    expect(lines(result.findings)).toEqual([
      'k8s-missing-pdb base/deployment.yaml:2:7 kustomization:pair',
      'k8s-missing-zone-spread base/deployment.yaml:2:7 kustomization:pair',
      'k8s-single-replica solo/kustomization.yaml:8:19 kustomization:solo',
    ]);
    expect(result.findings[0].message).toContain('runs 2 replicas');
    // A fix written against the base would be wrong for an overlay: none is offered.
    expect(result.findings.every((f) => f.fix === undefined)).toBe(true);
  });

  it('notes once per kustomization what it could not apply, and lints the rest', async () => {
    const dir = tree({
      'base/deployment.yaml': DEPLOYMENT(1),
      'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
      'prod/kustomization.yaml': [
        'resources: [../base]',
        'patches:',
        '  - path: missing-target.yaml',
        '  - path: ops.yaml',
        '    target: { kind: Deployment, name: api }',
        'helmCharts:',
        '  - name: redis',
        '',
      ].join('\n'),
      'prod/missing-target.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: worker }\nspec: { replicas: 3 }\n',
      'prod/ops.yaml': '- op: move\n  from: /spec/replicas\n  path: /spec/x\n',
    });
    const result = await lint({ paths: ['.'], cwd: dir, kustomize: 'in-process', onlyRules: WHOLE_OBJECT_RULES });
    expect(result.notes).toEqual([
      'prod/kustomization.yaml: not applied without the kustomize binary: patch `missing-target.yaml` (no Deployment `worker` among its resources); patch `ops.yaml`: operation `move`; `helmCharts` (needs the kustomize binary). Findings there show the objects without it.',
    ]);
    expect(lines(result.findings)).toEqual(['k8s-single-replica base/deployment.yaml:6:13 kustomization:prod']);
  });
});
