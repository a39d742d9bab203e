// .arch-lint.yml loading: every error case names file, line, column and key; rule ids and
// options are checked against the rules that exist; ignore globs and config discovery.
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { createIgnoreMatcher } from '../../src/engine/config/ignore.js';
import { defaultConfig, findConfig, loadConfig, parseConfig } from '../../src/engine/config/load.js';
import { resolveRuleSetting, validateRuleSettings } from '../../src/engine/config/rule-settings.js';
import { formatConfigError, type ConfigError } from '../../src/engine/config/schema-errors.js';
import { closest } from '../../src/engine/config/suggest.js';
import type { RuleMeta } from '../../src/engine/rule.js';
import { REPO_DIR } from '../support/shared.js';
import { tempDir } from '../support/temp-dirs.js';

const FIXTURES = join(REPO_DIR, 'fixtures/config');
const FILE = '.arch-lint.yml';

function rule(id: string, extra: Partial<RuleMeta> = {}): RuleMeta {
  return { id, category: 'availability', severity: 'error', title: id, description: id, messages: {}, ...extra };
}

const RULES: RuleMeta[] = [
  rule('aws-rds-multi-az'),
  rule('aws-s3-public-acl'),
  rule('k8s-container-resource-limits', {
    severity: 'warning',
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        require: { type: 'array', items: { enum: ['cpu', 'memory'] } },
        minReplicas: { type: 'integer', minimum: 1 },
      },
    },
    defaultOptions: { require: ['cpu', 'memory'] },
  }),
];

type Expected = Pick<ConfigError, 'line' | 'column' | 'key' | 'message'>;
const strip = (errors: ConfigError[]): Expected[] =>
  errors.map(({ line, column, key, message }) => ({ line, column, key, message }));

describe('parseConfig errors', () => {
  it.each<[string, string, Expected[]]>([
    [
      'bad YAML',
      'rules:\n  a: [1, 2\n',
      [{ line: 3, column: 1, key: '', message: 'invalid YAML: deficient indentation' }],
    ],
    [
      'two documents',
      'failOn: error\n---\nfailOn: note\n',
      [{ line: 2, column: 1, key: '', message: 'the config must be a single YAML document' }],
    ],
    [
      'duplicate key',
      'rules:\n  aws-rds-multi-az: off\n  aws-rds-multi-az: error\n',
      [{ line: 3, column: 3, key: 'rules.aws-rds-multi-az', message: 'duplicate key' }],
    ],
    ['root is a list', '- failOn\n', [{ line: 1, column: 1, key: '', message: 'must be a mapping (got a list)' }]],
    [
      'unknown top-level key',
      'failOn: error\nRules: {}\n',
      [{ line: 2, column: 1, key: 'Rules', message: 'unknown key (did you mean "rules"?)' }],
    ],
    [
      'unknown top-level key, nothing close',
      'colour: red\n',
      [
        {
          line: 1,
          column: 1,
          key: 'colour',
          message: 'unknown key; allowed: failOn, ignore, rules, rulesDir, varFiles, helm, limits',
        },
      ],
    ],
    [
      'bad failOn',
      'failOn: always\n',
      [{ line: 1, column: 1, key: 'failOn', message: 'must be one of error, warning, note, none (got "always")' }],
    ],
    [
      'bad severity',
      'failOn: error\nignore: []\nrules:\n  aws-rds-multi-az: warn\n',
      [
        {
          line: 4,
          column: 3,
          key: 'rules.aws-rds-multi-az',
          message: 'must be one of off, note, warning, error (got "warn"; did you mean "warning"?)',
        },
      ],
    ],
    [
      'bad severity in a mapping',
      'rules:\n  aws-rds-multi-az: { severity: fatal }\n',
      [
        {
          line: 2,
          column: 23,
          key: 'rules.aws-rds-multi-az.severity',
          message: 'must be one of off, note, warning, error (got "fatal")',
        },
      ],
    ],
    [
      'rule setting of the wrong type',
      'rules:\n  aws-rds-multi-az: 3\n',
      [
        {
          line: 2,
          column: 3,
          key: 'rules.aws-rds-multi-az',
          message:
            'must be a severity (off, note, warning, error) or a mapping with severity and options (got an integer)',
        },
      ],
    ],
    [
      'unknown key in a rule setting',
      'rules:\n  aws-rds-multi-az:\n    severity: error\n    option: {}\n',
      [{ line: 4, column: 5, key: 'rules.aws-rds-multi-az.option', message: 'unknown key (did you mean "options"?)' }],
    ],
    [
      'options not a mapping',
      'rules:\n  x: { options: [1] }\n',
      [{ line: 2, column: 8, key: 'rules.x.options', message: 'must be a mapping (got a list)' }],
    ],
    [
      'rule id not kebab-case',
      'rules:\n  AwsRds: off\n',
      [
        {
          line: 2,
          column: 3,
          key: 'rules.AwsRds',
          message: 'rule ids are kebab-case: lowercase letters, digits and "-"',
        },
      ],
    ],
    [
      'ignore not a list',
      'ignore: legacy/**\n',
      [{ line: 1, column: 1, key: 'ignore', message: 'must be a list (got a string)' }],
    ],
    [
      'ignore item wrong type',
      'ignore:\n  - legacy/**\n  - 42\n',
      [{ line: 3, column: 5, key: 'ignore[1]', message: 'must be a string (got an integer)' }],
    ],
    [
      'empty varFiles entry',
      'varFiles: [prod.tfvars, ""]\n',
      [{ line: 1, column: 25, key: 'varFiles[1]', message: 'must not be empty' }],
    ],
    [
      'rulesDir wrong type',
      'rulesDir: [a]\n',
      [{ line: 1, column: 1, key: 'rulesDir', message: 'must be a string (got a list)' }],
    ],
    [
      'limits out of range and wrong type',
      'limits:\n  maxFileBytes: 0\n  yamlMaxDepth: 2.5\n  yamlMaxAlias: 3\n',
      [
        { line: 2, column: 3, key: 'limits.maxFileBytes', message: 'must be >= 1 (got 0)' },
        { line: 3, column: 3, key: 'limits.yamlMaxDepth', message: 'must be an integer (got a number)' },
        { line: 4, column: 3, key: 'limits.yamlMaxAlias', message: 'unknown key (did you mean "yamlMaxAliases"?)' },
      ],
    ],
    [
      'empty rules section',
      'rules:\n',
      [{ line: 1, column: 1, key: 'rules', message: 'must be a mapping (got null)' }],
    ],
    [
      '__proto__ stays a plain key',
      '__proto__: { failOn: none }\n',
      [
        {
          line: 1,
          column: 1,
          key: '__proto__',
          message: 'unknown key; allowed: failOn, ignore, rules, rulesDir, varFiles, helm, limits',
        },
      ],
    ],
  ])('%s', (_name, text, expected) => {
    const result = parseConfig(FILE, text);
    expect(result.config).toBeUndefined();
    expect(strip(result.errors)).toEqual(expected);
    for (const e of result.errors) expect(e.file).toBe(FILE);
  });

  it('lists several errors in reading order', () => {
    const { errors } = parseConfig(FILE, 'rules:\n  a: 1\nfailOn: x\nignore: y\n');
    expect(errors.map((e) => `${e.line}:${e.column}`)).toEqual(['2:3', '3:1', '4:1']);
  });
});

