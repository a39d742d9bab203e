// Stack.referrers answers from an index built once per type and attribute: these pin what
// it returns — instance keys, one level of locals, known names across modules, data
// sources, stack order, no duplicates, never the target itself — against hand-read HCL.
import { describe, expect, it } from 'vitest';
import { buildTerraformProject } from '../../../src/model/terraform/build.js';
import type { TfResource, TfStack } from '../../../src/model/terraform/types.js';
import { parseText } from './helpers.js';

const ROOT = `
resource "aws_s3_bucket" "b" {
  count  = 2
  bucket = "logs-\${count.index}"
}

resource "aws_s3_bucket" "named" {
  bucket = "named-bucket"
}

locals {
  first = aws_s3_bucket.b[0].id
}

resource "aws_s3_bucket_policy" "by_name_first" {
  bucket = "logs-1"
}

resource "aws_s3_bucket_policy" "zero" {
  bucket = aws_s3_bucket.b[0].id
}

resource "aws_s3_bucket_policy" "one" {
  bucket = aws_s3_bucket.b["1"].id
}

resource "aws_s3_bucket_policy" "any" {
  count  = 2
  bucket = aws_s3_bucket.b[count.index].id
}

resource "aws_s3_bucket_policy" "via_local" {
  bucket = local.first
}

resource "aws_s3_bucket_policy" "both_ways" {
  bucket = aws_s3_bucket.named.bucket == "" ? "x" : "named-bucket"
}

resource "aws_s3_bucket_policy" "unset" {
  policy = "{}"
}

data "aws_s3_bucket_policy" "read" {
  bucket = "named-bucket"
}

module "child" {
  source = "./child"
}
`;

const CHILD = `
resource "aws_s3_bucket_policy" "in_child_by_ref" {
  bucket = aws_s3_bucket.named.id
}

resource "aws_s3_bucket_policy" "in_child_by_name" {
  bucket = "named-bucket"
}
`;

function stack(): TfStack {
  const project = buildTerraformProject([
    { dir: '.', files: [parseText('main.tf', ROOT)], tfvars: [], backendConfigs: [] },
    { dir: 'child', files: [parseText('child/main.tf', CHILD)], tfvars: [], backendConfigs: [] },
  ]);
  return project.stacks.find((s) => s.root.dir === '.')!;
}

const byAddress = (s: TfStack, address: string): TfResource => s.resources.find((r) => r.address === address)!;

describe('Stack.referrers', () => {
  const s = stack();
  const ask = (target: string, type = 'aws_s3_bucket_policy') =>
    s.referrers(byAddress(s, target), type, 'bucket').map((r) => r.address);

  it('matches instance keys: literal keys name one instance, computed ones any', () => {
    expect(ask('aws_s3_bucket.b[0]')).toEqual([
      'aws_s3_bucket_policy.zero',
      'aws_s3_bucket_policy.any[0]',
      'aws_s3_bucket_policy.any[1]',
      'aws_s3_bucket_policy.via_local',
    ]);
    expect(ask('aws_s3_bucket.b[1]')).toEqual([
      'aws_s3_bucket_policy.by_name_first',
      'aws_s3_bucket_policy.one',
      'aws_s3_bucket_policy.any[0]',
      'aws_s3_bucket_policy.any[1]',
    ]);
  });

  it('matches by known name in any module and by reference within its own, each once, data sources last', () => {
    expect(ask('aws_s3_bucket.named')).toEqual([
      'aws_s3_bucket_policy.both_ways',
      'module.child.aws_s3_bucket_policy.in_child_by_name',
      'data.aws_s3_bucket_policy.read',
    ]);
  });

  it('asks again with the same answers, and never returns the target itself', () => {
    expect(ask('aws_s3_bucket.named')).toEqual(ask('aws_s3_bucket.named'));
    expect(ask('aws_s3_bucket.named', 'aws_s3_bucket')).toEqual([]);
    expect(ask('aws_s3_bucket.b[0]', 'aws_s3_bucket')).toEqual([]);
  });
});
