// The in-repo GitHub REST subset is what scripts/derive-github-api.mjs makes of GitHub's
// description in ../shared: re-derive it and compare, so the two never drift apart.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeShared, REPO_DIR, sharedPath } from '../support/shared.js';
import { GITHUB_API_SUBSET } from './api/index.js';

describeShared('the in-repo GitHub REST subset', () => {
  it('is exactly the derivation of the shared description', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arch-lint-api-'));
    try {
      const out = join(dir, 'subset.json');
      execFileSync(process.execPath, [
        join(REPO_DIR, 'scripts/derive-github-api.mjs'),
        sharedPath('github-api/rest-subset.openapi.json'),
        out,
      ]);
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(GITHUB_API_SUBSET, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

it('names every operation the fake GitHub serves, with its request schemas', () => {
  const doc = JSON.parse(readFileSync(GITHUB_API_SUBSET, 'utf8')) as {
    paths: Record<string, Record<string, { operationId: string; requestBody?: unknown }>>;
  };
  const ops = Object.values(doc.paths).flatMap((m) => Object.values(m));
  const ids = ops.map((o) => o.operationId);
  for (const id of ['pulls/get', 'pulls/list-files', 'pulls/create-review', 'issues/create-comment'])
    expect(ids).toContain(id);
  expect(ops.find((o) => o.operationId === 'pulls/create-review')?.requestBody).toBeDefined();
});
