// Public kustomize-heavy repositories (../shared/corpus/realworld2): overlays are units,
// patch files are never judged as whole objects, patched values show in the findings.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { load } from 'js-yaml';
import { beforeAll, expect, it } from 'vitest';
import { lint } from '../support/lint.js';
import type { LintResult } from '../../src/engine/lint-api.js';
import { describeShared, sharedPath } from '../support/shared.js';

const TREES = ['podinfo', 'kustomize/examples', 'flux2-kustomize-helm-example'];
const WHOLE_OBJECT_RULES = [
  'k8s-single-replica',
  'k8s-missing-pdb',
  'k8s-missing-zone-spread',
  'k8s-database-single-replica',
];

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** Every file a kustomization lists as a patch, read independently of the product's reader. */
function patchFiles(root: string): Set<string> {
  const out = new Set<string>();
  for (const abs of walk(root)) {
    if (!/(^|\/)kustomization\.ya?ml$/.test(abs)) continue;
    const k = load(readFileSync(abs, 'utf8')) as Record<string, unknown>;
    const dir = posix.dirname(relative(root, abs));
    const add = (p: unknown) => {
      if (typeof p === 'string' && !p.includes('\n') && !p.includes('://'))
        out.add(posix.normalize(posix.join(dir, p)));
    };
    for (const p of (k.patchesStrategicMerge as unknown[]) ?? []) add(p);
    for (const p of [...((k.patches as unknown[]) ?? []), ...((k.patchesJson6902 as unknown[]) ?? [])])
      add((p as { path?: unknown }).path);
  }
  return out;
}

describeShared('kustomize trees of real repositories', () => {
  const cwd = sharedPath('corpus/realworld2');
  let result: LintResult;
  beforeAll(async () => {
    result = await lint({ paths: TREES, cwd, kustomize: 'in-process' });
  });

  it('never judges a patch file as a whole object', () => {
    const patches = patchFiles(cwd);
    expect(patches.size).toBeGreaterThanOrEqual(8);
    const onPatches = result.findings.filter((f) => WHOLE_OBJECT_RULES.includes(f.ruleId) && patches.has(f.file));
    expect(onPatches).toEqual([]);
    expect(result.internalErrors).toEqual([]);
  });

  it('judges bases through the overlays that apply them', () => {
    const units = new Set(result.findings.map((f) => f.unit));
    // podinfo's bases are applied only by its three overlays: never a unit of their own.
    expect([...units].filter((u) => u?.includes('podinfo/deploy/bases'))).toEqual([]);
    expect(units).toContain('kustomization:podinfo/deploy/overlays/dev');
    // kustomize's ldap example: production patches 6 replicas, staging 2.
    const ldap = result.findings.filter((f) => f.ruleId === 'k8s-missing-pdb' && f.resource?.endsWith('/ldap'));
    expect(ldap.map((f) => [f.unit, /runs (\d+) replicas/.exec(f.message)?.[1]])).toEqual([
      ['kustomization:kustomize/examples/ldap/overlays/staging', '2'],
      ['kustomization:kustomize/examples/ldap/overlays/production', '6'],
    ]);
    // springboot: staging keeps the base's single replica, production patches 2.
    const sb = result.findings.filter(
      (f) => f.resource?.endsWith('/sbdemo') && f.ruleId !== 'k8s-container-resource-limits',
    );
    expect(sb.filter((f) => f.ruleId === 'k8s-single-replica').map((f) => f.unit)).toEqual([
      'kustomization:kustomize/examples/springboot/overlays/staging',
    ]);
  });

  it('reports remote resources once and never fetches them', () => {
    const remote = result.notes.filter((n) => n.includes('is never fetched'));
    expect(remote.length).toBe(3);
    expect(remote.every((n) => n.startsWith('kustomize/examples/loadHttp/kustomization.yaml:'))).toBe(true);
  });
});
