// Static evaluation of Terragrunt configuration: functions, includes and their merge
// strategies, source resolution, and how a unit becomes a Terraform root.
import { describe, expect, it } from 'vitest';
import { buildTerraformProject } from '../../../src/model/terraform/build.js';
import { DEFAULT_EVAL_LIMITS, EvalBudget } from '../../../src/model/terraform/budget.js';
import type { TfDirInput, TfFileInput } from '../../../src/model/terraform/module-def.js';
import { TgFiles } from '../../../src/model/terragrunt/config.js';
import { resolveSource } from '../../../src/model/terragrunt/sources.js';
import { unitPieces } from '../../../src/model/terragrunt/unit.js';
import { UNKNOWN } from '../../../src/model/terraform/value.js';
import { parseText } from '../terraform/helpers.js';

function files(texts: Record<string, string>): TfFileInput[] {
  return Object.entries(texts).map(([path, text]) => parseText(path, text));
}

function pieces(texts: Record<string, string>, unit: string) {
  const tg = new TgFiles(files(texts), new EvalBudget(DEFAULT_EVAL_LIMITS));
  const dir = `/scan/${unit.slice(0, unit.lastIndexOf('/'))}`;
  return unitPieces(tg.config(`/scan/${unit}`, dir, undefined, 0)!);
}

const values = (m: Map<string, { value: unknown }>) => Object.fromEntries([...m].map(([k, s]) => [k, s.value]));

const ROOT = `
locals {
  env_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))
  env      = local.env_vars.locals.env
}
remote_state {
  backend = "s3"
  config = {
    bucket  = "state-\${local.env}-\${get_env("SUFFIX", "x")}"
    key     = "\${path_relative_to_include()}/tf.tfstate"
    region  = get_env("AWS_REGION")
    encrypt = true
  }
}
inputs = {
  tags = { team = "a", env = local.env }
  zones = ["a"]
}
`;

describe('Terragrunt functions and includes', () => {
  it('evaluates find_in_parent_folders, read_terragrunt_config, path_relative_to_include and get_env defaults', () => {
    const p = pieces(
      {
        'root.hcl': ROOT,
        'live/env.hcl': 'locals {\n  env = "prod"\n}\n',
        'live/app/terragrunt.hcl': 'include "root" {\n  path = find_in_parent_folders("root.hcl")\n}\n',
      },
      'live/app/terragrunt.hcl',
    );
    expect(p.state?.backendType).toBe('s3');
    expect(values(p.state!.settings)).toEqual({
      bucket: 'state-prod-x',
      key: 'live/app/tf.tfstate',
      // get_env without a default: the environment of the run is not known.
      region: UNKNOWN,
      encrypt: true,
    });
    expect(p.state!.block.file.path).toBe('root.hcl');
    expect(p.state!.settings.get('encrypt')!.range.start).toMatchObject({ line: 12, column: 5 });
  });

  it('merges inputs key by key by default (shallow) and recursively with merge_strategy = "deep"', () => {
    const unit = (strategy: string) =>
      pieces(
        {
          'root.hcl': ROOT,
          'live/env.hcl': 'locals {\n  env = "prod"\n}\n',
          'live/app/terragrunt.hcl': `include "root" {\n  path = find_in_parent_folders("root.hcl")\n  merge_strategy = "${strategy}"\n}\ninputs = {\n  tags = { app = "x" }\n  zones = ["b"]\n}\n`,
        },
        'live/app/terragrunt.hcl',
      );
    const shallow = values(unit('shallow').inputs);
    expect(shallow).toMatchObject({ tags: { app: 'x' }, zones: ['b'] });
    const deep = values(unit('deep').inputs);
    expect(deep).toMatchObject({ tags: { team: 'a', env: 'prod', app: 'x' }, zones: ['a', 'b'] });
    // The key written in the unit is positioned in the unit.
    expect(unit('deep').inputs.get('tags')!.file.path).toBe('live/app/terragrunt.hcl');
    const none = unit('no_merge');
    expect(none.state).toBeUndefined();
    expect(values(none.inputs)).toMatchObject({ tags: { app: 'x' } });
  });

  it('reads exposed include locals and get_parent_terragrunt_dir in the unit; dependency outputs are unknown', () => {
    const p = pieces(
      {
        'root.hcl': 'locals {\n  base = "../modules"\n}\n',
        'live/app/terragrunt.hcl': [
          'include "root" {\n  path = find_in_parent_folders("root.hcl")\n  expose = true\n}',
          'dependency "vpc" {\n  config_path = "../vpc"\n  mock_outputs = { id = "vpc-1" }\n}',
          'terraform {\n  source = "${get_parent_terragrunt_dir()}/modules/app"\n}',
          'inputs = {\n  base = include.root.locals.base\n  vpc = dependency.vpc.outputs.id\n  dir = basename(get_terragrunt_dir())\n}',
        ].join('\n'),
      },
      'live/app/terragrunt.hcl',
    );
    expect(p.source?.value).toBe('/scan/modules/app');
    expect(values(p.inputs)).toEqual({ base: '../modules', vpc: UNKNOWN, dir: 'app' });
  });

  it('positions the keys of inputs = merge(local.x, { ... }) at their literal items, the rest at the attribute', () => {
    const p = pieces(
      {
        'live/app/terragrunt.hcl': 'locals {\n  common = { a = 1 }\n}\ninputs = merge(local.common, {\n  b = 2\n})\n',
      },
      'live/app/terragrunt.hcl',
    );
    expect(p.inputs.get('a')!.range.start).toMatchObject({ line: 4, column: 1 });
    expect(p.inputs.get('b')!.range.start).toMatchObject({ line: 5, column: 3 });
  });
});

