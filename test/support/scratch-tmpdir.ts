// Vitest global setup: every temporary folder of the run (the tests', and those of the CLIs
// and tools they start) is made in one scratch folder, removed when the run ends, as
// scripts/run-tests.mjs does, so a plain `npx vitest run` leaves nothing in the system's
// temporary folder either, even when a test fails before its own clean-up.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function scratchTmpdir(): () => void {
  const previous = process.env.TMPDIR;
  const scratch = mkdtempSync(join(tmpdir(), 'arch-lint-vitest-'));
  process.env.TMPDIR = scratch;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(scratch, { recursive: true, force: true });
  };
}
