// The package a user installs: npm pack, install the tarball into an empty folder offline,
// run `npx arch-lint --version`. It has no runtime dependencies (dist/cli.js is a
// self-contained bundle), and the pre-commit hook points at its real bin.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { REPO_DIR } from '../support/shared.js';

const pkg = JSON.parse(readFileSync(join(REPO_DIR, 'package.json'), 'utf8'));

describe('the npm package', () => {
  it('has no runtime dependencies: the CLI bundle carries its libraries', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.bin['arch-lint']).toBe('bin/arch-lint.js');
  });

  it('the pre-commit hook runs the package bin on the files arch-lint reads', () => {
    const hooks = readFileSync(join(REPO_DIR, '.pre-commit-hooks.yaml'), 'utf8');
    expect(hooks).toMatch(/^- id: arch-lint$/m);
    expect(hooks).toMatch(/^  entry: arch-lint$/m);
    expect(hooks).toMatch(/^  language: node$/m);
    const files = new RegExp(/^  files: (.*)$/m.exec(hooks)![1]);
    for (const f of ['main.tf', 'a.tf.json', 'prod.tfvars', 'k8s/api.yaml', 'x.yml'])
      expect(files.test(f), f).toBe(true);
    expect(files.test('README.md')).toBe(false);
    expect(pkg.files).toContain('.pre-commit-hooks.yaml');
  });

  it('npm pack → install into an empty folder offline → npx arch-lint --version', () => {
    const work = mkdtempSync(join(tmpdir(), 'arch-lint-pack-'));
    try {
      if (!existsSync(join(REPO_DIR, 'dist/cli.js')))
        execFileSync(process.execPath, [join(REPO_DIR, 'scripts/bundle.mjs')], { cwd: REPO_DIR });
      const env = { ...process.env, npm_config_cache: join(work, 'cache'), npm_config_update_notifier: 'false' };
      const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
        cwd: REPO_DIR,
        env,
        encoding: 'utf8',
      });
      const tarball = join(work, out.trim().split('\n').pop()!);
      const app = join(work, 'app');
      execFileSync('mkdir', [app]);
      writeFileSync(join(app, 'package.json'), '{ "name": "app", "version": "1.0.0", "private": true }\n');
      const install = execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--save-dev', tarball], {
        cwd: app,
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(install).not.toMatch(/EBADENGINE/);
      const version = execFileSync('npx', ['--offline', 'arch-lint', '--version'], { cwd: app, env, encoding: 'utf8' });
      expect(version).toBe(`${VERSION}\n`);
      // The worker threads' entry ships too: two units, on two threads (this one and a worker), as on one.
      expect(existsSync(join(app, 'node_modules/arch-lint/dist/worker.js'))).toBe(true);
      for (const dir of ['infra/a', 'infra/b']) {
        mkdirSync(join(app, dir), { recursive: true });
        writeFileSync(join(app, dir, 'main.tf'), 'resource "aws_db_instance" "db" {\n  engine = "postgres"\n}\n');
      }
      const run = (workers: string) =>
        spawnSync('npx', ['--offline', 'arch-lint', 'infra', '--format', 'json', '--workers', workers], {
          cwd: app,
          env,
          encoding: 'utf8',
        });
      const [two, one] = [run('2'), run('1')];
      expect(two.stderr).toBe('');
      expect(two.status).toBe(1);
      expect(JSON.parse(two.stdout).findings.length).toBeGreaterThan(1);
      expect(two.stdout).toBe(one.stdout);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
