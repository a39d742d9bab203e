// Terraform template files: YAML (or any) files that Terraform renders with templatefile()
// or reads with file(), and YAML-named files with template directives (`%{ for }`, `${}`)
// that do not parse. They are not manifests until rendered: skipped with an info line
// instead of being reported as broken YAML.

import { posix } from 'node:path';
import type { Expr } from '../parse/hcl/ast.js';
import type { ParsedFile } from './parse-files.js';

const READERS = new Set(['templatefile', 'file']);

/** `"${path.module}/templates/x.yaml"` (or a plain relative string) as a path relative to the .tf's directory. */
function literalPath(e: Expr, dir: string): string | undefined {
  if (e.kind === 'LiteralValue') return typeof e.value === 'string' ? posix.join(dir, e.value) : undefined;
  if (e.kind !== 'Template') return undefined;
  let out = '';
  for (const [i, p] of e.parts.entries()) {
    if (p.kind === 'TemplateLiteral') out += p.value;
    else if (
      i === 0 &&
      p.kind === 'ScopeTraversal' &&
      p.root === 'path' &&
      p.traversal.length === 1 &&
      p.traversal[0].kind === 'Attr' &&
      p.traversal[0].name === 'module'
    )
      out += dir;
    else return undefined;
  }
  return posix.isAbsolute(out) || out.startsWith(dir) ? posix.normalize(out) : posix.join(dir, out);
}

/** Every node of an HCL tree that is an expression (walks plain objects, skipping ranges). */
function* expressions(node: unknown): Generator<Expr> {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) yield* expressions(n);
    return;
  }
  const o = node as Record<string, unknown>;
  if (typeof o.kind === 'string') yield o as unknown as Expr;
  for (const [k, v] of Object.entries(o)) if (k !== 'range' && v && typeof v === 'object') yield* expressions(v);
}

/** Files the scanned Terraform reads with templatefile() / file(). */
export function referencedFiles(parsed: ParsedFile[]): Set<string> {
  const out = new Set<string>();
  for (const f of parsed) {
    if (f.kind !== 'hcl') continue;
    const dir = posix.dirname(f.source.path);
    for (const e of expressions(f.hcl.body)) {
      if (e.kind !== 'FunctionCall' || !READERS.has(e.name) || e.args.length === 0) continue;
      const p = literalPath(e.args[0], dir);
      if (p) out.add(p);
    }
  }
  return out;
}

const DIRECTIVE = /%\{|\$\{/;
/** A Go template action (`{{ .sourceUrl }}`, `{{ range ... }}`): boilerplate / scaffolding files. */
const GO_ACTION = /\{\{-?\s*[.\w$]/;

/**
 * YAML files that are Terraform templates, and Terragrunt files that are Go templates, with why. `referenced`: the files read by the
 * whole scan's Terraform (units/links.ts), when `parsed` is only one unit.
 */
export function terraformTemplates(
  parsed: ParsedFile[],
  referenced: ReadonlySet<string> = referencedFiles(parsed),
): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of parsed) {
    if (f.kind === 'hcl' && (f.candidate.kind === 'terragrunt' || f.candidate.kind === 'hcl')) {
      if (f.hcl.diagnostics.some((d) => d.severity === 'error') && GO_ACTION.test(f.source.text))
        out.set(
          f.source.path,
          'Go template (`{{ }}` actions, e.g. a boilerplate scaffold), not HCL until rendered: not linted',
        );
      continue;
    }
    if (f.kind !== 'yaml' || f.candidate.abs === '-') continue;
    const path = posix.normalize(f.source.path);
    if (referenced.has(path))
      out.set(f.source.path, 'Terraform template (read by templatefile() or file()), not linted');
    else if (f.stream.errors.length > 0 && DIRECTIVE.test(f.source.text))
      out.set(f.source.path, 'Terraform template (template directives, not YAML until rendered), not linted');
  }
  return out;
}
