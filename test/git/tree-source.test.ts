// Reading commits from the object store: trees, blobs, symlinks kept inside the
// repository, and the pipeline run on a commit giving exactly what it gives on a checkout.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../support/lint.js';
import { GitRepo } from '../../src/git/repo.js';
import { treeSource } from '../../src/git/tree-source.js';
import { GIT_ENV, rdsInstance, TestRepo } from '../support/git-repo.js';

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((r) => r.remove()));

function repo(): TestRepo {
  const r = new TestRepo();
  repos.push(r);
  return r;
}

describe('GitRepo and GitTree', () => {
  it('lists a commit’s files and reads their blobs in one batch, whatever the working tree holds', async () => {
    const r = repo();
    r.write({ 'a.tf': 'one\n', 'dir/b.yaml': 'two\n', 'dir/sub/c.txt': 'three' });
    const first = r.commit();
    r.write({ 'a.tf': 'changed\n', 'dir/b.yaml': null });
    r.commit();
    r.write({ 'a.tf': 'uncommitted\n' });
    const git = (await GitRepo.open(join(r.dir, 'dir')))!;
    expect(git.root).toBe(r.dir);
    const tree = await git.tree(first);
    await tree.loadLinks();
    expect(tree.list('')!.map((e) => `${e.kind}:${e.path}`)).toEqual(['file:a.tf', 'dir:dir']);
    expect(tree.list('dir')!.map((e) => e.name)).toEqual(['b.yaml', 'sub']);
    const blobs = await tree.read([tree.entry('a.tf')!, tree.entry('dir/b.yaml')!, tree.entry('dir/sub/c.txt')!]);
    expect([...blobs].map(([p, b]) => `${p}=${b.toString()}`)).toEqual([
      'a.tf=one\n',
      'dir/b.yaml=two\n',
      'dir/sub/c.txt=three',
    ]);
  });

  it('follows symlinks inside the tree and refuses those that leave it', async () => {
    const r = repo();
    r.write({
      'real/main.tf': 'x\n',
      alias: { link: 'real' },
      'up.tf': { link: '../outside.tf' },
      'abs.tf': { link: '/etc/passwd' },
      'nested/link.tf': { link: '../real/main.tf' },
      'nested/escape': { link: '../../..' },
    });
    const tree = await (await GitRepo.open(r.dir))!.tree(r.commit());
    await tree.loadLinks();
    expect(tree.resolve('alias/main.tf')).toMatchObject({ kind: 'file', path: 'real/main.tf' });
    expect(tree.resolve('nested/link.tf')).toMatchObject({ kind: 'file', path: 'real/main.tf' });
    expect(tree.resolve('up.tf')).toEqual({ kind: 'outside', link: 'up.tf' });
    expect(tree.resolve('abs.tf')).toEqual({ kind: 'outside', link: 'abs.tf' });
    expect(tree.resolve('nested/escape/x')).toEqual({ kind: 'outside', link: 'nested/escape' });
    expect(tree.resolve('../x')).toMatchObject({ kind: 'outside' });
    expect(tree.resolve('nope')).toEqual({ kind: 'missing' });
  });

  it('reports the changes between two commits with renames', async () => {
    const r = repo();
    r.write({ 'keep.tf': rdsInstance('a', true), 'old.tf': rdsInstance('b', true), 'gone.tf': 'x = 1\n' });
    const base = r.commit();
    r.write({ 'old.tf': null, 'new.tf': rdsInstance('b', true), 'gone.tf': null, 'added.tf': 'y = 2\n' });
    r.write({ 'keep.tf': rdsInstance('a', false) });
    const head = r.commit();
    const changes = await (await GitRepo.open(r.dir))!.changes(base, head);
    expect(changes).toEqual([
      { status: 'added', path: 'added.tf' },
      { status: 'removed', path: 'gone.tf' },
      { status: 'modified', path: 'keep.tf' },
      { status: 'renamed', path: 'new.tf', previousPath: 'old.tf' },
    ]);
  });

  it('knows when a shallow clone lacks a commit', async () => {
    const r = repo();
    r.write({ 'a.tf': 'a = 1\n' });
    const base = r.commit();
    r.write({ 'a.tf': 'a = 2\n' });
    const head = r.commit();
    const clone = mkdtempSync(join(tmpdir(), 'arch-lint-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${r.dir}`, clone], { env: GIT_ENV });
    try {
      const git = (await GitRepo.open(clone))!;
      expect(await git.isShallow()).toBe(true);
      expect(await git.hasCommit(head)).toBe(true);
      expect(await git.hasCommit(base)).toBe(false);
      expect(await git.mergeBase(base, head)).toBeUndefined();
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});

describe('linting a commit (treeSource)', () => {
  it('gives the same findings as linting its checkout, with the commit’s lines', async () => {
    const r = repo();
    r.write({
      '.arch-lint.yml': 'ignore: ["legacy/**"]\nrules:\n  aws-rds-cross-region-replica: off\n',
      'infra/db.tf': rdsInstance('orders', false),
      'infra/linked.tf': { link: 'db.tf' },
      'legacy/old.tf': rdsInstance('old'),
      'k8s/api.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 1\n  template:\n    spec:\n      containers:\n        - name: api\n          image: api:1\n',
    });
    const sha = r.commit();
    const onDisk = await lint({ paths: ['.'], cwd: r.dir });
    // Move lines in the working tree: the commit is what is linted.
    r.write({ 'infra/db.tf': '# moved\n# down\n' + rdsInstance('orders', false), 'k8s/api.yaml': null });
    const git = (await GitRepo.open(r.dir))!;
    const fromCommit = await lint({ paths: ['.'], cwd: r.dir, source: await treeSource(await git.tree(sha), r.dir) });
    expect(fromCommit.findings).toEqual(onDisk.findings);
    expect(fromCommit.findings.some((f) => f.file === 'legacy/old.tf')).toBe(false);
    expect(fromCommit.findings.find((f) => f.ruleId === 'aws-rds-multi-az')).toMatchObject({
      file: 'infra/db.tf',
      line: 7,
    });
    expect(fromCommit.summary).toEqual(onDisk.summary);
  });

  it('refuses a config, rulesDir or var file that a symlink takes out of the repository', async () => {
    const r = repo();
    r.write({ 'main.tf': rdsInstance('a', true), '.arch-lint.yml': { link: '/etc/hostname' } });
    const git = (await GitRepo.open(r.dir))!;
    const source = await treeSource(await git.tree(r.commit()), r.dir);
    await expect(lint({ paths: ['.'], cwd: r.dir, source })).rejects.toThrow(/resolves outside the repository/);

    r.write({ '.arch-lint.yml': 'rulesDir: rules\n', rules: { link: '..' } });
    const s2 = await treeSource(await git.tree(r.commit()), r.dir);
    await expect(lint({ paths: ['.'], cwd: r.dir, source: s2 })).rejects.toThrow(
      /rulesDir resolves outside the repository/,
    );

    r.write({ '.arch-lint.yml': 'varFiles: [vars/prod.tfvars]\n', rules: null, vars: { link: '/tmp' } });
    const s3 = await treeSource(await git.tree(r.commit()), r.dir);
    await expect(lint({ paths: ['.'], cwd: r.dir, source: s3 })).rejects.toThrow(
      /var file vars\/prod.tfvars resolves outside/,
    );
  });
});

describe('the file system confined to a root (the Action without git objects)', () => {
  it('never takes a config from above the root, and refuses policy paths a symlink takes out', async () => {
    const r = repo();
    r.write({
      '.arch-lint.yml': 'rules:\n  aws-rds-multi-az: off\n',
      'ws/main.tf': rdsInstance('a'),
    });
    const ws = join(r.dir, 'ws');
    const confined = await lint({ paths: ['.'], cwd: ws, root: ws, onlyRules: ['aws-rds-multi-az'] });
    expect(confined.findings.map((f) => f.ruleId)).toEqual(['aws-rds-multi-az']);
    const unconfined = await lint({ paths: ['.'], cwd: ws, onlyRules: ['aws-rds-multi-az'] });
    expect(unconfined.findings).toEqual([]);

    r.write({ 'ws/.arch-lint.yml': 'rulesDir: rules\n', 'ws/rules': { link: '..' } });
    await expect(lint({ paths: ['.'], cwd: ws, root: ws })).rejects.toThrow(
      /rules: rulesDir resolves outside the workspace/,
    );
  });
});
