// Temporary folders of a test file, removed when the file's tests are done (the afterAll of
// remove-temp-dirs.ts, a setup file of every test file), passed or failed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A new empty folder `<tmp>/arch-lint-<name>-XXXXXX`. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `arch-lint-${name}-`));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
