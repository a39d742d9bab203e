// The package a user installs: npm pack, install the tarball into an empty folder offline,
// run `npx arch-lint --version` and lint on its worker threads. It has no runtime
// dependencies (dist/cli.js is a self-contained bundle), and the pre-commit hook points at
// its real bin.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { REPO_DIR } from '../support/shared.js';

const pkg = JSON.parse(readFileSync(join(REPO_DIR, 'package.json'), 'utf8'));

/**
 * A module preloaded in every thread (NODE_OPTIONS=--import): in a worker thread it appends
 * each unit outcome the worker posts to `log`, with the stack frame of the code posting it.
 */
function workerProbe(log: string): string {
  return [
    "import { appendFileSync } from 'node:fs';",
    "import { isMainThread, parentPort } from 'node:worker_threads';",
    'if (!isMainThread) {',
    '  const post = parentPort.postMessage.bind(parentPort);',
    '  parentPort.postMessage = (message, transfer) => {',
    "    if (message && typeof message === 'object' && 'outcome' in message) {",
    "      const from = new Error().stack.split('\\n')[2].trim();",
    `      appendFileSync(${JSON.stringify(log)}, JSON.stringify({ index: message.index, from }) + '\\n');`,
    '    }',
    '    return post(message, transfer);',
    '  };',
    '}',
    '',
  ].join('\n');
}

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
      // The worker threads' entry ships too: two units linted by worker threads alone
      // (ARCH_LINT_WORKERS_ONLY), as on one thread. A preloaded probe records, in each worker,
      // every unit outcome posted and the file of the code posting it.
      const worker = join(app, 'node_modules/arch-lint/dist/worker.js');
      expect(existsSync(worker)).toBe(true);
      for (const dir of ['infra/a', 'infra/b']) {
        mkdirSync(join(app, dir), { recursive: true });
        writeFileSync(join(app, dir, 'main.tf'), 'resource "aws_db_instance" "db" {\n  engine = "postgres"\n}\n');
      }
      const log = join(work, 'posted.jsonl');
      const probe = join(work, 'probe.mjs');
      writeFileSync(probe, workerProbe(log));
      const run = (workers: string, extra: NodeJS.ProcessEnv = {}) =>
        spawnSync('npx', ['--offline', 'arch-lint', 'infra', '--format', 'json', '--workers', workers], {
          cwd: app,
          env: { ...env, ...extra },
          encoding: 'utf8',
        });
      const [two, one] = [
        run('2', { ARCH_LINT_WORKERS_ONLY: '1', NODE_OPTIONS: `--import=${pathToFileURL(probe).href}` }),
        run('1'),
      ];
      expect(two.stderr).toBe('');
      expect(two.status).toBe(1);
      expect(JSON.parse(two.stdout).findings.length).toBeGreaterThan(1);
      expect(two.stdout).toBe(one.stdout);
      const posted = readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { index: number; from: string });
      expect(posted.map((p) => p.index).sort()).toEqual([0, 1]);
      for (const p of posted) expect(p.from).toContain(pathToFileURL(worker).href);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
