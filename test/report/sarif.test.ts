// The SARIF report against the official SARIF 2.1.0 schema and GitHub's ingestion rules,
// using Microsoft's SARIF Multitool (skipped with a message where its binary cannot run)
// and ajv over the schema file the multitool ships.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { sarifReporter, fileUri } from '../../src/report/sarif.js';
import { FINDINGS, sampleContext } from './sample.js';
import { tempDir } from '../support/temp-dirs.js';

const require = createRequire(import.meta.url);

function multitoolBinary(): string | undefined {
  try {
    const bin = require('@microsoft/sarif-multitool') as string;
    const probe = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 60_000 });
    return probe.status === 0 ? bin : undefined;
  } catch {
    return undefined;
  }
}

function schemaPath(): string | undefined {
  for (const pkg of [
    '@microsoft/sarif-multitool-linux',
    '@microsoft/sarif-multitool-darwin',
    '@microsoft/sarif-multitool-win32',
  ]) {
    try {
      const p = join(dirname(require.resolve(`${pkg}/package.json`)), 'sarif-2.1.0.json');
      if (existsSync(p)) return p;
    } catch {
      // not installed on this platform
    }
  }
  return undefined;
}

const BIN = multitoolBinary();
const SCHEMA = schemaPath();
if (!BIN) console.warn('[arch-lint tests] SARIF Multitool binary does not run here: multitool validation skipped.');
if (!SCHEMA) console.warn('[arch-lint tests] sarif-2.1.0.json not found: ajv schema validation skipped.');

const outputs = {
  findings: sarifReporter(FINDINGS, sampleContext()),
  clean: sarifReporter([], sampleContext()),
};

describe('sarif reporter', () => {
  it.skipIf(!BIN).each(Object.entries(outputs))(
    '%s passes the SARIF Multitool with GitHub ingestion rules',
    (name, text) => {
      const dir = tempDir('sarif');
      const input = join(dir, `${name}.sarif`);
      const output = join(dir, 'validation.sarif');
      writeFileSync(input, text);
      // Ghas = the schema plus GitHub's rules; the generic best-practice set would fetch every helpUri.
      const run = spawnSync(
        BIN!,
        ['validate', input, '--rule-kind', 'Ghas', '--output', output, '--log', 'ForceOverwrite'],
        {
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      expect(run.status, run.stderr + run.stdout).toBe(0);
      const log = JSON.parse(readFileSync(output, 'utf8')) as {
        runs: { results?: { level?: string; ruleId: string; message: unknown }[] }[];
      };
      const problems = (log.runs[0].results ?? []).filter(
        (r) => (r.level ?? 'warning') !== 'note' && r.level !== 'none',
      );
      expect(problems).toEqual([]);
    },
  );

  it('the multitool catches a broken log (the oracle is not vacuous)', { skip: !BIN }, () => {
    const dir = tempDir('sarif');
    const broken = JSON.parse(outputs.findings);
    delete broken.runs[0].tool.driver.rules[0].fullDescription;
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    writeFileSync(join(dir, 'broken.sarif'), JSON.stringify(broken));
    spawnSync(
      BIN!,
      [
        'validate',
        join(dir, 'broken.sarif'),
        '--rule-kind',
        'Ghas',
        '--output',
        join(dir, 'out.sarif'),
        '--log',
        'ForceOverwrite',
      ],
      {
        timeout: 120_000,
      },
    );
    const log = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
    const ids = (log.runs[0].results as { ruleId: string; level?: string }[])
      .filter((r) => r.level === 'error')
      .map((r) => r.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['JSON1008', 'GH2012']));
  });

  it.skipIf(!SCHEMA).each(Object.entries(outputs))(
    '%s is valid against the official SARIF 2.1.0 JSON Schema (ajv)',
    (_name, text) => {
      const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
      const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA!, 'utf8')));
      const ok = validate(JSON.parse(text));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    },
  );

  it('the schema rejects a broken log (ajv)', { skip: !SCHEMA }, () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA!, 'utf8')));
    const broken = JSON.parse(outputs.findings);
    broken.runs[0].results[0].level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  it('maps findings to results with rule index, level, region, fingerprint and fix', () => {
    const log = JSON.parse(outputs.findings);
    const run = log.runs[0];
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual([...ids].sort());
    for (const r of run.results) expect(ids[r.ruleIndex]).toBe(r.ruleId);
    const first = run.results[0];
    expect(first).toEqual({
      ruleId: 'aws-rds-multi-az',
      ruleIndex: 0,
      level: 'error',
      message: { text: 'RDS instance aws_db_instance.orders runs in a single availability zone' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'infra/db/main.tf', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 3, endLine: 3, endColumn: 19 },
          },
          logicalLocations: [{ fullyQualifiedName: 'aws_db_instance.orders', kind: 'resource' }],
        },
      ],
      partialFingerprints: { 'archLint/v1': '6f1c2a0e9d8b7c65' },
      relatedLocations: [
        {
          id: 0,
          physicalLocation: {
            artifactLocation: { uri: 'infra/modules/db/main.tf', uriBaseId: '%SRCROOT%' },
            region: { startLine: 12, startColumn: 3, endLine: 12, endColumn: 29 },
          },
          message: { text: 'where module.orders uses its argument multi_az' },
        },
      ],
      fixes: [
        {
          description: { text: 'Set multi_az = true' },
          artifactChanges: [
            {
              artifactLocation: { uri: 'infra/db/main.tf', uriBaseId: '%SRCROOT%' },
              replacements: [
                {
                  deletedRegion: { startLine: 3, startColumn: 14, endLine: 3, endColumn: 19 },
                  insertedContent: { text: 'true' },
                },
              ],
            },
          ],
        },
      ],
    });
    expect(run.results.filter((r: { fixes?: unknown }) => r.fixes).length).toBe(1);
    expect(
      run.results.find((r: { ruleId: string }) => r.ruleId === 'parse-error').locations[0].logicalLocations,
    ).toBeUndefined();
  });

  it('adds a descriptor for a rule a finding names but the context lacks', () => {
    const log = JSON.parse(sarifReporter(FINDINGS, sampleContext({ rules: [] })));
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual([
      'aws-rds-multi-az',
      'aws-s3-public-acl',
      'k8s-container-resource-limits',
      'parse-error',
    ]);
    expect(rules[3].fullDescription.text).not.toBe('');
  });

  it.each([
    ['infra/db/main.tf', 'infra/db/main.tf'],
    ['k8s/my app/deploy.yaml', 'k8s/my%20app/deploy.yaml'],
    ['a/100%/#x?.tf', 'a/100%25/%23x%3F.tf'],
    ['é/日本.yaml', '%C3%A9/%E6%97%A5%E6%9C%AC.yaml'],
  ])('encodes the path %s as the relative URI %s', (path, uri) => {
    expect(fileUri(path)).toBe(uri);
  });
});
