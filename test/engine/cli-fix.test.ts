// `--fix` and `--fix-dry-run` end to end: the dry-run diff (golden) is what --fix writes,
// fixes that wait for another are applied in a later pass, a second run changes nothing,
// files keep their mode, byte-order mark, line endings and symlinks, stdin and files
// outside the scanned paths are never written, and the gates (--baseline, --diff-base)
// decide which findings get fixed.
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, lstatSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runCliCaptured } from '../support/cli.js';
import { writeFixedFile } from '../../src/engine/fix/write.js';
import { expectGolden } from '../support/golden.js';
import { rdsInstance, TestRepo } from '../support/git-repo.js';
import { REPO_DIR } from '../support/shared.js';
import { tempDir } from '../support/temp-dirs.js';

const cli = (cwd: string, argv: string[], stdin = '') => runCliCaptured(argv, cwd, stdin);

/** Every file under `dir` with its bytes, for "nothing changed" checks. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const abs = join(entry.parentPath, entry.name);
    out[relative(dir, abs)] = readFileSync(abs).toString('base64');
  }
  return out;
}

const PROJECT = 'fixtures/fix/project';

/** A copy of the fix fixture project at the same relative path, so reported paths match the golden. */
function projectCopy(): string {
  const dir = tempDir('fix');
  cpSync(join(REPO_DIR, PROJECT), join(dir, PROJECT), { recursive: true });
  return dir;
}

