// The one `git cat-file --batch` a repository's reads share: answers go to the request
// that asked, in order, whatever the sizes (empty, larger than a pipe's chunk) and
// whether an object is missing; a closed reader starts again on the next read.
import { afterAll, describe, expect, it } from 'vitest';
import { CatFileBatch } from '../../src/git/batch.js';
import { GitRepo } from '../../src/git/repo.js';
import { TestRepo } from '../support/git-repo.js';

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((r) => r.remove()));

function blobsOf(files: Record<string, string>): { r: TestRepo; oid: Record<string, string> } {
  const r = new TestRepo();
  repos.push(r);
  r.write(files);
  r.commit();
  const oid = Object.fromEntries(Object.keys(files).map((f) => [f, r.git('rev-parse', `HEAD:${f}`).trim()]));
  return { r, oid };
}

const text = (m: Map<string, Buffer>) => [...m].map(([k, v]) => [k, v.toString('utf8')]);

describe('CatFileBatch', () => {
  it('answers concurrent reads each with its own blobs, across chunk boundaries, empty and missing ones', async () => {
    const big = 'x'.repeat(200_000) + '\nend\n'; // more than one 64 KiB pipe read
    const { r, oid } = blobsOf({ 'a.tf': 'one\n', 'empty.tf': '', 'big.yaml': big, 'b.tf': 'two' });
    const missing = '0'.repeat(40);
    const batch = new CatFileBatch(r.dir);
    const [first, second, third] = await Promise.all([
      batch.read([oid['a.tf'], missing, oid['big.yaml']]),
      batch.read([oid['empty.tf']]),
      batch.read([missing, oid['b.tf']]),
    ]);
    expect(text(first)).toEqual([
      [oid['a.tf'], 'one\n'],
      [oid['big.yaml'], big],
    ]);
    expect(text(second)).toEqual([[oid['empty.tf'], '']]);
    expect(text(third)).toEqual([[oid['b.tf'], 'two']]);
    batch.close();
    // Closed: the next read starts another process.
    expect(text(await batch.read([oid['b.tf']]))).toEqual([[oid['b.tf'], 'two']]);
    batch.close();
  });

  it('gives no blob for an object that is not one (a commit) and nothing for no ids', async () => {
    const { r } = blobsOf({ 'a.tf': 'one\n' });
    const batch = new CatFileBatch(r.dir);
    const commit = r.git('rev-parse', 'HEAD').trim();
    expect((await batch.read([commit])).size).toBe(0);
    expect((await batch.read([])).size).toBe(0);
    batch.close();
  });

  it('fails the reads of a process that cannot run', async () => {
    const batch = new CatFileBatch('/nonexistent-directory-for-arch-lint-tests');
    await expect(batch.read(['0'.repeat(40)])).rejects.toThrow(/git/);
  });
});

describe('GitRepo.commits', () => {
  it('resolves refs in one go, and each on its own when one is not a commit (a range, a typo)', async () => {
    const r = new TestRepo();
    repos.push(r);
    r.write({ 'a.tf': 'one\n' });
    const first = r.commit();
    r.write({ 'a.tf': 'two\n' });
    const second = r.commit();
    const git = (await GitRepo.open(r.dir))!;
    expect(await git.commits(['HEAD~1', 'HEAD'])).toEqual([first, second]);
    expect(await git.commits(['no-such-ref', 'HEAD'])).toEqual([undefined, second]);
    expect(await git.commits(['HEAD~1..HEAD', 'main'])).toEqual([undefined, second]);
    expect(await git.commits(['--all', 'HEAD'])).toEqual([undefined, second]);
    git.close();
  });
});