describe('resolveSource', () => {
  const dirs = ['modules-repo/modules/db', 'other/modules/db', 'infra-modules/modules/cache'];
  it.each([
    ['../../../modules/db', 'live/prod/db', { kind: 'local', dir: 'modules/db', name: 'db' }],
    ['/scan/modules//db?ref=v1', 'live/prod/db', { kind: 'local', dir: 'modules/db', name: 'db' }],
    // A Git source is the scanned directory named after the repository and the subdirectory ...
    [
      'git::git@github.com:acme/modules-repo.git//modules/db?ref=v1.0.0',
      'live',
      { kind: 'local', dir: 'modules-repo/modules/db', name: 'db' },
    ],
    // ... or the only one ending with the subdirectory.
    [
      'github.com/acme/infra//modules/cache?ref=v2',
      'live',
      { kind: 'local', dir: 'infra-modules/modules/cache', name: 'cache' },
    ],
    [
      'git::https://example.com/x/unknown.git//modules/db?ref=v1',
      'live',
      { kind: 'remote', source: 'git::https://example.com/x/unknown.git//modules/db?ref=v1', name: 'db' },
    ],
    [
      'tfr:///terraform-aws-modules/vpc/aws?version=5.1.0',
      'live',
      { kind: 'registry', source: 'terraform-aws-modules/vpc/aws', version: '5.1.0', name: 'vpc' },
    ],
  ])('%s from %s', (source, unitDir, expected) => {
    expect(resolveSource(source, unitDir, dirs)).toEqual(expected);
  });
});

describe('units as Terraform roots', () => {
  const tf = (dir: string, text: string): TfDirInput => ({
    dir,
    files: [parseText(`${dir}/main.tf`, text)],
    tfvars: [],
    backendConfigs: [],
  });

  it('a unit is a root calling its module with its inputs, unprefixed addresses, backend from remote_state', () => {
    const project = buildTerraformProject(
      [tf('modules/db', 'variable "size" {}\nresource "aws_db_instance" "db" {\n  allocated_storage = var.size\n}\n')],
      {
        terragrunt: files({
          'live/db/terragrunt.hcl':
            'terraform {\n  source = "../../modules/db"\n}\nremote_state {\n  backend = "s3"\n  config = { bucket = "b" }\n}\ninputs = {\n  size = 20\n}\n',
        }),
      },
    );
    expect(project.stacks.map((s) => s.root.dir)).toEqual(['live/db']);
    const [stack] = project.stacks;
    expect(stack.root.terragrunt?.path).toBe('live/db/terragrunt.hcl');
    expect(stack.root.backend?.backendType).toBe('s3');
    expect(stack.root.backend?.config.get('bucket')?.value).toBe('b');
    expect(stack.resources.map((r) => [r.address, r.value('allocated_storage')])).toEqual([['aws_db_instance.db', 20]]);
  });
});
