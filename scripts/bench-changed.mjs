#!/usr/bin/env node
// Benchmark (not a test) of changed-units mode: `npm run bench` generates its corpus
// (10,000 files in folders of 20) and keeps it; this commits it to a scratch git
// repository, with a shared Terraform module called by 5 roots and a kustomize base with 3
// overlays added, and times `arch-lint --diff-base <corpus commit>` (changed-units mode)
// on three changes, each on its own branch, checked out:
//   - one file of one folder (a database loses multi_az): one unit;
//   - the shared module: the module and its 5 callers;
//   - the kustomize base: the base and its 3 overlays.
// Each is timed in a fresh process (wall clock, Node start-up included), best of three,
// with the CPU time of that process and its git children (user + sys, from /proc) and the
// load average, and compared with `--all-units` (same new findings?).
//   npm run bench:changed [-- --files 10000] [-- --keep] [-- --rounds 3] [-- --cli other/bin/arch-lint.js]
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const files = option('--files', 10_000);
const rounds = option('--rounds', 3);
const corpus = join(repo, 'bench-corpus');
// `--cli PATH`: another build's bin/arch-lint.js, to compare (before / after) on the same changes.
const cli = args.includes('--cli') ? args[args.indexOf('--cli') + 1] : join(repo, 'bin', 'arch-lint.js');
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
const write = (path, text) => {
  mkdirSync(dirname(join(scratch, path)), { recursive: true });
  writeFileSync(join(scratch, path), text);
};
const edit = (path, from, to) => {
  const text = readFileSync(join(scratch, path), 'utf8');
  if (!from.test(text)) throw new Error(`bench-changed: ${path} has no ${from}`);
  writeFileSync(join(scratch, path), text.replace(from, to));
};

cpSync(corpus, scratch, { recursive: true });
const stacks = readdirSync(scratch)
  .filter((d) => d.startsWith('stack-'))
  .sort();
// A module called by 5 roots spread over the repository.
write('modules/db/main.tf', MODULE_TF());
const dir = stacks[Math.floor(files / 40)]; // the folder of the one-file change, not a caller
const callers = [0, 1, 2, 3, 4].map((i) => stacks[Math.floor(((i + 0.5) * stacks.length) / 5) + 1]);
if (callers.includes(dir)) throw new Error('bench-changed: the one-file change must not be in a caller');
for (const s of callers) write(`${s}/db.tf`, `module "db" {\n  source = "../modules/db"\n  name   = "${s}"\n}\n`);
// A kustomize base with 3 overlays.
write('k8s/base/deployment.yaml', DEPLOYMENT_YAML());
write('k8s/base/kustomization.yaml', 'resources:\n  - deployment.yaml\n');
for (const o of ['dev', 'staging', 'prod'])
  write(`k8s/overlays/${o}/kustomization.yaml`, `resources:\n  - ../../base\nnamespace: shop-${o}\n`);
git('init', '-q', '-b', 'main');
git('add', '-A');
git('commit', '-q', '-m', 'corpus');
const base = git('rev-parse', 'HEAD').toString().trim();

const tf = readdirSync(join(scratch, dir)).find((f) => f.endsWith('.tf') && f.startsWith('main-'));
const changes = [
  {
    name: 'one file',
    what: `${dir}/${tf}`,
    // One file changed: a database loses multi_az in the middle of the repository.
    apply: () => edit(`${dir}/${tf}`, /multi_az\s+=\s+(true|false)/, 'multi_az                = false'),
  },
  {
    name: 'shared module',
    what: `modules/db/main.tf (called by ${callers.length} roots)`,
    apply: () => edit('modules/db/main.tf', /multi_az {16}= true/, 'multi_az                = false'),
  },
  {
    name: 'kustomize base',
    what: 'k8s/base/deployment.yaml (3 overlays)',
    apply: () => edit('k8s/base/deployment.yaml', /replicas: 3/, 'replicas: 1'),
  },
];

