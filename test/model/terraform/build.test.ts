import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTerraformProject } from '../../../src/model/terraform/build.js';
import type { TfResource, TfStack } from '../../../src/model/terraform/types.js';
import { UNKNOWN } from '../../../src/model/terraform/value.js';
import { FIXTURES, parseText, readDirs } from './helpers.js';

const project = buildTerraformProject(readDirs(FIXTURES, join(FIXTURES, '..', '..', '..')));
const stackOf = (dir: string): TfStack => {
  const s = project.stacks.find((x) => x.root.dir === dir);
  if (!s) throw new Error(`no stack ${dir}; have ${project.stacks.map((x) => x.root.dir).join(', ')}`);
  return s;
};
const app = stackOf('fixtures/terraform/model/app');
const state = stackOf('fixtures/terraform/model/state');
const byAddress = (s: TfStack, address: string): TfResource => {
  const r = [...s.resources, ...s.dataSources].find((x) => x.address === address);
  if (!r) throw new Error(`no ${address}; have ${s.resources.map((x) => x.address).join(', ')}`);
  return r;
};

describe('roots and modules', () => {
  it('makes a stack of each directory nobody calls', () => {
    expect(project.stacks.map((s) => s.root.dir).sort()).toEqual([
      'fixtures/terraform/model/app',
      'fixtures/terraform/model/state',
    ]);
    expect(app.modules.map((m) => m.path)).toEqual([
      '',
      'module.storage',
      'module.dbs["analytics"]',
      'module.dbs["primary"]',
      // A registry call: its major version's entry in the registry table.
      'module.rds',
    ]);
    expect(project.modules.map((m) => m.dir)).toContain('fixtures/terraform/model/app/modules/db');
  });
});

describe('variables and locals', () => {
  it('applies tfvars in load order over defaults, converted to the declared type', () => {
    const vars = app.root.variables;
    expect(vars.get('env')!.value).toBe('prod');
    expect(vars.get('replicas')!.value).toBe(2);
    expect(vars.get('region')!.value).toBe('eu-central-1');
    expect(vars.get('vpc_id')!.value).toBe(UNKNOWN);
  });

  it('lets --var-file override the directory tfvars', () => {
    const p = buildTerraformProject(readDirs(join(FIXTURES, 'app')), {
      varFiles: [parseText('ci.tfvars', 'env = "ci"\n')],
    });
    expect(p.stacks[0].root.variables.get('env')!.value).toBe('ci');
  });

  it('evaluates locals and turns a cycle into UNKNOWN', () => {
    expect(app.root.locals.get('prefix')).toBe('prod-app');
    expect(app.root.locals.get('loop_a')).toBe(UNKNOWN);
  });
});

describe('count and for_each', () => {
  it('addresses for_each instances by key and evaluates each.*', () => {
    const dbs = app.resourcesOfType('aws_db_instance').filter((r) => r.module === app.root);
    expect(dbs.map((r) => r.address)).toEqual(['aws_db_instance.db["orders"]', 'aws_db_instance.db["reporting"]']);
    expect(dbs.map((r) => r.value('multi_az'))).toEqual([true, false]);
    expect(dbs[1].value('identifier')).toBe('prod-app-reporting');
    expect(dbs[1].key).toBe('reporting');
    expect(dbs[1].configAddress).toBe('aws_db_instance.db');
  });

  it('addresses count instances by index; count = 0 gives none', () => {
    const web = app.resources.filter((r) => r.configAddress === 'aws_instance.web');
    expect(web.map((r) => r.address)).toEqual(['aws_instance.web[0]', 'aws_instance.web[1]']);
    expect(web[1].get('tags.Name')).toBe('web-1');
    expect(app.resources.some((r) => r.configAddress === 'aws_instance.disabled')).toBe(false);
  });

  it('keeps one conservative instance when count is unknown', () => {
    const u = app.resources.filter((r) => r.configAddress === 'aws_instance.unknown_count');
    expect(u).toHaveLength(1);
    expect(u[0].key).toBeUndefined();
    expect(u[0].address).toBe('aws_instance.unknown_count');
    expect(u[0].value('subnet_id')).toBe(UNKNOWN);
    expect(u[0].value('ami')).toBe('ami-123');
  });
});

