#!/usr/bin/env node
// YAML parsing throughput on a folder's .yaml/.yml files, in CPU time (steadier than wall
// time on a shared machine): js-yaml's parseEvents, the fast event producer that replaces
// it for most files, and the whole parseYamlStream (events, positioned tree, comments).
// Also prints how many files the fast path answers for.
//   npm run bench:yaml -- FOLDER [--rounds 3]   (`npm run bench -- --files 10000 --keep` leaves one in bench-corpus/)
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { build } from 'esbuild';
import { parseEvents } from 'js-yaml';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 3;
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds');
if (!dir) {
  console.error('usage: npm run bench:yaml -- FOLDER [--rounds N]');
  process.exit(2);
}
const out = join(tmpdir(), `arch-lint-bench-yaml-${process.pid}.mjs`);
await build({
  stdin: {
    contents: `export { parseYamlStream } from './src/parse/yaml/parse.ts';
      export { fastEvents } from './src/parse/yaml/fast-events.ts';
      export { SourceFile } from './src/parse/source.ts';`,
    resolveDir: repo,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'error',
});
const lib = await import(pathToFileURL(out).href);
rmSync(out);
const files = execFileSync('find', [dir, '-type', 'f', '(', '-name', '*.yaml', '-o', '-name', '*.yml', ')'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter(Boolean)
  .sort();
const texts = files.map((f) => readFileSync(f, 'utf8'));
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1048576;
const fast = texts.filter((t) => lib.fastEvents(t, 100) !== undefined).length;
/** MB/s of CPU time, best of 5 passes. */
const speed = (fn) => {
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const c0 = process.cpuUsage();
    for (const t of texts) fn(t);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1e6);
  }
  return mb / best;
};
const runs = {
  'js-yaml parseEvents': (t) => {
    try {
      parseEvents(t, { maxDepth: 100 });
    } catch {
      // A file js-yaml refuses costs what it costs.
    }
  },
  'fast events': (t) => lib.fastEvents(t, 100),
  parseYamlStream: (t) => lib.parseYamlStream(new lib.SourceFile('bench.yaml', t)),
};
const results = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
for (let r = 0; r < rounds; r++) for (const [k, fn] of Object.entries(runs)) results[k].push(speed(fn));
console.log(`${files.length} files, ${mb.toFixed(1)} MB; the fast path answers for ${fast} of them`);
console.log(`CPU-time MB/s, best of 5 passes, ${rounds} interleaved rounds:`);
for (const [k, v] of Object.entries(results)) console.log(`  ${k.padEnd(20)} ${v.map((x) => x.toFixed(1)).join('  ')}`);
