// The effective config is computed once and frozen: the config's severities, the command
// line's --rule / --skip-rule (ids and globs), engine ids, user rules, and usage errors.
import { describe, expect, it } from 'vitest';
import { makeEffectiveConfig } from '../../src/engine/config/effective.js';
import { defaultConfig, parseConfig } from '../../src/engine/config/load.js';
import { UsageError } from '../../src/engine/lint-api.js';
import type { Rule, RuleMeta } from '../../src/engine/rule.js';

function rule(id: string, extra: Partial<RuleMeta> = {}): Rule {
  return {
    meta: { id, category: 'availability', severity: 'error', title: id, description: id, messages: {}, ...extra },
    check: () => {},
  };
}

const RULES = [rule('aws-rds-multi-az'), rule('aws-s3-public-acl', { severity: 'warning' }), rule('k8s-missing-pdb')];

function configOf(yaml: string) {
  const { config, errors } = parseConfig('/repo/.arch-lint.yml', yaml);
  expect(errors).toEqual([]);
  return config!;
}

const severities = (c: ReturnType<typeof makeEffectiveConfig>) =>
  Object.fromEntries(c.rules.map((r) => [r.meta.id, r.severity]));

describe('makeEffectiveConfig', () => {
  it('is computed once: enabledRules() returns the same frozen list every time', () => {
    const c = makeEffectiveConfig(defaultConfig('/repo'), { cwd: '/repo', rules: RULES });
    const first = c.enabledRules();
    expect(c.enabledRules()).toBe(first);
    expect(first.map((e) => e.rule.meta.id)).toEqual(['aws-rds-multi-az', 'aws-s3-public-acl', 'k8s-missing-pdb']);
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => (c.rules as unknown[]).push(1)).toThrow();
  });

  it('lists every id a finding can carry with its effective severity and origin', () => {
    const c = makeEffectiveConfig(configOf('rules:\n  aws-rds-multi-az: warning\n  unused-suppression: "off"\n'), {
      cwd: '/repo',
      rules: RULES,
      userRules: [rule('my-own-rule', { severity: 'note' })],
    });
    expect(c.rules.map((r) => [r.meta.id, r.origin, r.severity])).toEqual([
      ['aws-rds-multi-az', 'builtin', 'warning'],
      ['aws-s3-public-acl', 'builtin', 'warning'],
      ['evaluation-limit', 'engine', 'note'],
      ['helm-render-error', 'engine', 'error'],
      ['k8s-missing-pdb', 'builtin', 'error'],
      ['my-own-rule', 'user', 'note'],
      ['parse-error', 'engine', 'error'],
      ['unused-suppression', 'engine', 'off'],
    ]);
    expect(c.severityOf('parse-error')).toBe('error');
    expect(c.severityOf('unused-suppression')).toBeUndefined();
    expect(c.extraMetas.map((m) => m.id)).toEqual(['parse-error', 'helm-render-error', 'evaluation-limit']);
  });

  it('--rule runs only the matching rules, globs allowed, and enables one the config turned off', () => {
    const c = makeEffectiveConfig(configOf('rules:\n  aws-s3-public-acl: "off"\n'), {
      cwd: '/repo',
      rules: RULES,
      select: { only: ['aws-*'] },
    });
    expect(severities(c)).toMatchObject({
      'aws-rds-multi-az': 'error',
      'aws-s3-public-acl': 'warning',
      'k8s-missing-pdb': 'off',
      'parse-error': 'error',
    });
    expect([...c.ran].sort()).toEqual(['aws-rds-multi-az', 'aws-s3-public-acl']);
  });

  it('--skip-rule turns rules and engine ids off and wins over --rule', () => {
    const c = makeEffectiveConfig(defaultConfig('/repo'), {
      cwd: '/repo',
      rules: RULES,
      select: { only: ['aws-*'], skip: ['aws-s3-public-acl', 'parse-error'] },
    });
    expect(c.enabledRules().map((e) => e.rule.meta.id)).toEqual(['aws-rds-multi-az']);
    expect(c.severityOf('parse-error')).toBeUndefined();
  });

  it('a selection that matches no id is a usage error with a suggestion', () => {
    const make = (only: string[]) =>
      makeEffectiveConfig(defaultConfig('/repo'), { cwd: '/repo', rules: RULES, select: { only } });
    expect(() => make(['aws-rds-multiaz'])).toThrow(UsageError);
    expect(() => make(['aws-rds-multiaz'])).toThrow(
      '--rule aws-rds-multiaz: no rule has this id (did you mean "aws-rds-multi-az"?)',
    );
    expect(() => make(['gcp-*'])).toThrow('--rule gcp-*: no rule has this id');
  });

  it('an unknown rule in the config and two rules with one id are usage errors', () => {
    expect(() =>
      makeEffectiveConfig(configOf('rules:\n  aws-rds-multiaz: warning\n'), { cwd: '/repo', rules: RULES }),
    ).toThrow('/repo/.arch-lint.yml:2:3: rules.aws-rds-multiaz: unknown rule (did you mean "aws-rds-multi-az"?)');
    expect(() =>
      makeEffectiveConfig(defaultConfig('/repo'), { cwd: '/repo', rules: RULES, userRules: [rule('k8s-missing-pdb')] }),
    ).toThrow('two rules have the id k8s-missing-pdb');
  });
});
