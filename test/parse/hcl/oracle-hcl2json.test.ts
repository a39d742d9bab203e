// Oracle (a): HashiCorp's own parser (Go, via @cdktf/hcl2json) must see the same
// values as ours in every valid .tf/.tfvars file we have. The comparison goes through
// to-hcl2json.ts, which renders our tree the way hcl2json renders its own.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from '@cdktf/hcl2json';
import { SourceFile } from '../../../src/parse/source.js';
import { parseHcl } from '../../../src/parse/hcl/parser.js';
import { REPO_DIR, describeShared, sharedPath } from '../../support/shared.js';
import { toHcl2Json } from './to-hcl2json.js';

function hclFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'invalid') hclFiles(p, out);
    } else if (/\.(tf|tfvars)$/.test(name)) {
      out.push(p);
    }
  }
  return out;
}

async function compare(path: string, mustBeValid = false): Promise<void> {
  const text = readFileSync(path, 'utf8');
  const file = new SourceFile(path, text);
  const ours = parseHcl(file);
  if (mustBeValid) expect(ours.diagnostics, path).toEqual([]);
  let theirs: unknown;
  try {
    theirs = await parse(path, text);
  } catch (err) {
    const msg = String(err);
    // hcl2json evaluates unary operators on literals (`!3`) after parsing: that is a
    // conversion error, not a syntax error, and we must accept the file.
    if (msg.includes('convert to HCL')) expect(ours.diagnostics, path).toEqual([]);
    // A deliberately broken fixture (another area's parse-error case): both must reject it.
    else expect(ours.diagnostics.length, `hcl2json rejects ${path}: ${msg}`).toBeGreaterThan(0);
    return;
  }
  expect(ours.diagnostics, path).toEqual([]);
  expect(JSON.parse(JSON.stringify(toHcl2Json(file, ours))), path).toEqual(theirs);
}

const fixtureFiles = hclFiles(join(REPO_DIR, 'fixtures'));

it('has fixtures to compare', () => {
  expect(fixtureFiles.length).toBeGreaterThan(0);
});

for (const path of fixtureFiles) {
  it(`fixture ${path.slice(REPO_DIR.length + 1)} matches hcl2json`, () => compare(path));
}

describeShared('realworld corpus matches hcl2json', () => {
  const root = sharedPath('corpus', 'realworld');
  const files = hclFiles(root);
  // Every realworld .tf is valid HCL: a rejection by hcl2json there would be a corpus problem.
  it('finds the corpus files', () => {
    expect(files.length).toBeGreaterThan(100);
  });
  for (const path of files) {
    it(path.slice(root.length + 1), () => compare(path, true));
  }
});
