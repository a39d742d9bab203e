// Test helpers: parse expressions and fixture directories into the model's inputs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHcl } from '../../../src/parse/hcl/parser.js';
import { SourceFile } from '../../../src/parse/source.js';
import type { Expr } from '../../../src/parse/hcl/ast.js';
import type { TfDirInput, TfFileInput } from '../../../src/model/terraform/build.js';
import { REPO_DIR } from '../../support/shared.js';

export const FIXTURES = join(REPO_DIR, 'fixtures/terraform/model');

export function parseText(path: string, text: string): TfFileInput {
  const file = new SourceFile(path, text);
  return { file, hcl: parseHcl(file) };
}

/** Parses one expression (as the value of an attribute). */
export function parseExpr(text: string): Expr {
  const { hcl } = parseText('expr.tf', `x = ${text}\n`);
  if (hcl.diagnostics.some((d) => d.severity === 'error'))
    throw new Error(`parse error in ${text}: ${hcl.diagnostics[0].message}`);
  return hcl.body.attributes[0].expr;
}

function isTfvars(name: string): boolean {
  return name === 'terraform.tfvars' || name === 'terraform.tfvars.json' || /\.auto\.tfvars(\.json)?$/.test(name);
}

/** Reads every directory below `root` (inclusive) that holds .tf files, with display paths relative to `base`. */
export function readDirs(root: string, base = root): TfDirInput[] {
  const out: TfDirInput[] = [];
  const visit = (abs: string) => {
    const names = readdirSync(abs).sort();
    const rel = relative(base, abs).split('\\').join('/') || '.';
    const input: TfDirInput = { dir: rel, files: [], tfvars: [], backendConfigs: [] };
    const tfvars: string[] = [];
    for (const n of names) {
      const p = join(abs, n);
      if (statSync(p).isDirectory()) {
        if (!n.startsWith('.')) visit(p);
        continue;
      }
      const display = rel === '.' ? n : `${rel}/${n}`;
      if (n.endsWith('.tf')) input.files.push(parseText(display, readFileSync(p, 'utf8')));
      else if (isTfvars(n) && !n.endsWith('.json')) tfvars.push(n);
      else if (n.endsWith('.tfbackend') || n === 'backend.hcl')
        input.backendConfigs.push(parseText(display, readFileSync(p, 'utf8')));
    }
    // terraform.tfvars first, then *.auto.tfvars in lexical order.
    tfvars.sort((a, b) => (a === 'terraform.tfvars' ? -1 : b === 'terraform.tfvars' ? 1 : a < b ? -1 : 1));
    for (const n of tfvars)
      input.tfvars.push(parseText(rel === '.' ? n : `${rel}/${n}`, readFileSync(join(abs, n), 'utf8')));
    if (input.files.length > 0) out.push(input);
  };
  visit(root);
  return out;
}
