// Rules stay true to the provider: every AWS resource type, attribute and nested block a
// rule reads — found at run time, by linting every fixture and docs example with all
// rules while the model records reads — exists in hashicorp/aws 5.100.0's schema. A
// misspelled attribute name silently disables a check; this catches it.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../support/lint.js';
import { buildTerraformProject } from '../../src/model/terraform/build.js';
import { parseHcl } from '../../src/parse/hcl/parser.js';
import { SourceFile } from '../../src/parse/source.js';
import { builtinRules } from '../../rules/index.js';
import { describeShared, REPO_DIR, sharedPath } from '../support/shared.js';
import { checkAccess, loadProviderSchema, type ProviderSchema } from './support/aws-schema.js';
import { ENGINE, ReadRecorder, type RecordedRead } from './support/record-reads.js';
import { findAwsMirror, fullAwsSchema, hasTerraform } from './support/terraform-validate.js';
import { parseRuleDoc } from './support/rule-docs.js';
import { lintExample } from './support/run-example.js';
import { expectNoProblems } from './support/problems.js';

const SCHEMA_FILE = sharedPath('provider-schemas', 'aws-5.100.0.json');

const describeRead = (r: RecordedRead) =>
  `${r.mode === 'data' ? 'data.' : ''}${[r.resourceType, ...r.blockPath, ...(r.name !== undefined ? [r.name] : [])].join('.')}`;

describeShared('rules read only what the AWS provider schema has', () => {
  let schema: ProviderSchema;
  let reads: RecordedRead[] = [];
  const unverifiable = new Set<string>();

  beforeAll(async () => {
    schema = loadProviderSchema(SCHEMA_FILE);
    const recorder = new ReadRecorder(builtinRules);
    await recorder.during(async () => {
      await lint({ paths: ['fixtures'], cwd: REPO_DIR, recordAccess: recorder.record });
      for (const rule of builtinRules) {
        const page = join(REPO_DIR, 'docs/rules', `${rule.meta.id}.md`);
        if (!existsSync(page)) continue;
        for (const example of parseRuleDoc(readFileSync(page, 'utf8')).examples)
          await lintExample(undefined, example, recorder.record);
      }
    });
    reads = [...recorder.reads.values()].filter((r) => r.resourceType.startsWith('aws_'));
    // Types outside the shared subset: the full schema from the provider mirror judges them, when installed.
    const outside = reads.filter((r) => checkAccess(schema, r).ok === 'unknown-type');
    const mirror = outside.length > 0 ? findAwsMirror() : undefined;
    if (mirror && hasTerraform()) schema = withFallback(schema, fullAwsSchema(mirror));
    for (const r of reads)
      if (checkAccess(schema, r).ok === 'unknown-type')
        unverifiable.add(`${r.mode === 'data' ? 'data.' : ''}${r.resourceType}`);
  }, 120_000);

  afterAll(() => {
    if (unverifiable.size > 0) {
      console.warn(
        `[aws-schema] not in the shared schema subset, so not checked: ${[...unverifiable].sort().join(', ')} ` +
          '(install terraform and the hashicorp/aws mirror to check them against the full provider schema)',
      );
    }
  });

  it('records what the rules read (the check is not vacuous)', () => {
    expect(reads.filter((r) => r.name !== undefined && !r.rules.has(ENGINE)).length).toBeGreaterThan(0);
  });

  for (const id of [...builtinRules.map((r) => r.meta.id), ENGINE]) {
    it(`${id} reads only attributes, blocks and types the schema has`, () => {
      const wrong = reads
        .filter((r) => r.rules.has(id))
        .flatMap((r) => {
          const verdict = checkAccess(schema, r);
          return verdict.ok === false ? [`${describeRead(r)}: ${verdict.reason}`] : [];
        });
      expectNoProblems(wrong.sort(), `${id} reads names hashicorp/aws 5.100.0 does not have`);
    });
  }
});

const mirrorForFull = findAwsMirror();
(mirrorForFull && hasTerraform() ? describe : describe.skip)(
  'full provider schema fallback (terraform and the mirror installed)',
  () => {
    it('judges types outside the shared subset', () => {
      const full = fullAwsSchema(mirrorForFull!);
      expect(
        checkAccess(full, { mode: 'managed', resourceType: 'aws_sqs_queue', blockPath: [], name: 'redrive_policy' }).ok,
      ).toBe(true);
      expect(
        checkAccess(full, { mode: 'managed', resourceType: 'aws_sqs_queue', blockPath: [], name: 'redrive_polcy' }).ok,
      ).toBe(false);
    }, 120_000);
  },
);

/** The subset's entries, then the full schema's for types the subset lacks. */
function withFallback(subset: ProviderSchema, full: ProviderSchema): ProviderSchema {
  return {
    resource_schemas: { ...full.resource_schemas, ...subset.resource_schemas },
    data_source_schemas: { ...full.data_source_schemas, ...subset.data_source_schemas },
  };
}

