// Runs `terraform validate` over many fixture cases at once: each case is copied into
// one temporary root as a child module, so the AWS provider (slow to start: it loads a
// ~700 MB plugin and its schema) is installed and started once, not once per case.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ProviderSchema } from './aws-schema.js';
import { AWS_PROVIDER_VERSION, type Classified } from './terraform-cases.js';

type AwsCase = Extract<Classified, { kind: 'aws' }>;

export interface Diagnostic {
  severity: 'error' | 'warning';
  summary: string;
  detail?: string;
  range?: { filename: string; start: { line: number; column: number } };
}

export interface CaseResult {
  /** The fixture case path. */
  path: string;
  errors: string[];
}

const MIRROR_SUBPATH = join('registry.terraform.io', 'hashicorp', 'aws', AWS_PROVIDER_VERSION);

/** The filesystem mirror holding hashicorp/aws 5.100.0 (see ../shared/provider-schemas/README.md), if any. */
export function findAwsMirror(): string | undefined {
  const candidates = [
    process.env.ARCH_LINT_TF_MIRROR,
    '/opt/tf-plugins',
    join(homedir(), '.terraform.d', 'plugins'),
    join(homedir(), '.local', 'share', 'terraform', 'plugins'),
    '/usr/local/share/terraform/plugins',
    '/usr/share/terraform/plugins',
  ];
  return candidates.find((dir): dir is string => !!dir && existsSync(join(dir, MIRROR_SUBPATH)));
}

export function hasTerraform(): boolean {
  const r = spawnSync('terraform', ['version'], { encoding: 'utf8', env: terraformEnv(undefined) });
  return r.status === 0;
}

function terraformEnv(cliConfig: string | undefined): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...(cliConfig ? { TF_CLI_CONFIG_FILE: cliConfig } : {}),
    TF_IN_AUTOMATION: '1',
    CHECKPOINT_DISABLE: '1',
    TF_INPUT: '0',
  };
}

/** A CLI config that installs hashicorp/aws from the mirror only, through a plugin cache shared by runs. */
function writeCliConfig(work: string, mirror: string): string {
  const cache = join(tmpdir(), 'arch-lint-tf-plugin-cache');
  mkdirSync(cache, { recursive: true });
  const cliConfig = join(work, 'cli.tfrc');
  writeFileSync(
    cliConfig,
    `provider_installation {\n  filesystem_mirror {\n    path    = ${JSON.stringify(mirror)}\n    include = ["registry.terraform.io/hashicorp/aws"]\n  }\n}\n` +
      `plugin_cache_dir = ${JSON.stringify(cache)}\n`,
  );
  return cliConfig;
}

function init(root: string, env: NodeJS.ProcessEnv): void {
  const r = spawnSync('terraform', ['init', '-backend=false', '-input=false', '-no-color'], {
    cwd: root,
    env,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) throw new Error(`terraform init failed:\n${r.stderr || r.stdout}`);
}

/** The complete hashicorp/aws schema (`terraform providers schema -json`), for types the shared subset lacks. */
export function fullAwsSchema(mirror: string): ProviderSchema {
  const work = mkdtempSync(join(tmpdir(), 'arch-lint-tf-schema-'));
  try {
    const env = terraformEnv(writeCliConfig(work, mirror));
    writeFileSync(
      join(work, 'main.tf'),
      `terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws", version = "${AWS_PROVIDER_VERSION}" }\n  }\n}\n`,
    );
    init(work, env);
    const r = spawnSync('terraform', ['providers', 'schema', '-json'], {
      cwd: work,
      env,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    if (r.status !== 0) throw new Error(`terraform providers schema failed:\n${r.stderr}`);
    const all = JSON.parse(r.stdout) as { provider_schemas: Record<string, ProviderSchema> };
    const aws = all.provider_schemas['registry.terraform.io/hashicorp/aws'];
    if (!aws) throw new Error('terraform providers schema: no hashicorp/aws');
    return aws;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function validateCases(cases: AwsCase[], mirror: string): CaseResult[] {
  const work = mkdtempSync(join(tmpdir(), 'arch-lint-tf-validate-'));
  try {
    const cliConfig = writeCliConfig(work, mirror);
    const root = join(work, 'root');
    const calls: string[] = [];
    /** Module name → fixture case path. */
    const owners = new Map<string, string>();
    cases.forEach((c, i) => {
      const caseDir = join(root, 'cases', String(i));
      mkdirSync(caseDir, { recursive: true });
      if (statSync(c.copy).isDirectory()) cpSync(c.copy, caseDir, { recursive: true });
      else cpSync(c.copy, join(caseDir, basename(c.copy)));
      c.roots.forEach((r, j) => {
        const name = `case_${i}_${j}`;
        owners.set(name, c.fixture.path);
        const source = `./cases/${i}${r.dir ? `/${r.dir}` : ''}`;
        // Validation needs no values: null satisfies a required variable of any type.
        const args = r.requiredVariables.map((v) => `  ${v} = null\n`).join('');
        calls.push(`module "${name}" {\n  source = ${JSON.stringify(source)}\n${args}}\n`);
      });
    });
    writeFileSync(join(root, 'main.tf'), calls.join('\n'));

    const env = terraformEnv(cliConfig);
    init(root, env);
    const run = spawnSync('terraform', ['validate', '-json', '-no-color'], {
      cwd: root,
      env,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    let diagnostics: Diagnostic[];
    try {
      diagnostics = (JSON.parse(run.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
    } catch {
      throw new Error(`terraform validate printed no JSON (exit ${run.status}):\n${run.stderr}`);
    }
    return attribute(diagnostics, cases, owners, root);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Maps each error back to its fixture case and file. */
function attribute(
  diagnostics: Diagnostic[],
  cases: AwsCase[],
  owners: Map<string, string>,
  root: string,
): CaseResult[] {
  const results = new Map<string, string[]>(cases.map((c) => [c.fixture.path, []]));
  const unattributed: string[] = [];
  const mainLines = readFileSync(join(root, 'main.tf'), 'utf8').split('\n');
  for (const d of diagnostics) {
    if (d.severity !== 'error') continue;
    const text = `${d.summary}${d.detail ? `: ${d.detail.replace(/\s+/g, ' ').trim()}` : ''}`;
    const file = d.range?.filename ?? '';
    const m = /^cases\/(\d+)\/(.*)$/.exec(file);
    if (m) {
      const c = cases[Number(m[1])];
      const inCase = c.fixture.isDirectory ? `${c.copyPath}/${m[2]}` : c.fixture.path;
      results.get(c.fixture.path)!.push(`${inCase}:${d.range!.start.line}:${d.range!.start.column}: ${text}`);
      continue;
    }
    // An error on a module call in the generated root (a missing argument, ...): find its block.
    if (file === 'main.tf' && d.range) {
      const header = mainLines
        .slice(0, d.range.start.line)
        .reverse()
        .find((l) => l.startsWith('module "'));
      const owner = header && owners.get(/^module "([^"]+)"/.exec(header)![1]);
      if (owner) {
        results.get(owner)!.push(`${owner}: ${text}`);
        continue;
      }
    }
    unattributed.push(`${file || '(no file)'}: ${text}`);
  }
  const out = [...results].map(([path, errors]) => ({ path, errors }));
  if (unattributed.length > 0) out.push({ path: '(generated root)', errors: unattributed });
  return out;
}
