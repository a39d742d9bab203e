// A fixed set of findings over small in-memory sources, rendered by every reporter in the
// golden tests: a fix, a related location, a multi-line range, unicode, tabs, a path with a space, a finding
// without a source, and messages with `|`, `%`, `<`, backticks and a newline.

import { docsUrl, type RuleMeta } from '../../src/engine/rule.js';
import { compareFindings, type Finding } from '../../src/findings/finding.js';
import { SourceFile } from '../../src/parse/source.js';
import type { ReportContext } from '../../src/report/types.js';

export const SOURCES = new Map<string, SourceFile>(
  [
    new SourceFile(
      'infra/db/main.tf',
      [
        'resource "aws_db_instance" "orders" {',
        '  engine   = "postgres"',
        '  multi_az = false',
        '}',
        '',
        'resource "aws_s3_bucket_acl" "assets" {',
        '\tacl = "public-read" # 100% public | world',
        '}',
        '',
      ].join('\n'),
    ),
    new SourceFile(
      'k8s/my app/deploy.yaml',
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: café-日本',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: web',
        '          image: nginx',
        '',
      ].join('\n'),
    ),
  ].map((s) => [s.path, s]),
);

export const RULES: RuleMeta[] = [
  {
    id: 'aws-rds-multi-az',
    category: 'single-az-database',
    severity: 'error',
    title: 'RDS instances run in more than one availability zone',
    description: 'An RDS instance without multi_az dies with its availability zone.',
    messages: { singleAz: 'RDS instance {name} runs in a single availability zone' },
  },
  {
    id: 'aws-s3-public-acl',
    category: 'public-bucket',
    severity: 'error',
    title: 'S3 buckets are not public',
    description: 'A canned ACL such as public-read lets anyone read the bucket.',
    messages: { publicAcl: 'Bucket ACL {acl} is public' },
  },
  {
    id: 'k8s-container-resource-limits',
    category: 'missing-resource-limits',
    severity: 'warning',
    title: 'Containers declare CPU and memory limits',
    description: 'A container without limits can starve its neighbours on the node.',
    messages: { missing: 'Container {name} has no {what} limits' },
  },
  {
    id: 'parse-error',
    category: 'parse-error',
    severity: 'error',
    title: 'The file could not be parsed',
    description: 'A file that cannot be parsed is not linted.',
    messages: { failed: '{message}' },
  },
];

function finding(f: Omit<Finding, 'docsUrl'>): Finding {
  return { ...f, docsUrl: docsUrl(f.ruleId) };
}

export const FINDINGS: Finding[] = [
  finding({
    ruleId: 'aws-rds-multi-az',
    category: 'single-az-database',
    severity: 'error',
    message: 'RDS instance aws_db_instance.orders runs in a single availability zone',
    file: 'infra/db/main.tf',
    line: 3,
    column: 3,
    endLine: 3,
    endColumn: 19,
    resource: 'aws_db_instance.orders',
    fingerprint: '6f1c2a0e9d8b7c65',
    fix: {
      description: 'Set multi_az = true',
      replacements: [{ line: 3, column: 14, endLine: 3, endColumn: 19, text: 'true' }],
    },
    related: [
      {
        file: 'infra/modules/db/main.tf',
        line: 12,
        column: 3,
        endLine: 12,
        endColumn: 29,
        message: 'where module.orders uses its argument multi_az',
      },
    ],
  }),
  finding({
    ruleId: 'k8s-container-resource-limits',
    category: 'missing-resource-limits',
    severity: 'warning',
    message: 'Container web in Deployment café-日本 has no memory limits',
    file: 'k8s/my app/deploy.yaml',
    line: 4,
    column: 9,
    endLine: 4,
    endColumn: 16,
    resource: 'Deployment/default/café-日本',
    unit: 'kustomization:k8s/my app',
    fingerprint: 'a41d09be77c3f210',
  }),
  finding({
    ruleId: 'aws-s3-public-acl',
    category: 'public-bucket',
    severity: 'error',
    message: 'Bucket ACL "public-read" is 100% public | anyone: read, list\nsee `acl` <docs>',
    file: 'infra/db/main.tf',
    line: 7,
    column: 2,
    endLine: 7,
    endColumn: 21,
    resource: 'aws_s3_bucket_acl.assets',
    fingerprint: '0b5e7d4c3a291f88',
  }),
  finding({
    ruleId: 'k8s-container-resource-limits',
    category: 'missing-resource-limits',
    severity: 'note',
    message: 'Pod template spans several lines',
    file: 'k8s/my app/deploy.yaml',
    line: 6,
    column: 3,
    endLine: 10,
    endColumn: 23,
    resource: 'Deployment/default/café-日本',
    fingerprint: 'c0ffee0000000001',
  }),
  finding({
    ruleId: 'parse-error',
    category: 'parse-error',
    severity: 'error',
    message: 'unexpected token "}" , expected an attribute',
    file: 'legacy/broken.tf',
    line: 2,
    column: 1,
    endLine: 2,
    endColumn: 2,
    fingerprint: 'deadbeef00000002',
  }),
].sort(compareFindings);

export function sampleContext(overrides: Partial<ReportContext> = {}): ReportContext {
  return {
    toolVersion: '1.2.3',
    rules: RULES,
    summary: { filesScanned: 10, filesSkipped: 1 },
    source: (path) => SOURCES.get(path),
    color: false,
    skipped: [{ file: 'big/huge.yaml', reason: 'larger than maxFileBytes (5242880 bytes)' }],
    ...overrides,
  };
}