describe('parseConfig success', () => {
  it('accepts an empty file and a comments-only file', () => {
    for (const text of ['', '# nothing yet\n']) {
      const { config, errors } = parseConfig('/repo/.arch-lint.yml', text);
      expect(errors).toEqual([]);
      expect(config).toMatchObject({ dir: '/repo', ignore: [], rules: {}, varFiles: [], limits: {} });
    }
  });

  it('normalizes rule settings and resolves paths against the config directory', () => {
    const { config, errors } = loadConfig(join(FIXTURES, 'valid/.arch-lint.yml'));
    expect(errors).toEqual([]);
    expect(config).toMatchObject({
      dir: join(FIXTURES, 'valid'),
      failOn: 'warning',
      ignore: ['legacy/**', '**/examples/**', 'generated/'],
      rules: {
        'aws-rds-multi-az': { severity: 'warning' },
        'k8s-container-resource-limits': { severity: 'error', options: { require: ['memory'] } },
        'aws-s3-public-acl': { severity: 'off' },
      },
      rulesDir: join(FIXTURES, 'valid/custom-rules'),
      varFiles: [join(FIXTURES, 'valid/env/prod.tfvars')],
      limits: { maxFileBytes: 1048576, yamlMaxAliases: 50, yamlMaxDepth: 64 },
    });
    expect(validateRuleSettings(config!, RULES)).toEqual([]);
  });
});

