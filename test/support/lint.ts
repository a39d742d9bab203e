// The engine with the built-in rules, as the CLI and the Action run it.

import { lint as lintWith } from '../../src/engine/lint.js';
import type { LintOptions, LintResult } from '../../src/engine/lint-api.js';
import { builtinRules } from '../../rules/index.js';

export function lint(options: LintOptions): Promise<LintResult> {
  return lintWith(options, builtinRules);
}
