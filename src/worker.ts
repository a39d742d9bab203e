// Entry of the worker threads that lint deployment units (src/engine/unit-workers.ts):
// the built-in rules, as the CLI and the Action run them. Bundled as dist/worker.js.
import { builtinRules } from '../rules/index.js';
import { serveUnits } from './engine/unit-workers.js';

serveUnits(builtinRules);
