// Terraform semantics every rule inherits from the model: `null` is "not set", a dynamic
// block over a known empty collection generates nothing, and an unknown count / for_each
// keeps the resource (one unkeyed instance) with its expansion marked unknown.
import { describe, expect, it } from 'vitest';
import { buildTerraformProject } from '../../../src/model/terraform/build.js';
import type { TfResource } from '../../../src/model/terraform/types.js';
import { parseText } from './helpers.js';

function build(text: string, callerText?: string): TfResource[] {
  const dirs = [{ dir: 'm', files: [parseText('m/main.tf', text)], tfvars: [], backendConfigs: [] }];
  if (callerText)
    dirs.push({ dir: 'root', files: [parseText('root/main.tf', callerText)], tfvars: [], backendConfigs: [] });
  const project = buildTerraformProject(dirs);
  return project.stacks.flatMap((s) => s.resources);
}

describe('null arguments', () => {
  const [r] = build(`
variable "x" {
  default = null
}
resource "t" "a" {
  direct  = null
  through = var.x
  kept    = "v"
  nested {
    inner = null
  }
}`);

  it('are absent for attr(), value(), attributes and get()', () => {
    expect(r.attr('direct')).toBeUndefined();
    expect(r.attr('through')).toBeUndefined();
    expect(r.value('through')).toBeUndefined();
    expect([...r.attributes.keys()]).toEqual(['kept']);
    expect(r.get('nested.inner')).toBeUndefined();
    expect(r.value('kept')).toBe('v');
  });

  it('stay visible through declared(), where the default comes from', () => {
    expect(r.declared('through')?.range.start.line).toBe(7);
    expect(r.declared('through')?.value).toBeNull();
  });

  it('set a nullable module variable to null when passed explicitly', () => {
    const resources = build(
      `variable "x" {
  default = "dflt"
}
resource "t" "a" {
  v = var.x
}`,
      `module "m" {
  source = "../m"
  x      = null
}`,
    );
    expect(resources.map((x) => [x.address, x.value('v')])).toEqual([['module.m.t.a', undefined]]);
  });
});

describe('dynamic blocks', () => {
  const [r] = build(`
variable "none" {
  default = []
}
variable "unset" {}
resource "t" "a" {
  dynamic "empty" {
    for_each = var.none
    content {
      k = 1
    }
  }
  dynamic "open" {
    for_each = var.unset
    content {
      k = open.value
    }
  }
  dynamic "two" {
    for_each = ["a", "b"]
    content {
      k = two.value
    }
  }
}`);

  it('over a known empty collection generate nothing, and their number is known', () => {
    expect(r.blocks('empty')).toEqual([]);
    expect(r.blocksKnown('empty')).toBe(true);
  });

  it('over an unknown collection generate one block of unknown content, and their number is unknown', () => {
    expect(r.blocks('open')).toHaveLength(1);
    expect(r.blocksKnown('open')).toBe(false);
  });

  it('over a known collection generate one block per element', () => {
    expect(r.blocks('two').map((b) => b.value('k'))).toEqual(['a', 'b']);
    expect(r.blocksKnown('two')).toBe(true);
    expect(r.blocksKnown('absent')).toBe(true);
  });
});

describe('expansion', () => {
  const resources = build(`
module "this" {
  source = "cloudposse/label/null"
}
resource "t" "unknown" {
  count = module.this.enabled ? 1 : 0
  arg   = "set"
}
resource "t" "counted" {
  count = 2
}
resource "t" "keyed" {
  for_each = toset(["x"])
}
resource "t" "none" {
  count = 0
}
resource "t" "single" {}`);

  it('keeps a resource whose count is unknown as one unkeyed instance marked unknown', () => {
    expect(resources.map((r) => [r.address, r.expansion])).toEqual([
      ['t.unknown', 'unknown'],
      ['t.counted[0]', 'count'],
      ['t.counted[1]', 'count'],
      ['t.keyed["x"]', 'for_each'],
      ['t.single', 'single'],
    ]);
    expect(resources[0].value('arg')).toBe('set');
  });
});
