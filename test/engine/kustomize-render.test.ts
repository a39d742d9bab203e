// Kustomization roots rendered by `kubectl kustomize` (or `kustomize build`), findings
// mapped back to the files and lines that wrote the values. Skipped without the binary.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findKustomizeBinary, renderError } from '../../src/engine/kustomize-render.js';
import { lint } from '../support/lint.js';
import { REPO_DIR } from '../support/shared.js';
import { tempDir } from '../support/temp-dirs.js';

const binary = findKustomizeBinary();
if (!binary)
  console.warn('[arch-lint tests] neither kubectl ≥ 1.27 nor kustomize is on PATH: rendering tests skipped.');
const describeRender = binary ? describe : describe.skip;

const SHOP = 'fixtures/k8s/kustomize/shop';
const RULES = ['k8s-single-replica', 'k8s-missing-pdb', 'k8s-missing-zone-spread', 'k8s-container-resource-limits'];

function tree(files: Record<string, string>): string {
  const dir = tempDir('render');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function lines(findings: { ruleId: string; file: string; line: number; column: number; resource?: string }[]) {
  return findings.map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column} ${f.resource}`);
}

describeRender('kustomize rendering', () => {
  it('maps every finding of the rendered overlays back to the base or the patch that wrote it', async () => {
    const rendered = await lint({ paths: [SHOP], cwd: REPO_DIR, onlyRules: RULES, kustomize: 'render' });
    const inProcess = await lint({ paths: [SHOP], cwd: REPO_DIR, onlyRules: RULES, kustomize: 'in-process' });
    // No finding stays in the rendered stream: each points at a scanned file.
    expect(rendered.findings.every((f) => !f.file.includes('(rendered)'))).toBe(true);
    expect(lines(rendered.findings)).toEqual(lines(inProcess.findings));
    expect(lines(rendered.findings)).toContain(
      `k8s-container-resource-limits ${SHOP}/overlays/staging/sidecar.yaml:9:17 Deployment/shop-staging/web`,
    );
    // The base's `replicas: 1` of the dev overlay keeps its fix, applied to the base line.
    const single = rendered.findings.find((f) => f.ruleId === 'k8s-single-replica');
    expect(single?.fix?.replacements).toEqual([{ line: 6, column: 13, endLine: 6, endColumn: 14, text: '2' }]);
  });

  it('judges what kustomize really produces: prefixed names, inline patches at their line', async () => {
    const dir = tree({
      'base/deployment.yaml': [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: api',
        'spec:',
        '  replicas: 3',
        '  selector: { matchLabels: { app: api } }',
        '  template:',
        '    metadata: { labels: { app: api } }',
        '    spec:',
        '      containers:',
        '        - name: api',
        '          image: shop/api:1',
        '          resources: { requests: { cpu: 100m, memory: 64Mi }, limits: { cpu: 200m, memory: 128Mi } }',
        '',
      ].join('\n'),
      'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
      'solo/kustomization.yaml': [
        'namePrefix: solo-',
        'commonLabels: { team: shop }',
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
    });
    const result = await lint({ paths: ['.'], cwd: dir, onlyRules: RULES, kustomize: 'render' });
    expect(result.notes).toEqual([]);
    expect(lines(result.findings)).toEqual([
      'k8s-single-replica solo/kustomization.yaml:10:19 Deployment/default/solo-api',
    ]);
    expect(result.findings[0].unit).toBe('kustomization:solo');
  });

  it('never renders a root that names a remote resource, and says why a render failed', async () => {
    const dir = tree({
      'remote/kustomization.yaml': 'resources:\n  - https://example.com/all.yaml\n',
      'broken/kustomization.yaml': 'resources:\n  - missing.yaml\n',
    });
    const result = await lint({ paths: ['.'], cwd: dir, kustomize: 'render' });
    expect(result.notes.filter((n) => n.startsWith('remote/'))).toEqual([
      'remote/kustomization.yaml:2:5: remote `https://example.com/all.yaml` is never fetched: what it holds is not linted',
    ]);
    expect(result.notes.some((n) => n.startsWith(`broken/kustomization.yaml: ${binary!.label} failed (`))).toBe(true);
  });
});

describe('a kustomize error in a note', () => {
  // What kubectl 1.3x printed for an overlay whose base names a missing file.
  const nested =
    "accumulating resources: accumulation err='accumulating resources from '../../base': " +
    "'/work/infra/ldap/base' must resolve to a file': recursed accumulation of path '/work/infra/ldap/base': " +
    "loading KV pairs: file sources: [env.startup.txt]: evalsymlink failure on '/work/infra/ldap/base/env.startup.txt' : " +
    'lstat /work/infra/ldap/base/env.startup.txt: no such file or directory';

  it.each([
    ['is kept whole when short', 'missing Resource metadata', 300, 'missing Resource metadata'],
    [
      'keeps the innermost cause when long, from a clause boundary',
      nested,
      120,
      '…lstat /work/infra/ldap/base/env.startup.txt: no such file or directory',
    ],
    ['unescapes quotes', 'bad \\"key\\"', 300, 'bad "key"'],
  ])('%s', (_name, message, max, expected) => {
    expect(renderError(message, max)).toBe(expected);
    expect(renderError(message, max).length).toBeLessThanOrEqual(max);
  });
});
