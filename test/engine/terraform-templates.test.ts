// Terraform template files are skipped with an info line, never reported as broken YAML.
import { describe, expect, it } from 'vitest';
import { lint } from '../support/lint.js';
import { REPO_DIR } from '../support/shared.js';

const D = 'fixtures/engine/terraform-templates';

describe('Terraform template files', () => {
  it('skips files read by templatefile()/file() and unparsable YAML with template directives', async () => {
    const result = await lint({ paths: [D], cwd: REPO_DIR });
    expect(result.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.skipped).toEqual([
      { file: `${D}/cloud-init.yml`, reason: 'Terraform template (read by templatefile() or file()), not linted' },
      {
        file: `${D}/templates/values.yaml`,
        reason: 'Terraform template (read by templatefile() or file()), not linted',
      },
      {
        file: `${D}/unreferenced.yaml`,
        reason: 'Terraform template (template directives, not YAML until rendered), not linted',
      },
    ]);
    expect(result.summary).toEqual({ filesScanned: 1, filesSkipped: 3 });
  });
});
