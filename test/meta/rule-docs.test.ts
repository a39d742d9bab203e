// The docs page reader the meta-test relies on: a misread page would make the executed
// examples check pass or fail for the wrong reason.
import { describe, expect, it } from 'vitest';
import { parseRuleDoc } from './support/rule-docs.js';
import { exampleFile, lintExample } from './support/run-example.js';

const PAGE = [
  '# some-rule',
  '',
  'Databases must be Multi-AZ',
  '',
  '| Category | Default severity | Fixable |',
  '| --- | --- | --- |',
  '| `single-az-database` | `error` | yes |',
  '',
  '## What it checks',
  'Things.',
  '## Why it matters',
  'Outages.',
  '## How to fix',
  'Set it.',
  '## Examples',
  '### Failing',
  '```hcl fail',
  'resource "aws_db_instance" "a" {}',
  '```',
  '```json fail env/terraform.tfstate',
  '{}',
  '```',
  '### Passing',
  '```yaml pass',
  'kind: ConfigMap',
  '```',
  '```hcl failing',
  '```',
  '```json pass',
  '```',
  '```hcl',
  'not an example',
  '```',
  '## Options',
  '`require`: which.',
  '',
].join('\n');

describe('parseRuleDoc', () => {
  const doc = parseRuleDoc(PAGE);

  it('reads heading, title and the metadata table without backticks', () => {
    expect(doc.heading).toBe('# some-rule');
    expect(doc.title).toBe('Databases must be Multi-AZ');
    expect(doc.table).toEqual({
      header: ['Category', 'Default severity', 'Fixable'],
      row: ['single-az-database', 'error', 'yes'],
    });
  });

  it('lists sections in order with their bodies', () => {
    expect(doc.sections.map((s) => s.name)).toEqual([
      'What it checks',
      'Why it matters',
      'How to fix',
      'Examples',
      'Options',
    ]);
    expect(doc.sections[0].body.trim()).toBe('Things.');
    expect(doc.sections[3].body).toContain('```hcl fail');
  });

  it('collects example blocks with their kind, file and line; flags lookalike fences', () => {
    expect(doc.examples).toEqual([
      { lang: 'hcl', expect: 'fail', code: 'resource "aws_db_instance" "a" {}\n', line: 17 },
      { lang: 'json', expect: 'fail', file: 'env/terraform.tfstate', code: '{}\n', line: 20 },
      { lang: 'yaml', expect: 'pass', code: 'kind: ConfigMap\n', line: 24 },
    ]);
    expect(doc.unknownFences).toEqual([
      { info: 'hcl failing', line: 27 },
      { info: 'json pass', line: 29 },
    ]);
    expect(doc.examples.map(exampleFile)).toEqual(['main.tf', 'env/terraform.tfstate', 'manifest.yaml']);
  });

  it('refuses example file names that climb out of the example directory', () => {
    const escaping = parseRuleDoc('# x\n\n```json fail ../terraform.tfstate\n{}\n```\n');
    expect(escaping.examples).toEqual([]);
    expect(escaping.unknownFences).toHaveLength(1);
  });

  it('has no table when the page has none', () => {
    expect(parseRuleDoc('# x\n\ntitle\n').table).toBeUndefined();
  });
});

describe('lintExample', () => {
  it('lints an example alone, with only the named rule, and reports parse errors as problems', async () => {
    const broken = await lintExample('aws-rds-multi-az', {
      lang: 'hcl',
      expect: 'fail',
      code: 'resource "aws_db_instance" "a" {\n',
      line: 1,
    });
    expect(broken.problems.length).toBeGreaterThan(0);
    const flagged = await lintExample('aws-rds-multi-az', {
      lang: 'hcl',
      expect: 'fail',
      code: 'resource "aws_db_instance" "a" {\n  engine         = "postgres"\n  instance_class = "db.t3.micro"\n  multi_az       = false\n}\n',
      line: 1,
    });
    expect(flagged.problems).toEqual([]);
    expect(flagged.findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual(['aws-rds-multi-az main.tf:4']);
  });
});