describe('--fix-dry-run', () => {
  it('prints the unified diff of every fix (golden), writes nothing, and exits as without fixes', async () => {
    const before = snapshot(join(REPO_DIR, PROJECT));
    const plain = await cli(REPO_DIR, [PROJECT]);
    const dry = await cli(REPO_DIR, ['--fix-dry-run', PROJECT]);
    expectGolden(join(REPO_DIR, 'test/golden/fix-dry-run.diff'), dry.out);
    expect(dry.code).toBe(plain.code);
    expect(plain.code).toBe(1);
    expect(dry.err).toBe('arch-lint: Would fix 8 problems in 2 files; 4 problems would remain.\n');
    expect(snapshot(join(REPO_DIR, PROJECT))).toEqual(before);
  });

  it('writes the report of the files as they are to --output only', async () => {
    const dir = projectCopy();
    const dry = await cli(dir, ['--fix-dry-run', '--format', 'json', '--output', 'report.json', PROJECT]);
    const plain = await cli(dir, ['--format', 'json', PROJECT]);
    expect(dry.out).toBe(readFileSync(join(REPO_DIR, 'test/golden/fix-dry-run.diff'), 'utf8'));
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe(plain.out);
  });

  it('prints nothing on stdout when no fix applies', async () => {
    const dir = tempDir('fix');
    writeFileSync(join(dir, 'ok.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n');
    const dry = await cli(dir, ['--fix-dry-run', '.']);
    expect(dry).toEqual({
      code: 0,
      out: '',
      err: 'arch-lint: Would fix 0 problems in 0 files; 0 problems would remain.\n',
    });
  });
});

describe('--fix', () => {
  it('writes exactly what the dry-run diff shows, over several passes, then reports what remains', async () => {
    const dir = projectCopy();
    const patched = projectCopy();
    const fixed = await cli(dir, ['--fix', '--format', 'json', PROJECT]);
    expect(fixed.err).toBe('arch-lint: Fixed 8 problems in 2 files.\n');
    const remaining = JSON.parse(fixed.out).findings as { ruleId: string; fix?: unknown }[];
    expect(remaining.map((f) => f.ruleId)).toEqual([
      'aws-rds-cross-region-replica',
      'aws-dynamodb-global-table',
      'k8s-missing-liveness-probe',
      'k8s-missing-readiness-probe',
    ]);
    expect(remaining.filter((f) => f.fix)).toEqual([]);
    // The exit code is the remaining findings' (the same as a plain run on the fixed files).
    const plain = await cli(dir, [PROJECT]);
    expect(fixed.code).toBe(plain.code);

    const apply = spawnSync('git', ['apply', join(REPO_DIR, 'test/golden/fix-dry-run.diff')], {
      cwd: patched,
      encoding: 'utf8',
      env: { ...process.env, GIT_DIR: join(patched, 'no-repo') },
    });
    expect(apply.stderr).toBe('');
    expect(snapshot(join(dir, PROJECT))).toEqual(snapshot(join(patched, PROJECT)));
  });

  it('is idempotent: a second run changes no byte and says so', async () => {
    const dir = projectCopy();
    await cli(dir, ['--fix', PROJECT]);
    const once = snapshot(dir);
    const again = await cli(dir, ['--fix', PROJECT]);
    expect(again.err).toBe('arch-lint: Fixed 0 problems in 0 files.\n');
    expect(snapshot(dir)).toEqual(once);
  });

  it('keeps the file mode, a byte-order mark and CRLF line endings', async () => {
    const dir = tempDir('fix');
    const text = rdsInstance('orders').replace('  deletion_protection     = true\n', '');
    writeFileSync(join(dir, 'crlf.tf'), '\ufeff' + text.replace(/\n/g, '\r\n'));
    chmodSync(join(dir, 'crlf.tf'), 0o640);
    const run = await cli(dir, ['--fix', '--rule', 'aws-db-deletion-protection', '.']);
    expect(run.err).toBe('arch-lint: Fixed 1 problem in 1 file.\n');
    const bytes = readFileSync(join(dir, 'crlf.tf'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const after = bytes.toString('utf8', 3);
    expect(after).toContain('{\r\n  deletion_protection = true\r\n');
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    expect(statSync(join(dir, 'crlf.tf')).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['crlf.tf']); // no temporary file left behind
  });

  it('writes through a symlink inside the scanned paths, and never to a file outside them', async () => {
    const dir = tempDir('fix');
    const outside = tempDir('fix');
    const text = rdsInstance('orders').replace('  deletion_protection     = true\n', '');
    writeFileSync(join(dir, 'real.tf'), text);
    writeFileSync(join(outside, 'elsewhere.tf'), text.replace(/orders/g, 'billing'));
    symlinkSync(join(dir, 'real.tf'), join(dir, 'link.tf'));
    symlinkSync(join(outside, 'elsewhere.tf'), join(dir, 'escape.tf'));
    const run = await cli(dir, ['--fix', '--rule', 'aws-db-deletion-protection', '.']);
    expect(lstatSync(join(dir, 'link.tf')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.tf'), 'utf8')).toContain('deletion_protection = true');
    expect(readFileSync(join(outside, 'elsewhere.tf'), 'utf8')).toBe(text.replace(/orders/g, 'billing'));
    // Discovery does not follow the link out of the scanned paths; --fix does not either.
    expect(run.err).toBe('arch-lint: Fixed 1 problem in 1 file.\n');
  });

  it('skips findings read from stdin (-) with a note', async () => {
    const dir = tempDir('fix');
    const yaml = readFileSync(join(REPO_DIR, 'fixtures/rules/k8s-single-replica/fail/explicit-one.yaml'), 'utf8');
    const run = await cli(dir, ['--fix', '--rule', 'k8s-single-replica', '-'], yaml);
    expect(run.code).toBe(0); // a warning: below the default --fail-on
    expect(run.err).toBe(
      [
        'arch-lint: fix skipped: <stdin>:7:13 k8s-single-replica: the fix edits stdin (-), which cannot be written.',
        'arch-lint: Fixed 0 problems in 0 files; 1 fix skipped (1 on stdin).',
        '',
      ].join('\n'),
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses to combine with --fix-dry-run or --write-baseline (exit 2)', async () => {
    const dir = tempDir('fix');
    expect(await cli(dir, ['--fix', '--fix-dry-run', '.'])).toEqual({
      code: 2,
      out: '',
      err: 'arch-lint: --fix and --fix-dry-run exclude each other\n',
    });
    const both = await cli(dir, ['--fix', '--write-baseline', 'b.json', '.']);
    expect(both).toEqual({ code: 2, out: '', err: 'arch-lint: --fix cannot be combined with --write-baseline\n' });
  });
});

describe('--fix on a Helm chart with committed renderings (fixtures/helm)', () => {
  it('edits the values entries behind rendered findings, never the rendered output, and converges', async () => {
    const dir = tempDir('fix');
    cpSync(join(REPO_DIR, 'fixtures/helm'), join(dir, 'helm'), { recursive: true });
    const before = snapshot(dir);
    const run = await cli(dir, ['--fix', 'helm']);
    expect(run.code).not.toBe(2);
    const after = snapshot(dir);
    const changed = Object.keys(after).filter((p) => after[p] !== before[p]);
    expect(changed).toEqual(['helm/shop/values.yaml']);
    const values = readFileSync(join(dir, 'helm/shop/values.yaml'), 'utf8');
    expect(values).toContain('web:\n  replicaCount: 2\n');
    expect(values).toContain('manager:\n  resources:\n    requests:\n');
    expect(run.err).toMatch(
      /fix skipped: helm\/rendered\/\S+ k8s-container-resource-limits: the fix edits Helm-rendered output/,
    );
    expect(run.err).toMatch(
      /Fixed [1-9]\d* problems in 1 file; \d+ fixes skipped \(\d+ in Helm-rendered output\)\.\n$/,
    );
    const again = await cli(dir, ['--fix', 'helm']);
    expect(again.err).toMatch(/Fixed 0 problems in 0 files; /);
    expect(snapshot(dir)).toEqual(after);
  });
});

describe('--fix-dry-run with reports to files', () => {
  it('writes a -f FORMAT=FILE report and keeps stdout for the diff', async () => {
    const dir = projectCopy();
    const dry = await cli(dir, ['--fix-dry-run', '-f', 'sarif=out.sarif', PROJECT]);
    expect(dry.out).toBe(readFileSync(join(REPO_DIR, 'test/golden/fix-dry-run.diff'), 'utf8'));
    // The report describes the files as they are: the findings of a plain run.
    const plain = JSON.parse((await cli(dir, ['--format', 'json', PROJECT])).out).findings.length;
    expect(plain).toBe(10);
    expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).runs[0].results.length).toBe(plain);
  });
});

describe('--fix with the gates', () => {
  const CONFIG = 'rules:\n  aws-rds-cross-region-replica: off\n  tf-local-state: off\n';

  it('--baseline: only findings not in the baseline are fixed', async () => {
    const dir = tempDir('fix');
    writeFileSync(join(dir, '.arch-lint.yml'), CONFIG);
    writeFileSync(join(dir, 'legacy.tf'), rdsInstance('legacy', false));
    expect((await cli(dir, ['--write-baseline', 'baseline.json', '.'])).code).toBe(0);
    writeFileSync(join(dir, 'orders.tf'), rdsInstance('orders', false));
    const run = await cli(dir, ['--fix', '--baseline', 'baseline.json', '.']);
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, 'legacy.tf'), 'utf8')).toBe(rdsInstance('legacy', false));
    expect(readFileSync(join(dir, 'orders.tf'), 'utf8')).toBe(rdsInstance('orders', true));
    expect(run.err).toContain('arch-lint: Fixed 1 problem in 1 file.\n');
  });

  it('--diff-base: only findings new since the base are fixed', async () => {
    const repo = new TestRepo();
    onTestFinished(() => repo.remove());
    repo.write({ '.arch-lint.yml': CONFIG, 'legacy.tf': rdsInstance('legacy', false) });
    repo.commit('base');
    repo.write({ 'orders.tf': rdsInstance('orders', false) });
    const run = await cli(repo.dir, ['--fix', '--diff-base', 'HEAD', '.']);
    expect(run.code).toBe(0);
    expect(readFileSync(join(repo.dir, 'legacy.tf'), 'utf8')).toBe(rdsInstance('legacy', false));
    expect(readFileSync(join(repo.dir, 'orders.tf'), 'utf8')).toBe(rdsInstance('orders', true));
    expect(run.err).toContain('arch-lint: Fixed 1 problem in 1 file.\n');
  });
});

describe('writeFixedFile', () => {
  it('does not write a file that changed since it was linted', () => {
    const dir = tempDir('fix');
    const file = join(dir, 'a.tf');
    writeFileSync(file, 'changed\n');
    expect(writeFixedFile(file, 'linted\n', 'fixed\n')).toBe('changed on disk while arch-lint ran');
    expect(readFileSync(file, 'utf8')).toBe('changed\n');
    expect(writeFixedFile(join(dir, 'gone.tf'), 'x', 'y')).toBe('cannot be read (ENOENT)');
  });
});