describeShared('schema lookup', () => {
  let schema: ProviderSchema;
  beforeAll(() => {
    schema = loadProviderSchema(SCHEMA_FILE);
  });
  const read = (resourceType: string, blockPath: string[], name?: string, mode: 'managed' | 'data' = 'managed') => ({
    mode,
    resourceType,
    blockPath,
    name,
  });

  it('accepts real attributes, nested blocks, attributes of nested blocks and meta-arguments', () => {
    expect(checkAccess(schema, read('aws_db_instance', [], 'multi_az')).ok).toBe(true);
    expect(checkAccess(schema, read('aws_s3_bucket', [], 'versioning')).ok).toBe(true);
    expect(checkAccess(schema, read('aws_s3_bucket', ['versioning'], 'enabled')).ok).toBe(true);
    expect(checkAccess(schema, read('aws_db_instance', [], 'for_each')).ok).toBe(true);
    expect(checkAccess(schema, read('aws_db_instance', [], 'lifecycle')).ok).toBe(true);
    expect(
      checkAccess(schema, read('aws_iam_policy_document', ['statement', 'principals'], 'identifiers', 'data')).ok,
    ).toBe(true);
    expect(checkAccess(schema, read('aws_mq_broker', [])).ok).toBe(true);
  });

  it('descends into object-typed attributes (attribute syntax for blocks)', () => {
    expect(checkAccess(schema, read('aws_db_instance', ['listener_endpoint'], 'port')).ok).toBe(true);
    expect(checkAccess(schema, read('aws_db_instance', ['listener_endpoint'], 'prot')).ok).toBe(false);
  });

  it('rejects a misspelled attribute, a misspelled block on the path, and a near-miss type', () => {
    expect(checkAccess(schema, read('aws_db_instance', [], 'multiaz'))).toEqual({
      ok: false,
      reason: 'resource aws_db_instance has no attribute or nested block multiaz',
    });
    expect(checkAccess(schema, read('aws_s3_bucket', ['versoning'], 'enabled'))).toEqual({
      ok: false,
      reason: 'aws_s3_bucket has no nested block or object attribute versoning',
    });
    expect(checkAccess(schema, read('aws_s3_bucket', ['versioning'], 'enabeld'))).toEqual({
      ok: false,
      reason: 'block aws_s3_bucket.versioning has no attribute or nested block enabeld',
    });
    expect(checkAccess(schema, read('aws_elasticache_replicaton_group', [], 'num_cache_clusters'))).toEqual({
      ok: false,
      reason:
        'resource type aws_elasticache_replicaton_group does not exist (did you mean aws_elasticache_replication_group?)',
    });
    // A data source is looked up among data sources, not resources.
    expect(checkAccess(schema, read('aws_iam_policy_document', [], 'statement')).ok).not.toBe(true);
  });

  it('looks a referrers() type up among resources, then data sources', () => {
    expect(
      checkAccess(schema, { mode: 'either', resourceType: 'aws_iam_policy_document', blockPath: [], name: 'statement' })
        .ok,
    ).toBe(true);
    expect(
      checkAccess(schema, { mode: 'either', resourceType: 'aws_s3_bucket_policy', blockPath: [], name: 'bucket' }).ok,
    ).toBe(true);
    expect(
      checkAccess(schema, { mode: 'either', resourceType: 'aws_s3_bucket_policy', blockPath: [], name: 'buckets' }).ok,
    ).toBe(false);
  });

  it('cannot judge a type the subset does not cover', () => {
    expect(checkAccess(schema, read('aws_sqs_queue', [], 'name'))).toEqual({ ok: 'unknown-type' });
  });
});

describe('access recorder hook in the Terraform model', () => {
  const source = new SourceFile(
    'main.tf',
    'resource "aws_s3_bucket" "b" {\n  versioning {\n    enabled = true\n  }\n  dynamic "logging" {\n    for_each = [1]\n    content {\n      target_bucket = "x"\n    }\n  }\n}\n',
  );
  const bucketRecordedBy = (recorder: ReadRecorder) =>
    buildTerraformProject(
      [{ dir: '.', files: [{ file: source, hcl: parseHcl(source) }], tfvars: [], backendConfigs: [] }],
      { recordAccess: recorder.record },
    ).stacks[0].resources[0];

  it('reports attr/value/blocks/get reads with the resource type and nested block path while recording', async () => {
    const recorder = new ReadRecorder([]);
    const bucket = bucketRecordedBy(recorder);
    await recorder.during(async () => {
      bucket.get('versioning.enabled');
      bucket.blocks('logging')[0].value('target_bucket');
      bucket.attr('bucket');
    });
    expect(
      [...recorder.reads.values()].map((r) => `${r.resourceType} [${r.blockPath.join('.')}] ${r.name}`).sort(),
    ).toEqual([
      'aws_s3_bucket [] bucket',
      'aws_s3_bucket [] logging',
      'aws_s3_bucket [] versioning',
      'aws_s3_bucket [logging] target_bucket',
      'aws_s3_bucket [versioning] enabled',
    ]);
  });

  it('records nothing when off, and restores the wrapped rule methods', async () => {
    const rule = builtinRules[0];
    const check = rule.check;
    const recorder = new ReadRecorder([rule]);
    const bucket = bucketRecordedBy(recorder);
    await recorder.during(async () => {
      expect(rule.check).not.toBe(check);
    });
    expect(rule.check).toBe(check);
    bucket.get('versioning.enabled');
    expect(recorder.reads.size).toBe(0);
  });
});

// Keeps the fixture tree walk honest: the whole-tree lint above must see the rule fixtures.
describe('fixture tree', () => {
  it('has rule fixtures to lint', () => {
    expect(readdirSync(join(REPO_DIR, 'fixtures/rules')).length).toBeGreaterThan(0);
  });
});
