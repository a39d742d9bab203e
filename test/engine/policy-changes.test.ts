// What a change does to the policy: each weakening config key, with the line that makes it,
// and suppressions that are new (matched through renames, not by line).
import { describe, expect, it } from 'vitest';
import { parseConfig, type ArchLintConfig } from '../../src/engine/config/load.js';
import type { SuppressionSite } from '../../src/engine/lint-api.js';
import { configChanges, newSuppressions } from '../../src/engine/policy-changes.js';
import type { Severity } from '../../src/findings/finding.js';

const CWD = '/repo';
const DEFAULTS = new Map<string, Severity>([
  ['aws-rds-multi-az', 'error'],
  ['k8s-missing-pdb', 'warning'],
]);

function config(text: string): ArchLintConfig {
  const parsed = parseConfig('/repo/.arch-lint.yml', text);
  if (!parsed.config) throw new Error(JSON.stringify(parsed.errors));
  return parsed.config;
}

describe('configChanges', () => {
  it.each([
    ['no change', 'ignore: [a/**]\n', 'ignore: [a/**]\n', []],
    ['an ignore glob added', 'ignore: [a/**]\n', 'ignore:\n  - a/**\n  - "**"\n', ['3: ignore adds "**"']],
    ['a rule turned off', '', 'rules:\n  aws-rds-multi-az: off\n', ['2: rules.aws-rds-multi-az: error → off']],
    ['a rule lowered', '', 'rules:\n  aws-rds-multi-az: note\n', ['2: rules.aws-rds-multi-az: error → note']],
    ['a rule raised is not a weakening', '', 'rules:\n  k8s-missing-pdb: error\n', []],
    ['failOn raised', 'failOn: warning\n', 'failOn: none\n', ['1: failOn: warning → none']],
    ['failOn lowered is not a weakening', '', 'failOn: note\n', []],
    [
      'rule options changed',
      '',
      'rules:\n  k8s-missing-pdb: { severity: warning, options: { minReplicas: 9 } }\n',
      ['2: rules.k8s-missing-pdb.options: {} → {"minReplicas":9}'],
    ],
    ['maxFileBytes lowered', '', 'limits:\n  maxFileBytes: 10\n', ['2: limits.maxFileBytes: default → 10']],
    ['rulesDir changed', 'rulesDir: policies\n', 'rulesDir: other\n', ['1: rulesDir: policies → other']],
  ])('%s', (_name, base, head, expected) => {
    const changes = configChanges(config(base), config(head), DEFAULTS, CWD);
    expect(changes.map((c) => `${c.line}: ${c.text}`)).toEqual(expected);
    for (const c of changes) expect(c.file).toBe('.arch-lint.yml');
  });

  it('a deleted config file falls back to the defaults, and says so', () => {
    const base = config('rules:\n  k8s-missing-pdb: error\n');
    const head: ArchLintConfig = { file: '', dir: CWD, ignore: [], rules: {}, varFiles: [], limits: {} };
    expect(configChanges(base, head, DEFAULTS, CWD).map((c) => c.text)).toEqual([
      'the config file .arch-lint.yml is deleted',
      'rules.k8s-missing-pdb: error → warning',
    ]);
  });
});

describe('newSuppressions', () => {
  const site = (
    file: string,
    line: number,
    ruleIds: string[],
    extra: Partial<SuppressionSite> = {},
  ): SuppressionSite => ({
    kind: 'line',
    file,
    line,
    ruleIds,
    silenced: [],
    ...extra,
  });

  it('keeps the ones the base does not have, counting equal ones and following renames', () => {
    const base = [
      site('a.tf', 3, ['x']),
      site('old.tf', 1, ['y']),
      site('k.yaml', 2, ['z'], { kind: 'annotation', resource: 'Deployment/default/a' }),
    ];
    const head = [
      site('a.tf', 10, ['x']),
      site('a.tf', 20, ['x'], { reason: 'second one' }),
      site('new.tf', 1, ['y']),
      site('k.yaml', 5, ['z'], { kind: 'annotation', resource: 'Deployment/default/a' }),
      site('k.yaml', 9, ['z'], { kind: 'annotation', resource: 'Deployment/default/b' }),
    ];
    const found = newSuppressions(head, base, new Map([['old.tf', 'new.tf']]));
    expect(found.map((s) => `${s.file}:${s.line}`)).toEqual(['a.tf:20', 'k.yaml:9']);
  });
});
