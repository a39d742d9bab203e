// ../shared (the real-world corpus, provider schema, GitHub's API description) exists on
// the team's machines and in CI, not in every clone. Tests that read it skip cleanly.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

export const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DIR = resolve(REPO_DIR, '../shared');
export const HAS_SHARED = existsSync(join(SHARED_DIR, 'DESIGN.md'));

if (!HAS_SHARED) console.warn(`[arch-lint tests] ${SHARED_DIR} is absent: tests on the shared corpus are skipped.`);

/** `describe` that skips, with a reason, when ../shared is absent. */
export const describeShared: typeof describe.skip = HAS_SHARED ? describe : describe.skip;

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}
