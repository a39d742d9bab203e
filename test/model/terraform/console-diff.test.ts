// Differential test: our evaluator against `terraform console` on the same
// configuration. Skipped where terraform is not installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTerraformProject } from '../../../src/model/terraform/build.js';
import { evaluate } from '../../../src/model/terraform/evaluate.js';
import { jsonEncode } from '../../../src/model/terraform/json-encode.js';
import type { ModuleInstance } from '../../../src/model/terraform/module-instance.js';
import { UNKNOWN } from '../../../src/model/terraform/value.js';
import { parseExpr, parseText } from './helpers.js';

const HAS_TERRAFORM =
  spawnSync('terraform', ['version'], { stdio: 'ignore', env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null' } })
    .status === 0;

const CONFIG = `
variable "name" {
  default = "app"
}
variable "ports" {
  type    = list(number)
  default = [80, 443]
}
variable "settings" {
  type = object({
    size  = string
    count = optional(number, 2)
  })
  default = { size = "large" }
}
locals {
  tags  = { env = "prod", team = "core" }
  items = ["b", "a", "c", "a"]
  n     = 7
  full  = "\${var.name}-\${local.tags.env}"
  nested = [{ k = "x", v = [1, 2] }, { k = "y", v = [3] }]
}
`;

const EXPRESSIONS = [
  'var.name',
  'var.ports',
  'var.settings',
  'local.full',
  'local.n * 3 - 1',
  '7 / 2',
  '-7 % 3',
  '"5" + 1',
  '1 == "1"',
  '"a" != "b"',
  'local.n >= 7 && !false',
  'true ? 1 : "x"',
  'false ? "x" : 2.5',
  '"${local.n}"',
  '"n=${local.n}, ok=${true}"',
  '[for s in local.items : upper(s) if s != "c"]',
  '{ for k, v in local.tags : v => k }',
  '{ for s in local.items : s => s... }',
  'local.nested[*].k',
  'flatten(local.nested[*].v)',
  'merge(local.tags, { env = "dev" }, null)',
  'lookup(local.tags, "zone", "none")',
  'concat(local.items, ["z"])',
  'contains(local.items, "c")',
  'coalesce("", "b")',
  'coalescelist([], ["x"])',
  'try(local.tags.zone, "fallback")',
  'can(local.tags.zone)',
  'tostring(12)',
  'tonumber("3.5")',
  'tobool("true")',
  'tolist(["a", 1])',
  'toset(local.items)',
  'tomap({ a = 1, b = "x" })',
  'jsonencode({ b = [1, "<&>"], a = null })',
  'jsondecode("{\\"a\\": [1, 2.5, true]}")',
  'yamlencode({ a = 1, b = ["x", { c = "d" }], e = {} })',
  'format("%s is %d (%5.2f) %q %t %x", "n", 42, 3.14159, "q", true, 255)',
  'formatlist("%s=%s", ["a", "b"], "v")',
  'join(",", local.items)',
  'split(",", "a,,b")',
  'title("hello wide world")',
  'trimspace("  x y  ")',
  'trim("--a-b--", "-")',
  'trimprefix("prefix-x", "prefix-")',
  'trimsuffix("x.tf", ".tf")',
  'replace("a.b.c", ".", "/")',
  'replace("v1.2.3", "/(\\\\d+)\\\\.(\\\\d+)/", "$2.$1")',
  'substr("hello", -3, 2)',
  'length("héllo")',
  'keys(local.tags)',
  'values(local.tags)',
  'element(local.items, 5)',
  'index(local.items, "c")',
  'distinct(local.items)',
  'compact(["a", "", "b"])',
  'slice(local.items, 1, 3)',
  'range(1, 10, 3)',
  'zipmap(["a", "b"], [1, 2])',
  'min(3, 1.5, 9)',
  'max(var.ports...)',
  'abs(-4)',
  'ceil(1.2)',
  'floor(-1.2)',
  'sum([1, 2, 3.5])',
  'startswith("prod-db", "prod")',
  'endswith("x.tf", ".json")',
  'strcontains("abc", "bc")',
  'one(["x"])',
  'alltrue([true, "true"])',
  'anytrue([])',
  'base64encode("hi there")',
  'cidrsubnet("10.1.0.0/16", 4, 3)',
  'path.module',
  'terraform.workspace',
  'lower("ÀB")',
  'reverse([1, 2, 3])',
  'sort(["b", "a", "10"])',
  'tonumber("x")',
  'element([], 0)',
  'local.items[9]',
  'length(range(0))',
  '<<-EOT\n    hello ${var.name}\n      %{~ for p in var.ports ~}\n      port ${p}\n      %{ endfor ~}\n    EOT',
];

describe.skipIf(!HAS_TERRAFORM)('evaluator agrees with terraform console', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arch-lint-console-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('on every expression of the table', () => {
    // One console session for all: each result as try(jsonencode(...)) in a local.
    const results = EXPRESSIONS.map((e) => `    try(jsonencode(${e}\n), "!error"),`).join('\n');
    writeFileSync(join(dir, 'main.tf'), `${CONFIG}\nlocals {\n  results__ = [\n${results}\n  ]\n}\n`);
    const out = execFileSync('terraform', ['console', '-no-color'], {
      cwd: dir,
      input: 'jsonencode(local.results__)\n',
      env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', TF_IN_AUTOMATION: '1' },
      encoding: 'utf8',
    }).trim();
    // The console prints an HCL string literal: JSON escapes plus $${ and %%{.
    const literal = JSON.parse(out.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{')) as string;
    const theirs = (JSON.parse(literal) as string[]).map((s) =>
      s === '!error' ? 'UNKNOWN' : JSON.stringify(JSON.parse(s)),
    );

    const project = buildTerraformProject([
      { dir: '.', files: [parseText('main.tf', CONFIG)], tfvars: [], backendConfigs: [] },
    ]);
    const scope = (project.stacks[0].root as ModuleInstance).scope;
    const ours = EXPRESSIONS.map((e) => {
      const v = evaluate(parseExpr(e), scope);
      return v === UNKNOWN ? 'UNKNOWN' : JSON.stringify(JSON.parse(jsonEncode(v)));
    });
    const mismatches = EXPRESSIONS.map((e, i) => ({ e, ours: ours[i], theirs: theirs[i] })).filter(
      (r) => r.ours !== r.theirs,
    );
    if (process.env.SHOW_CONSOLE_DIFF) console.log(theirs.join('\n'));
    expect(theirs).toHaveLength(EXPRESSIONS.length);
    expect(mismatches).toEqual([]);
  });
});
