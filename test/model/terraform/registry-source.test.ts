import { describe, expect, it } from 'vitest';
import { majorVersion, registryModule } from '../../../src/model/terraform/registry/source.js';

describe('majorVersion', () => {
  it.each<[string | undefined, string | undefined, number | undefined]>([
    ['6.10.0', undefined, 6],
    ['= 6.10.0', undefined, 6],
    ['v6.10.0', undefined, 6],
    ['~> 6.0', undefined, 6],
    ['~> 6.10.1', undefined, 6],
    ['>= 6.0, < 7.0', undefined, 6],
    ['>= 6.2, <= 6.9', undefined, 6],
    ['>= 6.0, < 6.5', undefined, 6],
    ['~> 0.6', undefined, 0],
    // Several majors possible: the latest at `terraform init` time.
    ['~> 6', undefined, undefined],
    ['>= 6.0', undefined, undefined],
    ['>= 5.0, < 7.0', undefined, undefined],
    [undefined, undefined, undefined],
    ['not a version', undefined, undefined],
    // A git source pins its ref.
    [undefined, 'v6.10.0', 6],
    [undefined, 'main', undefined],
  ])('%s (ref %s) → %s', (constraint, ref, expected) => {
    expect(majorVersion(constraint, ref)).toBe(expected);
  });
});

describe('registryModule', () => {
  it.each([
    ['terraform-aws-modules/rds/aws', { name: 'terraform-aws-modules/rds/aws', submodule: '' }],
    ['registry.terraform.io/terraform-aws-modules/rds/aws', { name: 'terraform-aws-modules/rds/aws', submodule: '' }],
    [
      'GoogleCloudPlatform/sql-db/google//modules/postgresql',
      { name: 'GoogleCloudPlatform/sql-db/google', submodule: 'modules/postgresql' },
    ],
    [
      'git::https://github.com/terraform-aws-modules/terraform-aws-rds.git//modules/db_instance?ref=v6.10.0',
      { name: 'terraform-aws-modules/rds/aws', submodule: 'modules/db_instance', ref: 'v6.10.0' },
    ],
  ])('%s', (source, expected) => {
    expect(registryModule(source)).toEqual(expected);
  });

  it('is undefined for local sources', () => {
    expect(registryModule('./modules/db')).toBeUndefined();
  });
});
