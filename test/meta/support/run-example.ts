// Lints a docs example the way a reader would run it: alone in a fresh directory, as
// main.tf (hcl) or manifest.yaml (yaml), with only the documented rule enabled.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lint } from '../../../src/engine/lint.js';
import type { Finding } from '../../../src/findings/finding.js';
import type { DocExample } from './rule-docs.js';

export const EXAMPLE_FILE: Record<DocExample['lang'], string> = { hcl: 'main.tf', yaml: 'manifest.yaml' };

export interface ExampleOutcome {
  findings: Finding[];
  /** Parse errors and rule crashes: an example that produces any is broken. */
  problems: string[];
}

export async function lintExample(ruleId: string | undefined, example: DocExample): Promise<ExampleOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'arch-lint-doc-example-'));
  try {
    writeFileSync(join(dir, EXAMPLE_FILE[example.lang]), example.code);
    const result = await lint({ paths: ['.'], cwd: dir, root: dir, onlyRules: ruleId ? [ruleId] : undefined });
    const problems = [
      ...result.findings.filter((f) => f.ruleId === 'parse-error').map((f) => `parse error at ${f.line}:${f.column}: ${f.message}`),
      ...result.internalErrors,
    ];
    return { findings: result.findings.filter((f) => f.ruleId !== 'parse-error'), problems };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
