#!/usr/bin/env node
// Benchmark (not a test): generates deterministic corpora of mixed Terraform and
// Kubernetes (~1 KB a file, 20 files a folder), then prints HCL and YAML parser throughput
// and the scaling curve: for 2,500 / 5,000 / 10,000 / 20,000 files, the time and peak RSS
// of a full lint in a fresh process, on every core (this thread and a worker per other
// core) and in one thread; best of --runs (default 3) for time, the largest peak RSS.
//   npm run bench [-- --sizes 2500,5000,10000,20000] [-- --files 10000 (one size)] [-- --runs 3] [-- --keep]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { loadAll } from 'js-yaml';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const sizes = arg('--files')
  ? [Number(arg('--files'))]
  : (arg('--sizes') ?? '2500,5000,10000,20000').split(',').map(Number);
const fileCount = sizes.includes(10_000) ? 10_000 : sizes[sizes.length - 1];
const corpus = join(repo, 'bench-corpus');
const libFile = join(repo, 'build', 'bench-lib.mjs');
const workerFile = join(repo, 'build', 'worker.mjs');

// Deterministic PRNG (mulberry32) so every run lints the same bytes.
let seed;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

function terraformFile(i) {
  const env = pick(['prod', 'staging', 'dev']);
  const n = `svc${i}`;
  return `locals {
  name = "${n}-${env}"
  tags = { Service = "${n}", Environment = "${env}", Owner = "team-${i % 17}" }
}

variable "instance_class_${i}" {
  type    = string
  default = "db.${pick(['r6g', 'm6g', 't4g'])}.large"
}

resource "aws_db_instance" "${n}" {
  identifier              = local.name
  engine                  = "${pick(['postgres', 'mysql'])}"
  instance_class          = var.instance_class_${i}
  allocated_storage       = ${20 + Math.floor(rand() * 500)}
  multi_az                = ${rand() < 0.5}
  backup_retention_period = ${Math.floor(rand() * 14)}
  deletion_protection     = ${rand() < 0.7}
  tags                    = local.tags
}

resource "aws_s3_bucket" "${n}" {
  bucket = "acme-\${local.name}-data"
  tags   = merge(local.tags, { Data = "true" })
}

resource "aws_s3_bucket_versioning" "${n}" {
  bucket = aws_s3_bucket.${n}.id
  versioning_configuration {
    status = "${pick(['Enabled', 'Suspended'])}"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "${n}" {
  bucket = aws_s3_bucket.${n}.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "${pick(['aws:kms', 'AES256'])}"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "${n}" {
  bucket                  = aws_s3_bucket.${n}.id
  block_public_acls       = true
  block_public_policy     = ${rand() < 0.8}
  ignore_public_acls      = true
  restrict_public_buckets = true
}

output "${n}_endpoint" {
  value = aws_db_instance.${n}.endpoint
}
`;
}

