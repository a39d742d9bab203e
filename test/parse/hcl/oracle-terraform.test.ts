// Oracle (b): `terraform fmt` is HashiCorp's verdict on a file's syntax. Every file in
// fixtures/hcl/invalid/ must be rejected by both terraform and us, with our first
// error on terraform's first error line; the valid fixtures and the realworld corpus
// must be accepted by both. Skipped where terraform is not installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../../src/parse/source.js';
import { parseHcl } from '../../../src/parse/hcl/parser.js';
import { REPO_DIR, HAS_SHARED, sharedPath } from '../../support/shared.js';

function hasTerraform(): boolean {
  try {
    execFileSync('terraform', ['version'], { stdio: 'ignore', env: tfEnv() });
    return true;
  } catch {
    return false;
  }
}

function tfEnv(): NodeJS.ProcessEnv {
  return { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', NO_COLOR: '1', TF_IN_AUTOMATION: '1' };
}

/** terraform's verdict on one file: the first error line, or null when it parses. */
function terraformVerdict(text: string): { ok: boolean; line: number | null; message: string } {
  const r = spawnSync('terraform', ['fmt', '-no-color', '-'], { input: text, env: tfEnv(), encoding: 'utf8' });
  const m = /on <stdin> line (\d+)/.exec(r.stderr);
  const title = /Error: (.*)/.exec(r.stderr);
  return { ok: r.status === 0, line: m ? Number(m[1]) : null, message: title ? title[1] : r.stderr };
}

const describeTf = hasTerraform() ? describe : describe.skip;
const invalidDir = join(REPO_DIR, 'fixtures', 'hcl', 'invalid');
const invalidFiles = readdirSync(invalidDir)
  .filter((n) => n.endsWith('.tf'))
  .sort();

describeTf('terraform fmt agrees on broken files', () => {
  it('has broken fixtures', () => {
    expect(invalidFiles.length).toBeGreaterThan(20);
  });
  for (const name of invalidFiles) {
    it(name, () => {
      const text = readFileSync(join(invalidDir, name), 'utf8');
      const tf = terraformVerdict(text);
      expect(tf.ok, `terraform accepts ${name}`).toBe(false);
      const ours = parseHcl(new SourceFile(name, text)).diagnostics;
      expect(ours.length, `we accept ${name}; terraform says line ${tf.line}: ${tf.message}`).toBeGreaterThan(0);
      expect(ours[0].range.start.line, `terraform: ${tf.message}; ours: ${ours[0].message}`).toBe(tf.line);
    });
  }
});

describeTf('terraform fmt accepts the valid files we accept', () => {
  const dirs = [join(REPO_DIR, 'fixtures', 'hcl', 'valid')];
  if (HAS_SHARED) dirs.push(sharedPath('corpus', 'realworld'));
  for (const dir of dirs) {
    it(dir, () => {
      // One run per tree: fmt exits 2 and names the file and line on any syntax error.
      // (-write=false prints the formatted files, which we do not need.)
      const r = spawnSync('terraform', ['fmt', '-no-color', '-write=false', '-list=false', '-recursive', dir], {
        env: tfEnv(),
        encoding: 'utf8',
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    });
  }
});
