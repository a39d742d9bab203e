// ../shared (the real-world corpus, provider schema, GitHub's API description) exists on
// the team's machines and in CI, not in every clone. Tests that read it skip cleanly.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

export const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DIR = resolve(REPO_DIR, '../shared');
export const HAS_SHARED = existsSync(join(SHARED_DIR, 'DESIGN.md'));

// The one message saying so is printed by the global setup (announce-shared.ts).

/**
 * `describe` that skips, with a reason, when ../shared is absent. The suite's body is
 * not even run then (vitest runs a skipped suite's body to collect its tests, and these
 * bodies list corpus files).
 */
export const describeShared: typeof describe = HAS_SHARED
  ? describe
  : (((name: string) =>
      describe.skip(String(name), () => it.skip(`needs ${SHARED_DIR}`, () => {}))) as unknown as typeof describe);

export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}
