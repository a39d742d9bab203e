// `.tf.json` nested blocks: JSON keeps them as object-valued attributes (no schema to
// tell them apart), and the model offers them as blocks too, with exact ranges.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTerraformProject } from '../../../src/model/terraform/build.js';
import type { TfBlock, TfResource } from '../../../src/model/terraform/types.js';
import { parseTfJson } from '../../../src/parse/hcl/json.js';
import { SourceFile, type Range } from '../../../src/parse/source.js';
import { REPO_DIR } from '../../support/shared.js';
import { parseText } from './helpers.js';

const path = 'test/model/terraform/json-blocks/main.tf.json';
const file = new SourceFile(path, readFileSync(join(REPO_DIR, path), 'utf8'));

function onlyResource(input: { file: SourceFile; hcl: ReturnType<typeof parseTfJson> }): TfResource {
  const project = buildTerraformProject([{ dir: 'json-blocks', files: [input], tfvars: [], backendConfigs: [] }]);
  expect(project.stacks).toHaveLength(1);
  expect(project.stacks[0].resources).toHaveLength(1);
  return project.stacks[0].resources[0];
}

const hcl = parseTfJson(file);
const bucket = onlyResource({ file, hcl });
const text = (r: Range) => file.text.slice(r.start.offset, r.end.offset);
const at = (r: Range) => `${r.start.line}:${r.start.column}-${r.end.line}:${r.end.column}`;

describe('.tf.json object-valued attributes as nested blocks', () => {
  it('parses without errors', () => {
    expect(hcl.diagnostics).toEqual([]);
  });

  it('offers an object as one block, ranged from its key to its closing brace', () => {
    const [v] = bucket.blocks('versioning');
    expect(bucket.blocks('versioning')).toHaveLength(1);
    expect(v.type).toBe('versioning');
    expect(v.labels).toEqual([]);
    expect(v.value('enabled')).toBe(true);
    expect(text(v.range)).toBe('"versioning": { "enabled": true, "//": "keep every version of the state" }');
    expect(text(v.headerRange)).toBe('"versioning"');
    expect(at(v.headerRange)).toBe('7:9-7:21');
    expect(text(v.attr('enabled')!.range)).toBe('"enabled": true');
    expect(text(v.attr('enabled')!.valueRange)).toBe('true');
    // `"//"` is a comment in Terraform JSON, not an argument.
    expect([...v.attributes.keys()]).toEqual(['enabled']);
    expect(v.bodyIndent).toBe('          ');
  });

  it('offers a tuple of objects as one block per element, each ranged by its object', () => {
    const rules = bucket.blocks('lifecycle_rule');
    expect(rules.map((r) => r.value('id'))).toEqual(['expire-old', 'archive']);
    expect(rules.map((r) => text(r.range))).toEqual([
      '{ "id": "expire-old", "enabled": true }',
      '{ "id": "archive", "enabled": false }',
    ]);
    expect(rules.map((r) => at(r.range))).toEqual(['9:11-9:50', '10:11-10:48']);
    expect(rules.map((r) => text(r.node.openBraceRange) + text(r.node.closeBraceRange))).toEqual(['{}', '{}']);
  });

  it('follows nested objects as nested blocks', () => {
    const rule = bucket.blocks('server_side_encryption_configuration')[0].blocks('rule')[0];
    const dflt: TfBlock = rule.blocks('apply_server_side_encryption_by_default')[0];
    expect(dflt.value('sse_algorithm')).toBe('aws:kms');
    expect(text(dflt.attr('sse_algorithm')!.valueRange)).toBe('"aws:kms"');
    expect(at(dflt.attr('sse_algorithm')!.valueRange)).toBe('14:75-14:84');
  });

  it('keeps the attributes as they are: read once by attr() and get(), never also as blocks', () => {
    expect(bucket.value('tags')).toEqual({ Team: 'platform' });
    expect(bucket.blocks('tags').map((b) => b.value('Team'))).toEqual(['platform']);
    // get() reads the attribute's object, not a list of block objects.
    expect(bucket.get('versioning')).toEqual({ enabled: true, '//': 'keep every version of the state' });
    expect(bucket.get('versioning.enabled')).toBe(true);
    expect(bucket.get('lifecycle_rule.id')).toBe('expire-old');
    expect(
      bucket.get('server_side_encryption_configuration.rule.apply_server_side_encryption_by_default.sse_algorithm'),
    ).toBe('aws:kms');
    expect([...bucket.attributes.keys()]).toEqual([
      'bucket',
      'tags',
      'versioning',
      'lifecycle_rule',
      'server_side_encryption_configuration',
      'cors_origins',
    ]);
  });

  it('does not turn other values into blocks', () => {
    expect(bucket.blocks('bucket')).toEqual([]);
    expect(bucket.blocks('cors_origins')).toEqual([]);
    expect(bucket.blocks('missing')).toEqual([]);
  });

  it('still expands real JSON blocks (dynamic) alongside', () => {
    expect(bucket.blocks('grant').map((g) => g.value('permissions'))).toEqual([['READ']]);
  });

  it('leaves native HCL alone: an object attribute there is not a block', () => {
    const native = onlyResource(
      parseText('main.tf', 'resource "aws_s3_bucket" "b" {\n  versioning = { enabled = true }\n}\n') as never,
    );
    expect(native.value('versioning')).toEqual({ enabled: true });
    expect(native.blocks('versioning')).toEqual([]);
  });
});