describe('module calls', () => {
  it('follows a local child with the evaluated arguments', () => {
    const bucket = byAddress(app, 'module.storage.aws_s3_bucket.this');
    expect(bucket.value('bucket')).toBe('prod-app-data');
    expect(bucket.module.path).toBe('module.storage');
    const call = app.moduleCalls.find((c) => c.name === 'storage')!;
    expect(call.local).toBe(true);
    expect(call.child).toBe(bucket.module);
  });

  it('reads child outputs through module references; computed ones stay unknown', () => {
    const output = app.root as unknown as { output(n: string): unknown };
    expect(output.output('bucket')).toBe('prod-app-data');
    const storage = app.modules.find((m) => m.path === 'module.storage') as unknown as { output(n: string): unknown };
    expect(storage.output('bucket_id')).toBe(UNKNOWN);
  });

  it('instantiates for_each module calls per key', () => {
    const dbs = app.resources.filter((r) => r.configAddress.startsWith('module.dbs['));
    expect(dbs.map((r) => [r.address, r.value('instance_class'), r.value('identifier')])).toEqual([
      ['module.dbs["analytics"].aws_db_instance.this', 'db.t3.large', 'db-analytics'],
      ['module.dbs["primary"].aws_db_instance.this', 'db.r5.large', 'db-primary'],
    ]);
  });

  it('keeps a registry module as a call with evaluated arguments, instantiating its registry table entry', () => {
    const rds = app.moduleCalls.find((c) => c.address === 'module.rds')!;
    expect(rds.local).toBe(false);
    expect(rds.child?.external).toEqual({
      kind: 'table',
      source: 'terraform-aws-modules/rds/aws',
      label: 'terraform-aws-modules/rds/aws 6.x',
    });
    // The entry's resources stand for the call: reported as module.rds, with the call's arguments.
    expect(rds.child?.resources.map((r) => [r.address, r.value('multi_az')])).toEqual([['module.rds', true]]);
    expect(rds.source).toBe('terraform-aws-modules/rds/aws');
    expect(rds.version).toBe('~> 6.0');
    expect(rds.value('multi_az')).toBe(true);
    expect(rds.value('identifier')).toBe('prod-app-rds');
    expect(rds.region).toBe('eu-central-1');
  });
});

describe('providers and regions', () => {
  it('resolves aliases, default providers and the providers map of a call', () => {
    expect(app.root.providers.map((p) => p.ref)).toEqual(['aws', 'aws.west']);
    const replica = byAddress(app, 'aws_s3_bucket.replica');
    expect(replica.provider?.ref).toBe('aws.west');
    expect(replica.region).toBe('us-west-2');
    expect(byAddress(app, 'aws_instance.web[0]').region).toBe('eu-central-1');
    expect(byAddress(app, 'module.storage.aws_s3_bucket.this').region).toBe('us-west-2');
    expect(byAddress(app, 'module.dbs["primary"].aws_db_instance.this').region).toBe('eu-central-1');
  });

  it('uses google resource regions and azurerm locations', () => {
    expect(byAddress(state, 'google_sql_database_instance.pg').region).toBe('europe-west1');
    expect(byAddress(state, 'google_sql_database_instance.pg_us').region).toBe('us-central1');
    expect(byAddress(state, 'azurerm_postgresql_flexible_server.az').region).toBe('westeurope');
    expect(byAddress(state, 'aws_s3_bucket.state').region).toBeUndefined();
  });
});

describe('backends', () => {
  it('merges a partial configuration file over the backend block', () => {
    const b = state.root.backend!;
    expect(b.backendType).toBe('s3');
    expect(b.config.get('key')!.value).toBe('state/terraform.tfstate');
    expect(b.config.get('dynamodb_table')!.value).toBe('tf-locks');
    expect(b.config.get('bucket')!.file.path).toBe('fixtures/terraform/model/state/backend.hcl');
    expect(b.config.get('bucket')!.range.start.line).toBe(1);
    expect(b.partialFiles.map((f) => f.path)).toEqual(['fixtures/terraform/model/state/backend.hcl']);
    expect(app.root.backend!.config.get('bucket')!.value).toBe('acme-tfstate');
  });

  it('treats a cloud block as a backend', () => {
    const p = buildTerraformProject([
      {
        dir: '.',
        files: [parseText('main.tf', 'terraform {\n  cloud {\n    organization = "acme"\n  }\n}\n')],
        tfvars: [],
        backendConfigs: [],
      },
    ]);
    expect(p.stacks[0].root.backend?.backendType).toBe('cloud');
    expect(p.stacks[0].root.backend?.config.get('organization')?.value).toBe('acme');
  });
});

