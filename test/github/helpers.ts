// Hand-made findings for the GitHub unit tests.
import type { Finding } from '../../src/findings/finding.js';

export function finding(overrides: Partial<Finding> & Pick<Finding, 'file' | 'line'>): Finding {
  return {
    ruleId: 'aws-rds-multi-az',
    category: 'single-az-database',
    severity: 'error',
    message: 'RDS instance runs in a single availability zone.',
    column: 1,
    endLine: overrides.line,
    endColumn: 10,
    fingerprint: `fp-${overrides.file}-${overrides.line}-${overrides.ruleId ?? 'aws-rds-multi-az'}`,
    docsUrl: 'https://github.com/arch-lint/arch-lint/blob/main/docs/rules/aws-rds-multi-az.md',
    ...overrides,
  };
}