describe('loadConfig', () => {
  it('reports an invalid fixture with its path', () => {
    const path = join(FIXTURES, 'invalid/.arch-lint.yml');
    const { errors } = loadConfig(path);
    expect(errors.map(formatConfigError)).toEqual([
      `${path}:3:3: rules.aws-rds-multi-az: must be one of off, note, warning, error (got "sometimes")`,
    ]);
  });

  it('reports a missing file without a position', () => {
    const { errors, config } = loadConfig(join(FIXTURES, 'nope/.arch-lint.yml'));
    expect(config).toBeUndefined();
    expect(errors).toEqual([
      {
        file: join(FIXTURES, 'nope/.arch-lint.yml'),
        line: 0,
        column: 0,
        key: '',
        message: 'cannot read the config file: no such file',
      },
    ]);
    expect(formatConfigError(errors[0])).toBe(
      `${join(FIXTURES, 'nope/.arch-lint.yml')}: cannot read the config file: no such file`,
    );
  });

  it('reports a directory given as the config file', () => {
    const { errors } = loadConfig(FIXTURES);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 0, key: '' });
    expect(errors[0].message).toMatch(/^cannot read the config file: /);
  });
});

describe('validateRuleSettings', () => {
  function check(text: string): Expected[] {
    const { config, errors } = parseConfig(FILE, text);
    expect(errors).toEqual([]);
    return strip(validateRuleSettings(config!, RULES));
  }

  it.each<[string, string, Expected[]]>([
    [
      'unknown rule with a suggestion',
      'rules:\n  aws-rds-multiaz: warning\n',
      [
        {
          line: 2,
          column: 3,
          key: 'rules.aws-rds-multiaz',
          message: 'unknown rule (did you mean "aws-rds-multi-az"?)',
        },
      ],
    ],
    [
      'unknown rule, nothing close',
      'rules:\n  gcp-sql-ha: warning\n',
      [{ line: 2, column: 3, key: 'rules.gcp-sql-ha', message: 'unknown rule' }],
    ],
    [
      'bad option value',
      'rules:\n  k8s-container-resource-limits:\n    options:\n      require: [memroy]\n',
      [
        {
          line: 4,
          column: 17,
          key: 'rules.k8s-container-resource-limits.options.require[0]',
          message: 'must be one of cpu, memory (got "memroy"; did you mean "memory"?)',
        },
      ],
    ],
    [
      'unknown option and wrong option type',
      'rules:\n  k8s-container-resource-limits: { options: { minReplicas: 0, requires: [cpu] } }\n',
      [
        {
          line: 2,
          column: 47,
          key: 'rules.k8s-container-resource-limits.options.minReplicas',
          message: 'must be >= 1 (got 0)',
        },
        {
          line: 2,
          column: 63,
          key: 'rules.k8s-container-resource-limits.options.requires',
          message: 'unknown key (did you mean "require"?)',
        },
      ],
    ],
    [
      'options for a rule that takes none',
      'rules:\n  aws-rds-multi-az: { options: { x: 1 } }\n',
      [
        {
          line: 2,
          column: 23,
          key: 'rules.aws-rds-multi-az.options',
          message: 'rule aws-rds-multi-az takes no options',
        },
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(check(text)).toEqual(expected);
  });

  it('formats like the contract example', () => {
    const { config } = parseConfig(
      FILE,
      'failOn: error\nignore: []\nrules:\n  aws-rds-multi-az: warning\n  aws-rds-multiaz: error\n',
    );
    expect(validateRuleSettings(config!, RULES).map(formatConfigError)).toEqual([
      '.arch-lint.yml:5:3: rules.aws-rds-multiaz: unknown rule (did you mean "aws-rds-multi-az"?)',
    ]);
  });
});

describe('resolveRuleSetting', () => {
  const { config } = parseConfig(
    FILE,
    'rules:\n  aws-rds-multi-az: off\n  k8s-container-resource-limits: { severity: error, options: { minReplicas: 2 } }\n',
  );
  it.each([
    ['aws-rds-multi-az', { enabled: false, severity: 'error', options: {} }],
    ['aws-s3-public-acl', { enabled: true, severity: 'error', options: {} }],
    [
      'k8s-container-resource-limits',
      { enabled: true, severity: 'error', options: { require: ['cpu', 'memory'], minReplicas: 2 } },
    ],
  ])('%s', (id, expected) => {
    expect(
      resolveRuleSetting(
        config!,
        RULES.find((r) => r.id === id)!,
      ),
    ).toEqual(expected);
  });
});

describe('createIgnoreMatcher', () => {
  const match = createIgnoreMatcher({
    dir: '/repo/infra',
    ignore: ['legacy/**', '**/examples/**', 'generated/', '*.tmp.tf', 'vendor'],
  });
  it.each([
    ['/repo/infra/legacy/a.tf', true],
    ['/repo/infra/legacy', true],
    ['/repo/infra/modules/db/examples/simple/main.tf', true],
    ['/repo/infra/generated/x/y.yaml', true],
    ['/repo/infra/scratch.tmp.tf', true],
    ['/repo/infra/vendor/chart/values.yaml', true],
    ['/repo/infra/.hidden/legacy/a.tf', false],
    ['/repo/infra/main.tf', false],
    ['/repo/infra/legacyish/a.tf', false],
    ['/repo/legacy/a.tf', false],
    ['/repo/infra', false],
  ])('%s → %s', (path, expected) => {
    expect(match(path)).toBe(expected);
  });

  it('matches nothing without globs', () => {
    expect(createIgnoreMatcher(defaultConfig('/repo'))('/repo/a.tf')).toBe(false);
  });
});

describe('findConfig', () => {
  it('finds .arch-lint.yml upward from a directory or a file', () => {
    expect(findConfig(join(FIXTURES, 'nested/infra/db'))).toBe(join(FIXTURES, 'nested/.arch-lint.yml'));
    expect(findConfig(join(FIXTURES, 'nested/infra/db/main.tf'))).toBe(join(FIXTURES, 'nested/.arch-lint.yml'));
    expect(findConfig(join(FIXTURES, 'nested'))).toBe(join(FIXTURES, 'nested/.arch-lint.yml'));
  });

  it('finds .arch-lint.yaml', () => {
    expect(findConfig(join(FIXTURES, 'yaml-ext/sub'))).toBe(join(FIXTURES, 'yaml-ext/.arch-lint.yaml'));
  });

  it('returns undefined when there is none up to the root', () => {
    const dir = realpathSync(tempDir('noconfig'));
    expect(findConfig(dir)).toBeUndefined();
  });
});

describe('closest', () => {
  it.each([
    ['aws-rds-multiaz', ['aws-rds-multi-az', 'aws-s3-public-acl'], 'aws-rds-multi-az'],
    ['Rules', ['failOn', 'rules'], 'rules'],
    ['zzz', ['failOn', 'rules'], undefined],
    ['warn', ['off', 'note', 'warning', 'error'], 'warning'],
    ['er', ['off', 'note', 'warning', 'error'], undefined],
  ])('%s', (word, candidates, expected) => expect(closest(word, candidates)).toBe(expected));
});

// The published schema: valid JSON Schema, every setting documented, and the contract's
// own example config (docs/design.md, "Config") accepted as written.
const schema = JSON.parse(readFileSync(join(REPO_DIR, 'schema/arch-lint.schema.json'), 'utf8'));

function undocumented(node: unknown, path: string): string[] {
  if (!node || typeof node !== 'object') return [];
  const out: string[] = [];
  const props = (node as { properties?: Record<string, unknown> }).properties ?? {};
  for (const [key, sub] of Object.entries(props)) {
    const s = sub as { description?: string; $ref?: string };
    if (!s.description && !s.$ref) out.push(`${path}.${key}`);
    out.push(...undocumented(sub, `${path}.${key}`));
  }
  return out;
}

describe('schema/arch-lint.schema.json', () => {
  it('compiles in strict mode and declares its dialect and id', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toMatch(/^https:\/\//);
    expect(() => new Ajv({ strict: true, allErrors: true }).compile(schema)).not.toThrow();
  });

  it('documents every setting', () => {
    expect(undocumented(schema, '')).toEqual([]);
  });

  it('accepts a bare severity and the long form for a rule, and rejects other shapes', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate({ rules: { a: 'off', b: { severity: 'note' }, c: { options: {} } } })).toBe(true);
    expect(validate({ rules: { a: 'disabled' } })).toBe(false);
    expect(validate({ rules: { a: { severity: 'warning', extra: 1 } } })).toBe(false);
    expect(validate({ rules: { a: ['error'] } })).toBe(false);
  });
});

describe('docs/design.md config example', () => {
  it('is a valid config', () => {
    const design = readFileSync(join(REPO_DIR, 'docs/design.md'), 'utf8');
    const section = design.slice(design.indexOf('## Config'));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    const { config, errors } = parseConfig('/repo/.arch-lint.yml', example!);
    expect(errors).toEqual([]);
    const rules: RuleMeta[] = ['aws-rds-multi-az', 'k8s-container-resource-limits'].map((id) => ({
      id,
      category: 'c',
      severity: 'error',
      title: id,
      description: id,
      messages: {},
      optionsSchema: { type: 'object' },
    }));
    expect(validateRuleSettings(config!, rules)).toEqual([]);
    expect(config!.rules['k8s-container-resource-limits']).toEqual({
      severity: 'error',
      options: { require: ['memory'] },
    });
  });
});
