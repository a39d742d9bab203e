// TF_VAR_name environment variables (env-vars.ts), checked against `terraform console`
// run with the same environment where terraform is installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTerraformProject, type TfDirInput } from '../../../src/model/terraform/build.js';
import { tfVarsFromEnv } from '../../../src/model/terraform/env-vars.js';
import { jsonEncode } from '../../../src/model/terraform/json-encode.js';
import { UNKNOWN, type Value } from '../../../src/model/terraform/value.js';
import { parseText } from './helpers.js';

const TF_ENV = { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', TF_IN_AUTOMATION: '1' };
const HAS_TERRAFORM = spawnSync('terraform', ['version'], { stdio: 'ignore', env: TF_ENV }).status === 0;

/** name, declaration body, TF_VAR text, the value we expect. */
const CASES: [string, string, string, Value][] = [
  ['untyped', '', '[1, 2]', '[1, 2]'],
  ['str', 'type = string', '  spaced  ', '  spaced  '],
  ['num', 'type = number', '5', 5],
  ['flag', 'type = bool', 'true', true],
  ['quoted', 'type = string', '"x"', '"x"'],
  ['names', 'type = list(string)', '["x", "y"]', ['x', 'y']],
  ['multiline', 'type = list(string)', '[\n  "a",\n  "b",\n]', ['a', 'b']],
  ['sizes', 'type = map(number)', '{ a = 1, b = "2" }', { a: 1, b: 2 }],
  ['obj', 'type = object({ x = number, y = optional(string, "d") })', '{ x = "3" }', { x: 3, y: 'd' }],
  ['anything', 'type = any', '"foo"', 'foo'],
  ['tuple', 'type = any', '[1, "two", true]', [1, 'two', true]],
  ['overridden', 'type = string\n  default = "default"', 'from-env', 'from-env'],
];
/** Text terraform refuses for these types (it stops with an error): unknown here. */
const REFUSED: [string, string, string][] = [
  ['unterminated', 'type = list(string)', '[bad'],
  ['reference', 'type = any', 'foo'],
  ['calls', 'type = list(string)', 'tolist(["a"])'],
  ['nested', 'type = map(string)', '{ a = upper("x") }'],
];

function config(cases: [string, string, ...unknown[]][]): string {
  return cases.map(([name, body]) => `variable "${name}" {\n  ${body}\n}\n`).join('');
}

function envOf(cases: [string, string, string, ...unknown[]][]): Record<string, string> {
  return Object.fromEntries(cases.map(([name, , text]) => [`TF_VAR_${name}`, text]));
}

function dir(files: Record<string, string>, tfvars: Record<string, string> = {}): TfDirInput {
  return {
    dir: '.',
    files: Object.entries(files).map(([p, t]) => parseText(p, t)),
    tfvars: Object.entries(tfvars).map(([p, t]) => parseText(p, t)),
    backendConfigs: [],
  };
}

function rootVariables(input: TfDirInput[], env: Record<string, string>, varFiles: Record<string, string> = {}) {
  const p = buildTerraformProject(input, {
    tfVars: tfVarsFromEnv(env),
    varFiles: Object.entries(varFiles).map(([path, t]) => parseText(path, t)),
  });
  const root = p.stacks.find((s) => s.root.dir === '.')!.root;
  return (name: string) => root.variables.get(name)!.value;
}

describe('TF_VAR_name', () => {
  it('gives root variables their value: primitive types as strings, other types as HCL', () => {
    const get = rootVariables([dir({ 'main.tf': config(CASES) })], envOf(CASES));
    for (const [name, , , want] of CASES) expect(get(name), name).toEqual(want);
  });

  it('text terraform refuses is unknown, not a guess', () => {
    const get = rootVariables([dir({ 'main.tf': config(REFUSED) })], envOf(REFUSED));
    for (const [name] of REFUSED) expect(get(name), name).toBe(UNKNOWN);
  });

  it('ranks below terraform.tfvars, *.auto.tfvars and var files, above defaults', () => {
    const tf = ['a', 'b', 'c', 'd', 'e'].map((n) => `variable "${n}" {\n  default = "default"\n}\n`).join('');
    const env = { TF_VAR_a: 'env', TF_VAR_b: 'env', TF_VAR_c: 'env', TF_VAR_d: 'env' };
    const get = rootVariables(
      [dir({ 'main.tf': tf }, { 'terraform.tfvars': 'b = "tfvars"\n', 'x.auto.tfvars': 'c = "auto"\n' })],
      env,
      { 'ci.tfvars': 'd = "var-file"\n' },
    );
    expect(['a', 'b', 'c', 'd', 'e'].map(get)).toEqual(['env', 'tfvars', 'auto', 'var-file', 'default']);
  });

  it('sets only variables the root declares: not a called module variable of the same name', () => {
    const root = dir({
      'main.tf': 'variable "size" {\n  type = number\n}\nmodule "m" {\n  source = "./m"\n}\n',
    });
    const child: TfDirInput = { ...dir({ 'm/main.tf': 'variable "size" {\n  default = 1\n}\n' }), dir: 'm' };
    const p = buildTerraformProject([root, child], { tfVars: tfVarsFromEnv({ TF_VAR_size: '3', TF_VAR_nope: 'x' }) });
    expect(p.stacks).toHaveLength(1);
    expect(p.stacks[0].root.variables.get('size')!.value).toBe(3);
    const m = p.stacks[0].modules.find((x) => x.dir === 'm')!;
    expect(m.variables.get('size')!.value).toBe(1);
  });

  it('reads only TF_VAR_ entries of the given environment, in a fixed order', () => {
    const got = tfVarsFromEnv({
      TF_VAR_b: '2',
      PATH: '/bin',
      TF_VAR_: 'x',
      tf_var_c: '3',
      TF_VAR_a: '1',
      TF_VAR_u: undefined,
    });
    expect([...got]).toEqual([
      ['a', '1'],
      ['b', '2'],
    ]);
    expect(tfVarsFromEnv(undefined).size).toBe(0);
  });
});

describe.skipIf(!HAS_TERRAFORM)('TF_VAR_name agrees with terraform console', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'arch-lint-tfvar-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  function console(cwd: string, env: Record<string, string>, expr: string) {
    return spawnSync('terraform', ['console', '-no-color'], {
      cwd,
      input: `${expr}\n`,
      env: { ...TF_ENV, ...env },
      encoding: 'utf8',
    });
  }

  it('on every accepted value of the table', () => {
    const d = join(tmp, 'ok');
    execFileSync('mkdir', ['-p', d]);
    writeFileSync(join(d, 'main.tf'), config(CASES));
    const expr = `jsonencode([${CASES.map(([n]) => `var.${n}`).join(', ')}])`;
    const r = console(d, envOf(CASES), expr);
    expect(r.status, r.stderr).toBe(0);
    const theirs = JSON.parse(JSON.parse(r.stdout.trim())) as unknown[];
    const get = rootVariables([dir({ 'main.tf': config(CASES) })], envOf(CASES));
    const ours = CASES.map(([n]) => JSON.parse(jsonEncode(get(n))));
    expect(ours).toEqual(theirs);
  });

  it.each(REFUSED)('terraform refuses %s too', (name, body, text) => {
    const d = join(tmp, name);
    execFileSync('mkdir', ['-p', d]);
    writeFileSync(join(d, 'main.tf'), config([[name, body]]));
    const r = console(d, { [`TF_VAR_${name}`]: text }, `jsonencode(var.${name})`);
    expect(r.status).not.toBe(0);
  });
});
