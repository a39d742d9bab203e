#!/usr/bin/env node
// Runs vitest and ends with the plain line CI reads: "N passed, N failed, N skipped".
//   node scripts/run-tests.mjs [--node <binary>] [--label <name>] [vitest filters...]
// Exit code: non-zero when a test failed, vitest crashed, or no test ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const take = (flag) => {
  const i = args.indexOf(flag);
  if (i === -1) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
};
const node = take('--node') ?? process.execPath;
const label = take('--label') ?? 'tests';
const out = join(repo, 'build', `test-results-${label.replace(/\W+/g, '-')}.json`);
mkdirSync(dirname(out), { recursive: true });
rmSync(out, { force: true });

const vitest = join(repo, 'node_modules', 'vitest', 'vitest.mjs');
// Every temporary folder a test (or a CLI it spawns) makes lands in one folder, removed afterwards.
const scratch = mkdtempSync(join(tmpdir(), 'arch-lint-tests-'));
const run = spawnSync(
  node,
  [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`, ...args],
  {
    cwd: repo,
    stdio: 'inherit',
    env: { ...process.env, TMPDIR: scratch },
  },
);
rmSync(scratch, { recursive: true, force: true });

if (!existsSync(out)) {
  console.log(`${label}: 0 passed, 1 failed, 0 skipped (vitest exited ${run.status ?? run.signal} without a report)`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(out, 'utf8'));
const passed = report.numPassedTests ?? 0;
// A file that fails to load has no failed assertion: count it as a failure of its own.
const brokenFiles = (report.testResults ?? []).filter(
  (r) => r.status === 'failed' && !(r.assertionResults ?? []).some((a) => a.status === 'failed'),
).length;
const failed = (report.numFailedTests ?? 0) + brokenFiles;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${label}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 || run.status !== 0 ? 1 : 0);
