#!/usr/bin/env node
// Benchmark (not a test) of changed-units mode: `npm run bench` generates its corpus
// (10,000 files in folders of 20) and keeps it; this commits it to a scratch git
// repository, changes one file, and times `arch-lint --diff-base HEAD~1` (changed-units
// mode) against `--diff-base HEAD~1 --all-units`, each in a fresh process (wall clock,
// Node start-up included), best of three.
//   npm run bench:changed [-- --files 10000] [-- --keep]
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const files = Number(args.includes('--files') ? args[args.indexOf('--files') + 1] : 10_000);
const corpus = join(repo, 'bench-corpus');
const cli = join(repo, 'bin', 'arch-lint.js');
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

const count = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? count(join(dir, e.name)) : 1), 0);
if (!existsSync(corpus) || count(corpus) !== files) {
  console.log(`generating the corpus (${files} files) with npm run bench ...`);
  execFileSync(process.execPath, [join(repo, 'scripts/bench.mjs'), '--files', String(files), '--keep'], {
    stdio: 'ignore',
  });
}
if (!existsSync(join(repo, 'dist', 'cli.js'))) execFileSync('npm', ['run', 'build'], { cwd: repo, stdio: 'ignore' });

const scratch = mkdtempSync(join(tmpdir(), 'arch-lint-bench-changed-'));
const git = (...a) => execFileSync('git', a, { cwd: scratch, env, stdio: ['ignore', 'pipe', 'ignore'] });
cpSync(corpus, scratch, { recursive: true });
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-q', '-m', 'corpus');
// One file changed: a database loses multi_az in the middle of the repository.
const dir = readdirSync(scratch)
  .filter((d) => d.startsWith('stack-'))
  .sort()[Math.floor(files / 40)];
const tf = readdirSync(join(scratch, dir)).find((f) => f.endsWith('.tf'));
const path = join(scratch, dir, tf);
writeFileSync(
  path,
  readFileSync(path, 'utf8').replace(/multi_az\s+=\s+(true|false)/, 'multi_az                = false'),
);
git('commit', '-q', '-am', `change ${dir}/${tf}`);

function time(extra) {
  let best = Infinity;
  let out;
  for (let round = 0; round < 3; round++) {
    const t0 = process.hrtime.bigint();
    out = spawnSync(process.execPath, [cli, '--diff-base', 'HEAD~1', '--format', 'json', ...extra, '.'], {
      cwd: scratch,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  if (out.status !== 0 && out.status !== 1) throw new Error(`arch-lint exited ${out.status}: ${out.stderr}`);
  const report = JSON.parse(out.stdout);
  return { seconds: best, report, stderr: out.stderr.trim().split('\n') };
}

const changed = time([]);
const all = time(['--all-units']);
const same = JSON.stringify(changed.report.findings) === JSON.stringify(all.report.findings) ? 'the same' : 'DIFFERENT';
const scope = changed.report.summary.scope;
console.log(`corpus: ${files} files; changed: ${dir}/${tf}`);
console.log(
  `changed-units mode: ${changed.seconds.toFixed(2)} s (${scope ? `${scope.units} of ${scope.unitsTotal} units` : 'every unit'}, ` +
    `${changed.report.summary.filesScanned} files), ${changed.report.findings.length} new finding(s)`,
);
console.log(
  `--all-units:        ${all.seconds.toFixed(2)} s (${all.report.summary.filesScanned} files), ` +
    `${all.report.findings.length} new finding(s): ${same} new findings`,
);
console.log('(wall clock of a fresh `arch-lint --diff-base HEAD~1` process, best of 3; target < 1 s)');
if (!args.includes('--keep')) rmSync(scratch, { recursive: true, force: true });
else console.log(`scratch repository kept in ${scratch}`);
