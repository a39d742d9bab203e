// Lints a docs example the way a reader would run it: alone in a fresh directory, as
// main.tf (hcl), manifest.yaml (yaml) or the file it names, with only the documented rule
// enabled.

import type { AccessRecorder } from '../../../src/model/terraform/access.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { lint } from '../../support/lint.js';
import type { Finding } from '../../../src/findings/finding.js';
import type { DocExample } from './rule-docs.js';

const DEFAULT_FILE: Record<string, string> = { hcl: 'main.tf', yaml: 'manifest.yaml' };

/** Where an example is written: its own file name, else main.tf / manifest.yaml. */
export function exampleFile(example: DocExample): string {
  return example.file ?? DEFAULT_FILE[example.lang];
}

export interface ExampleOutcome {
  findings: Finding[];
  /** Parse errors and rule crashes: an example that produces any is broken. */
  problems: string[];
}

export async function lintExample(
  ruleId: string | undefined,
  example: DocExample,
  recordAccess?: AccessRecorder,
): Promise<ExampleOutcome> {
  const dir = mkdtempSync(join(tmpdir(), 'arch-lint-doc-example-'));
  try {
    const file = join(dir, exampleFile(example));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, example.code);
    const result = await lint({
      paths: ['.'],
      cwd: dir,
      root: dir,
      onlyRules: ruleId ? [ruleId] : undefined,
      ...(recordAccess ? { recordAccess } : {}),
    });
    const problems = [
      ...result.findings
        .filter((f) => f.ruleId === 'parse-error')
        .map((f) => `parse error at ${f.line}:${f.column}: ${f.message}`),
      ...result.internalErrors,
    ];
    return { findings: result.findings.filter((f) => f.ruleId !== 'parse-error'), problems };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