/** CPU seconds (user + sys) of the waited-for children of this process, from /proc (Linux). */
function childCpu() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime + cstime, in clock ticks (100 Hz)
  } catch {
    return NaN;
  }
}

function time(extra, times = rounds) {
  let best = Infinity;
  const cpus = [];
  let out;
  for (let round = 0; round < times; round++) {
    const cpu0 = childCpu();
    const t0 = process.hrtime.bigint();
    out = spawnSync(process.execPath, [cli, '--diff-base', base, '--format', 'json', ...extra, '.'], {
      cwd: scratch,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
    cpus.push(childCpu() - cpu0);
    if (out.status !== 0 && out.status !== 1) throw new Error(`arch-lint exited ${out.status}: ${out.stderr}`);
  }
  const cpu = cpus.sort((a, b) => a - b)[Math.floor(cpus.length / 2)];
  return { seconds: best, cpu, report: JSON.parse(out.stdout) };
}

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const s = (n) => `${n.toFixed(2)} s`;
console.log(`corpus: ${files} files (+ a module called by 5 roots, a kustomize base with 3 overlays)`);
console.log(`load average before: ${load()}`);
for (const [i, change] of changes.entries()) {
  git('checkout', '-q', '-B', `change-${i}`, base);
  change.apply();
  git('commit', '-q', '-am', change.what);
  const changed = time([]);
  // --all-units is timed on the first change only (tens of seconds a round); the others are run once to compare.
  const all = i === 0 ? time(['--all-units']) : { ...time(['--all-units'], 1), seconds: NaN };
  const same =
    JSON.stringify(changed.report.findings) === JSON.stringify(all.report.findings) ? 'the same' : 'DIFFERENT';
  const scope = changed.report.summary.scope;
  console.log(`\n${change.name}: ${change.what}`);
  console.log(
    `  changed-units mode: ${s(changed.seconds)} wall, ${s(changed.cpu)} CPU ` +
      `(${scope ? `${scope.units} of ${scope.unitsTotal} units` : 'every unit'}, ${changed.report.summary.filesScanned} files), ` +
      `${changed.report.findings.length} new finding(s)`,
  );
  console.log(
    `  --all-units:        ${Number.isNaN(all.seconds) ? 'not timed' : `${s(all.seconds)} wall, ${s(all.cpu)} CPU`} ` +
      `(${all.report.summary.filesScanned} files), ${all.report.findings.length} new finding(s): ${same} new findings`,
  );
}
console.log(`\nload average after: ${load()}`);
console.log(
  `(wall: best of ${rounds} fresh \`arch-lint --diff-base\` processes, Node start-up included; ` +
    'CPU: median user + sys of the process and its git children; target < 1 s wall)',
);
if (!args.includes('--keep')) rmSync(scratch, { recursive: true, force: true });
else console.log(`scratch repository kept in ${scratch}`);

function MODULE_TF() {
  return `variable "name" {
  type = string
}

resource "aws_db_instance" "shared" {
  identifier              = "\${var.name}-shared"
  engine                  = "postgres"
  instance_class          = "db.m6g.large"
  allocated_storage       = 100
  multi_az                = true
  backup_retention_period = 7
  deletion_protection     = true
}
`;
}

function DEPLOYMENT_YAML() {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
  labels:
    app: shop
spec:
  replicas: 3
  selector:
    matchLabels:
      app: shop
  template:
    metadata:
      labels:
        app: shop
    spec:
      containers:
        - name: shop
          image: ghcr.io/acme/shop:1.0.0
          resources:
            requests: { cpu: 100m, memory: 128Mi }
            limits: { cpu: 500m, memory: 256Mi }
          readinessProbe:
            httpGet: { path: /healthz, port: 8080 }
          livenessProbe:
            httpGet: { path: /healthz, port: 8080 }
`;
}
