#!/usr/bin/env node
// Builds the committed bundles with esbuild: dist/cli.js (the `arch-lint` command) and
// dist/index.js (the GitHub Action, run by `node24`), and dist/worker.js (the worker
// threads both start). One file each, no node_modules
// needed at run time. Deterministic: same sources, same bytes (CI checks dist/ is current).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

// Some dependencies are CommonJS and call require(): give the ESM bundle one.
const banner = {
  js: "import { createRequire as __archLintCreateRequire } from 'node:module';\nconst require = __archLintCreateRequire(import.meta.url);",
};

const entries = [
  { in: 'src/main.ts', out: 'dist/cli.js', target: 'node20' },
  { in: 'src/action.ts', out: 'dist/index.js', target: 'node24' },
  // The worker threads of both (one per core, each linting deployment units); node20 runs on node24 too.
  { in: 'src/worker.ts', out: 'dist/worker.js', target: 'node20' },
];

for (const entry of entries) {
  if (!existsSync(join(repo, entry.in))) continue;
  await build({
    absWorkingDir: repo,
    entryPoints: [entry.in],
    outfile: entry.out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: entry.target,
    banner,
    legalComments: 'none',
    logLevel: 'warning',
  });
}
