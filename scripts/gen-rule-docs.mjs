#!/usr/bin/env node
// Regenerates docs/rules/README.md, the rule index, from the built-in rules' metadata.
// test/meta/rule-index.test.ts fails when the committed file is stale.
//   npm run docs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const libFile = join(repo, 'build', 'gen-rule-docs-lib.mjs');

mkdirSync(dirname(libFile), { recursive: true });
await build({
  entryPoints: [join(repo, 'scripts/gen-rule-docs-lib.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: libFile,
  logLevel: 'error',
  packages: 'external',
});
const lib = await import(pathToFileURL(libFile).href);

const target = join(repo, lib.RULE_INDEX_PATH);
writeFileSync(target, lib.builtinRuleIndex());
console.log(`wrote ${lib.RULE_INDEX_PATH}`);
writeFileSync(join(repo, lib.REGISTRY_DOC_PATH), lib.registryTableDoc());
console.log(`wrote ${lib.REGISTRY_DOC_PATH}`);