function kubernetesFile(i) {
  const replicas = pick([1, 2, 3]);
  const withLimits = rand() < 0.5;
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-${i}
  namespace: team-${i % 23}
  labels:
    app: web-${i}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: web-${i}
  template:
    metadata:
      labels:
        app: web-${i}
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/web-${i}:1.${i % 50}.0
          ports:
            - containerPort: 8080
          env:
            - name: LOG_LEVEL
              value: ${pick(['info', 'debug', 'warn'])}
${
  withLimits
    ? `          resources:
            requests: { cpu: 100m, memory: 128Mi }
            limits: { cpu: 500m, memory: 256Mi }
`
    : ''
}          readinessProbe:
            httpGet: { path: /healthz, port: 8080 }
${
  rand() < 0.3
    ? `          livenessProbe:
            httpGet: { path: /livez, port: 8080 }
            initialDelaySeconds: 10
`
    : ''
}---
apiVersion: v1
kind: Service
metadata:
  name: web-${i}
  namespace: team-${i % 23}
spec:
  selector:
    app: web-${i}
  ports:
    - port: 80
      targetPort: 8080
`;
}

function generate(fileCount) {
  seed = 0x5eed;
  rmSync(corpus, { recursive: true, force: true });
  let bytes = 0;
  for (let i = 0; i < fileCount; i++) {
    const dir = join(corpus, `stack-${String(Math.floor(i / 20)).padStart(4, '0')}`);
    if (i % 20 === 0) mkdirSync(dir, { recursive: true });
    const tf = i % 2 === 0;
    const text = tf ? terraformFile(i) : kubernetesFile(i);
    writeFileSync(join(dir, tf ? `main-${i}.tf` : `app-${i}.yaml`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

function readAll(ext) {
  const out = [];
  for (const d of readdirSync(corpus).sort())
    for (const f of readdirSync(join(corpus, d)).sort())
      if (f.endsWith(ext)) out.push([`${d}/${f}`, readFileSync(join(corpus, d, f), 'utf8')]);
  return out;
}

function throughput(files, parse, SourceFile) {
  const sources = SourceFile ? files.map(([p, t]) => new SourceFile(p, t)) : files.map(([, t]) => t);
  const bytes = files.reduce((n, [, t]) => n + Buffer.byteLength(t), 0);
  for (const s of sources.slice(0, 200)) parse(s); // warm up the JIT
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const t0 = process.hrtime.bigint();
    for (const s of sources) parse(s);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return { mb: bytes / 1024 / 1024, mbps: bytes / 1024 / 1024 / best };
}

if (args.includes('--child')) {
  // Fresh process: one full lint of the corpus, reporting time and peak RSS (worker threads included).
  const lib = await import(pathToFileURL(libFile).href);
  lib.tuneHeapForRuns(); // as the CLI and the Action do
  const t0 = process.hrtime.bigint();
  const result = await lib.lint({ paths: [corpus], cwd: repo, workers: Number(arg('--workers')) }, workerFile);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  process.stdout.write(
    JSON.stringify({
      seconds,
      files: result.summary.filesScanned,
      findings: result.findings.length,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
    }),
  );
  process.exit(0);
}

mkdirSync(dirname(libFile), { recursive: true });
for (const [entry, outfile] of [
  ['scripts/bench-lib.ts', libFile],
  ['src/worker.ts', workerFile],
])
  await build({
    entryPoints: [join(repo, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    banner: {
      js: "import { createRequire as __archLintCreateRequire } from 'node:module';\nconst require = __archLintCreateRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
const fmt = (n, d = 1) => n.toFixed(d);
const runs = Number(arg('--runs') ?? 3);
const lintOnce = (workers) =>
  JSON.parse(
    execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', '--workers', String(workers)], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    }),
  );
// The fastest of the runs (others' load only slows a run down); the largest peak RSS.
const lint = (workers) => {
  const all = Array.from({ length: runs }, () => lintOnce(workers));
  const best = all.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  return { ...best, maxRssMB: Math.max(...all.map((r) => r.maxRssMB)) };
};
const lib = await import(pathToFileURL(libFile).href);
const cores = availableParallelism();
console.log(
  `node ${process.version}, ${cores} cores available, load average ${loadavg()
    .map((l) => fmt(l, 2))
    .join(' ')}`,
);

const curve = [];
for (const size of sizes) {
  const bytes = generate(size);
  if (size === fileCount) {
    const hcl = throughput(readAll('.tf'), lib.parseHcl, lib.SourceFile);
    const yaml = throughput(readAll('.yaml'), (s) => lib.parseYamlStream(s), lib.SourceFile);
    // Reference on the same files and machine state: js-yaml building plain values, without positions.
    const jsYaml = throughput(readAll('.yaml'), (t) => loadAll(t));
    console.log(`HCL parser:   ${fmt(hcl.mbps)} MB/s (${fmt(hcl.mb)} MB of .tf, best of 3)`);
    console.log(
      `YAML parser:  ${fmt(yaml.mbps)} MB/s (${fmt(yaml.mb)} MB of .yaml, best of 3; js-yaml loadAll without positions: ${fmt(jsYaml.mbps)} MB/s)`,
    );
  }
  const threaded = lint(cores);
  const single = lint(1);
  curve.push({ size, bytes, threaded, single, load: loadavg()[0] });
}
console.log(
  `\nfull lint, fresh process each, best of ${runs} (all cores: this thread and ${cores - 1} worker${cores === 2 ? '' : 's'}; 1 thread: this one alone)`,
);
console.log(
  '   files     MB   findings | all cores: time  files/s  peak RSS | 1 thread: time  peak RSS | speed-up | load',
);
for (const { size, bytes, threaded: t, single: s, load } of curve)
  console.log(
    `${String(size).padStart(8)} ${fmt(bytes / 1024 / 1024).padStart(6)} ${String(t.findings).padStart(10)} |` +
      ` ${fmt(t.seconds, 2).padStart(8)} s ${fmt(t.files / t.seconds, 0).padStart(8)} ${fmt(t.maxRssMB, 0).padStart(6)} MB |` +
      ` ${fmt(s.seconds, 2).padStart(8)} s ${fmt(s.maxRssMB, 0).padStart(6)} MB |` +
      ` ${fmt(s.seconds / t.seconds, 2).padStart(7)}x | ${fmt(load, 2)}`,
  );
const at = (n) => curve.find((c) => c.size === n);
if (at(5000) && at(20000))
  console.log(
    `peak RSS at 20,000 / at 5,000 files: ${fmt(at(20000).threaded.maxRssMB / at(5000).threaded.maxRssMB, 2)} (all cores), ${fmt(at(20000).single.maxRssMB / at(5000).single.maxRssMB, 2)} (1 thread)`,
  );
if (existsSync(corpus) && !args.includes('--keep')) rmSync(corpus, { recursive: true, force: true });
