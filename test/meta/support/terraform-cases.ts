// Which rule fixture cases `terraform validate` can judge with only hashicorp/aws 5.100.0
// installed, and the module directories of each to validate. Read with arch-lint's own
// HCL parser; nothing here runs Terraform.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, posix, relative } from 'node:path';
import type { Block, HclFile } from '../../../src/parse/hcl/ast.js';
import { parseHcl } from '../../../src/parse/hcl/parser.js';
import { SourceFile } from '../../../src/parse/source.js';
import { EMPTY_SCOPE, evaluate } from '../../../src/model/terraform/evaluate.js';
import { REPO_DIR } from '../../support/shared.js';
import type { FixtureCase } from './fixture-cases.js';

export const AWS_PROVIDER_VERSION = '5.100.0';

export interface ModuleDir {
  /** Relative to the case ('' for the case directory itself, or for a file case). */
  dir: string;
  /** Variables without a default: the calling root must pass them. */
  requiredVariables: string[];
}

export type Classified =
  /**
   * `copy`: the absolute file or directory to copy for validation — the case itself, or
   * its pass/fail folder when the case calls a sibling module. Root dirs are relative to it.
   * `copyPath`: the same, as a display path.
   */
  | { kind: 'aws'; fixture: FixtureCase; copy: string; copyPath: string; roots: ModuleDir[] }
  | { kind: 'skip'; fixture: FixtureCase; reason: string }
  /** No Terraform in it (Kubernetes YAML, a committed state file, ...). */
  | { kind: 'not-terraform'; fixture: FixtureCase };

interface TfFile {
  /** Relative to the case, '/' separators. */
  path: string;
  hcl: HclFile;
}

/** Built-in providers and types that need no provider plugin. */
const BUILTIN_TYPES = new Set(['terraform_data', 'terraform_remote_state']);

export function classifyCase(fixture: FixtureCase, baseDir = REPO_DIR): Classified {
  const abs = join(baseDir, fixture.path);
  const files = fixture.isDirectory ? tfFilesUnder(abs) : fixture.path.endsWith('.tf') ? [abs] : [];
  if (files.length === 0) return { kind: 'not-terraform', fixture };
  const base = fixture.isDirectory ? abs : dirname(abs);
  const parsed: TfFile[] = [];
  for (const f of files) {
    const path = relative(base, f).split('\\').join('/');
    const hcl = parseHcl(new SourceFile(path, readFileSync(f, 'utf8')));
    if (hcl.diagnostics.some((d) => d.severity === 'error'))
      return { kind: 'skip', fixture, reason: `${path} does not parse` };
    parsed.push({ path, hcl });
  }

  const others = new Set<string>();
  const problems: string[] = [];
  const moduleTargets = new Set<string>();
  /** A case may call a module kept beside it in the same pass/fail folder: then that folder is copied. */
  let widen = false;
  for (const { path, hcl } of parsed) {
    const dir = posix.dirname(path) === '.' ? '' : posix.dirname(path);
    for (const b of hcl.body.blocks) {
      if ((b.type === 'resource' || b.type === 'data') && b.labels[0]) {
        const type = b.labels[0].value;
        if (!BUILTIN_TYPES.has(type) && !type.startsWith('aws_')) others.add(type.split('_')[0]);
      }
      if (b.type === 'provider' && b.labels[0] && b.labels[0].value !== 'aws') others.add(b.labels[0].value);
      if (b.type === 'terraform') problems.push(...requiredProviderProblems(b, others));
      if (b.type === 'module') {
        const source = stringAttr(b, 'source');
        if (source === undefined || !(source.startsWith('./') || source.startsWith('../'))) {
          problems.push(
            `calls module ${b.labels[0]?.value ?? '?'} from ${source ?? 'an unknown source'} (not installable offline)`,
          );
          continue;
        }
        const target = posix.normalize(posix.join(dir, source));
        if (!fixture.isDirectory || target.startsWith('../../') || target === '../..') {
          problems.push(`calls a local module outside its pass/fail folder (${source})`);
        } else if (target === '..' || target.startsWith('../')) widen = true;
        else moduleTargets.add(target === '.' ? '' : target);
      }
    }
  }
  if (others.size > 0) return { kind: 'skip', fixture, reason: `uses provider ${[...others].sort().join(', ')}` };
  if (problems.length > 0) return { kind: 'skip', fixture, reason: problems[0] };

  const dirs = [...new Set(parsed.map((f) => (posix.dirname(f.path) === '.' ? '' : posix.dirname(f.path))))].sort();
  const roots = dirs
    .filter((d) => !moduleTargets.has(d))
    .map((d) => ({
      dir: d,
      requiredVariables: requiredVariables(
        parsed.filter((f) => (posix.dirname(f.path) === '.' ? '' : posix.dirname(f.path)) === d),
      ),
    }));
  if (!widen) return { kind: 'aws', fixture, copy: abs, copyPath: fixture.path, roots };
  const name = basename(abs);
  return {
    kind: 'aws',
    fixture,
    copy: dirname(abs),
    copyPath: posix.dirname(fixture.path),
    roots: roots.map((r) => ({ ...r, dir: r.dir ? `${name}/${r.dir}` : name })),
  };
}

function tfFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tfFilesUnder(p));
    else if (name.endsWith('.tf')) out.push(p);
  }
  return out;
}

function stringAttr(b: Block, name: string): string | undefined {
  const a = b.body.attributes.find((x) => x.name === name);
  if (!a) return undefined;
  const v = evaluate(a.expr, EMPTY_SCOPE);
  return typeof v === 'string' ? v : undefined;
}

/** Other providers required, and aws version constraints the installed provider does not meet. */
function requiredProviderProblems(terraform: Block, others: Set<string>): string[] {
  const problems: string[] = [];
  for (const rp of terraform.body.blocks.filter((b) => b.type === 'required_providers')) {
    for (const a of rp.body.attributes) {
      const v = evaluate(a.expr, EMPTY_SCOPE);
      const spec = v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
      const source = typeof spec.source === 'string' ? spec.source.toLowerCase() : a.name;
      if (!['hashicorp/aws', 'registry.terraform.io/hashicorp/aws', 'aws'].includes(source)) {
        others.add(a.name);
        continue;
      }
      const version = typeof spec.version === 'string' ? spec.version : typeof v === 'string' ? v : undefined;
      if (version !== undefined && !satisfies(AWS_PROVIDER_VERSION, version)) {
        problems.push(`requires hashicorp/aws "${version}"; the mirror has ${AWS_PROVIDER_VERSION}`);
      }
    }
  }
  return problems;
}

function requiredVariables(files: TfFile[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    for (const b of f.hcl.body.blocks) {
      if (b.type === 'variable' && b.labels[0] && !b.body.attributes.some((a) => a.name === 'default'))
        out.push(b.labels[0].value);
    }
  }
  return out.sort();
}

/** Terraform version constraints (`>= 5.0, < 6.0`, `~> 5.0`, `= 5.100.0`, `!= 5.1`). */
export function satisfies(version: string, constraints: string): boolean {
  const v = parts(version);
  return constraints.split(',').every((raw) => {
    const m = /^\s*(~>|>=|<=|!=|=|>|<)?\s*v?([0-9][0-9.]*)\s*$/.exec(raw);
    if (!m) return true; // pre-release or malformed: let terraform init judge
    const op = m[1] ?? '=';
    const c = parts(m[2]);
    const cmp = compare(v, c);
    switch (op) {
      case '=':
        return cmp === 0;
      case '!=':
        return cmp !== 0;
      case '>':
        return cmp > 0;
      case '>=':
        return cmp >= 0;
      case '<':
        return cmp < 0;
      case '<=':
        return cmp <= 0;
      default: {
        // ~> 5.1 allows 5.x >= 5.1; ~> 5.1.2 allows 5.1.x >= 5.1.2; ~> 5 allows 5.x.
        const given = m[2].split('.').length;
        const prefix = given === 1 ? 1 : given - 1;
        return cmp >= 0 && v.slice(0, prefix).every((n, i) => n === c[i]);
      }
    }
  });
}

function parts(v: string): number[] {
  const p = v.split('.').map((n) => Number(n) || 0);
  while (p.length < 3) p.push(0);
  return p;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
