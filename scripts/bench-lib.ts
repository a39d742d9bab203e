// Entry bundled by scripts/bench.mjs: the pieces the benchmark times.
export { parseHcl } from '../src/parse/hcl/parser.js';
export { parseYamlStream } from '../src/parse/yaml/parse.js';
export { SourceFile } from '../src/parse/source.js';
import { lint as lintWith } from '../src/engine/lint.js';
import type { LintOptions } from '../src/engine/lint-api.js';
import { builtinRules } from '../rules/index.js';

/** Lints with the built-in rules; `workerScript`: the bundled src/worker.ts the worker threads run. */
export const lint = (options: LintOptions, workerScript?: string) =>
  lintWith(options, builtinRules, workerScript ? { workerScript } : {});
export { tuneHeapForRuns } from '../src/engine/heap.js';
