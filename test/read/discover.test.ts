// Reading confines itself to what was asked for: symlinks out of the scanned paths are
// not followed (an info line says so), unreadable directories are reported, and special
// files (FIFOs, symlink loops) never block or loop the walk.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover, displayPath } from '../../src/read/discover.js';

let base: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'arch-lint-discover-'));
  mkdirSync(join(base, 'repo/infra'), { recursive: true });
  mkdirSync(join(base, 'repo/shared'), { recursive: true });
  mkdirSync(join(base, 'outside'), { recursive: true });
  writeFileSync(join(base, 'outside/secret.tf'), 'resource "aws_s3_bucket" "outside" {}\n');
  writeFileSync(join(base, 'repo/infra/main.tf'), 'resource "aws_s3_bucket" "inside" {}\n');
  writeFileSync(join(base, 'repo/shared/common.tf'), 'locals {}\n');
  symlinkSync('../../outside/secret.tf', join(base, 'repo/infra/leak.tf'));
  symlinkSync('../../outside', join(base, 'repo/infra/leakdir'));
  symlinkSync('../shared/common.tf', join(base, 'repo/infra/common.tf'));
  symlinkSync('loop-b', join(base, 'repo/infra/loop-a.tf'));
  symlinkSync('loop-a.tf', join(base, 'repo/infra/loop-b'));
  try {
    execFileSync('mkfifo', [join(base, 'repo/infra/pipe.yaml')]);
  } catch {
    // No mkfifo: the FIFO case is simply not exercised.
  }
});

afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

describe('discover', () => {
  it('does not follow symlinks out of the scanned paths, and says so', async () => {
    const d = await discover(['repo'], { cwd: base });
    // shared/common.tf is read once, through the link met first.
    expect(d.files.map((f) => f.path)).toEqual(['repo/infra/common.tf', 'repo/infra/main.tf']);
    expect(d.problems).toEqual([
      { path: 'repo/infra/leak.tf', reason: 'symbolic link to a path outside the scanned paths: not followed' },
      { path: 'repo/infra/leakdir', reason: 'symbolic link to a path outside the scanned paths: not followed' },
    ]);
  });

  it('follows a link whose target is among the scanned paths', async () => {
    const d = await discover(['repo/infra', 'outside'], { cwd: base });
    expect(d.files.map((f) => f.path)).toContain('repo/infra/leak.tf');
    expect(d.problems.map((p) => p.path)).toEqual(['repo/infra/common.tf']);
  });

  it.each<[string, string]>([
    ['repo', '.'],
    ['repo/infra', '..'],
    ['repo/infra', '../../outside'],
    ['repo/infra', join('..', '..')],
    ['repo/shared', '../infra'],
  ])('shows every path relative to the working directory (from %s, scanning %s)', async (cwd, path) => {
    const d = await discover([path], { cwd: join(base, cwd) });
    expect(d.files.length).toBeGreaterThan(0);
    for (const f of d.files) expect(f.path).toBe(displayPath(join(base, cwd), f.abs));
  });

  it('reads a path named explicitly, even through a link', async () => {
    const d = await discover(['repo/infra/leak.tf'], { cwd: base });
    expect(d.files.map((f) => f.path)).toEqual(['repo/infra/leak.tf']);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable directory like an unreadable file', async () => {
    const locked = join(base, 'repo/locked');
    mkdirSync(locked);
    writeFileSync(join(locked, 'a.tf'), '');
    chmodSync(locked, 0o000);
    try {
      const d = await discover(['repo'], { cwd: base });
      expect(d.unreadable).toEqual([{ path: 'repo/locked', reason: 'directory cannot be read (EACCES)' }]);
    } finally {
      chmodSync(locked, 0o755);
      rmSync(locked, { recursive: true });
    }
  });
});