describe('references', () => {
  const bucket = () => byAddress(state, 'aws_s3_bucket.state');

  it('finds referrers by reference, through a local, and by known name', () => {
    expect(state.referrers(bucket(), 'aws_s3_bucket_versioning', 'bucket').map((r) => r.address)).toEqual([
      'aws_s3_bucket_versioning.bucket',
    ]);
    expect(
      state.referrers(bucket(), 'aws_s3_bucket_server_side_encryption_configuration', 'bucket').map((r) => r.address),
    ).toEqual(['aws_s3_bucket_server_side_encryption_configuration.sse']);
    expect(state.referrers(bucket(), 'aws_s3_bucket_public_access_block', 'bucket').map((r) => r.address)).toEqual([
      'aws_s3_bucket_public_access_block.by_name',
    ]);
  });

  it('lists references of an attribute and resolves them', () => {
    const versioning = byAddress(state, 'aws_s3_bucket_versioning.bucket');
    const attr = versioning.attr('bucket')!;
    expect(attr.references).toEqual(['aws_s3_bucket.state']);
    expect(attr.value).toBe(UNKNOWN);
    expect(state.referenced(attr, versioning).map((r) => r.address)).toEqual(['aws_s3_bucket.state']);
    const sse = byAddress(state, 'aws_s3_bucket_server_side_encryption_configuration.sse');
    expect(sse.attr('bucket')!.references).toEqual(['local.state_bucket']);
    expect(state.referenced(sse.attr('bucket')!, sse).map((r) => r.address)).toEqual(['aws_s3_bucket.state']);
  });

  it('links a child module bucket to its versioning resource', () => {
    const b = byAddress(app, 'module.storage.aws_s3_bucket.this');
    expect(app.referrers(b, 'aws_s3_bucket_versioning', 'bucket').map((r) => r.address)).toEqual([
      'module.storage.aws_s3_bucket_versioning.this',
    ]);
  });
});

describe('blocks', () => {
  it('expands dynamic blocks with the iterator bound, or once with an unknown iterator', () => {
    const sg = byAddress(app, 'aws_security_group.sg');
    expect(sg.blocks('ingress').map((b) => b.value('from_port'))).toEqual([80, 443]);
    const egress = sg.blocks('egress');
    expect(egress).toHaveLength(1);
    expect(egress[0].value('cidr_blocks')).toEqual([UNKNOWN]);
    expect(egress[0].attr('cidr_blocks')!.references).toEqual([]);
    expect(egress[0].headerRange.start.line).toBe(egress[0].range.start.line);
  });

  it('reads nested paths and knows header ranges and indentation', () => {
    const sse = byAddress(state, 'aws_s3_bucket_server_side_encryption_configuration.sse');
    expect(sse.get('rule.apply_server_side_encryption_by_default.sse_algorithm')).toBe('aws:kms');
    expect(sse.get('rule.missing')).toBeUndefined();
    const text = sse.file.text.slice(sse.headerRange.start.offset, sse.headerRange.end.offset);
    expect(text).toBe('resource "aws_s3_bucket_server_side_encryption_configuration" "sse"');
    expect(sse.indent).toBe('');
    expect(sse.bodyIndent).toBe('  ');
    expect(sse.blocks('rule')[0].bodyIndent).toBe('    ');
  });
});

describe('unknowns never become known', () => {
  it('keeps computed attributes and unset variables unknown through expressions', () => {
    const p = buildTerraformProject([
      {
        dir: '.',
        files: [
          parseText(
            'main.tf',
            [
              'variable "x" {}',
              'resource "aws_s3_bucket" "b" { bucket = "b" }',
              'resource "null_resource" "n" {',
              '  a = aws_s3_bucket.b.arn',
              '  b = "${var.x}-suffix"',
              '  c = var.x == "" ? "empty" : "full"',
              '  d = length(var.x) > 0',
              '  e = aws_s3_bucket.b.bucket',
              '  f = [for s in var.x : s]',
              '  g = merge({ k = var.x }, {}).k',
              '  h = self.id',
              '}',
              '',
            ].join('\n'),
          ),
        ],
        tfvars: [],
        backendConfigs: [],
      },
    ]);
    const n = p.stacks[0].resources.find((r) => r.resourceType === 'null_resource')!;
    for (const a of ['a', 'b', 'c', 'd', 'f', 'g', 'h']) expect([a, n.value(a)]).toEqual([a, UNKNOWN]);
    expect(n.value('e')).toBe('b');
  });
});

describe('references to whole resource collections', () => {
  const text = [
    'resource "aws_subnet" "a" {',
    '  count      = 2',
    '  cidr_block = "10.0.${count.index}.0/24"',
    '}',
    '',
    'resource "aws_lb" "web" {',
    '  subnets = aws_subnet.a[*].id',
    '  cidrs   = [for s in aws_subnet.a : s.cidr_block]',
    '  first   = aws_subnet.a[0].arn',
    '}',
    '',
  ].join('\n');
  const p = buildTerraformProject([{ dir: '.', files: [parseText('main.tf', text)], tfvars: [], backendConfigs: [] }]);
  const lb = p.stacks[0].resources.find((r) => r.address === 'aws_lb.web')!;

  it('gives computed attributes as unknowns in a list of known length', () => {
    expect(lb.value('subnets')).toEqual([UNKNOWN, UNKNOWN]);
    expect(lb.value('first')).toBe(UNKNOWN);
  });

  it('keeps configured attributes known', () => {
    expect(lb.value('cidrs')).toEqual(['10.0.0.0/24', '10.0.1.0/24']);
  });
});
