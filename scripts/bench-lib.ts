// Entry bundled by scripts/bench.mjs: the pieces the benchmark times.
export { parseHcl } from '../src/parse/hcl/parser.js';
export { parseYamlStream } from '../src/parse/yaml/parse.js';
export { SourceFile } from '../src/parse/source.js';
export { lint } from '../src/engine/lint.js';
