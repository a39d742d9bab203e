// A chart's files copied for helm: the same snapshot from the working tree and from a
// commit's git objects, symlinks listed and never followed, the reader's limits enforced.
import { afterAll, describe, expect, it } from 'vitest';
import { GitRepo } from '../../src/git/repo.js';
import { treeSource } from '../../src/git/tree-source.js';
import { diskSource } from '../../src/read/file-source.js';
import type { SnapshotResult } from '../../src/read/dir-snapshot.js';
import { TestRepo } from '../support/git-repo.js';

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((r) => r.remove()));
const LIMITS = { maxFileBytes: 1000, maxTotalBytes: 4000, maxFiles: 10 };

function listing(r: SnapshotResult): string[] {
  if (!r.ok) return [`refused: ${r.reason}`];
  return [
    ...r.snapshot.files.map((f) => `${f.rel}=${f.bytes.toString('hex')}`),
    ...r.snapshot.left.map((l) => `${l.rel}: ${l.reason}`),
  ];
}

async function bothSides(files: Parameters<TestRepo['write']>[0], dir = 'chart', limits = LIMITS) {
  const r = new TestRepo();
  repos.push(r);
  r.write(files);
  const sha = r.commit();
  const tree = await (await GitRepo.open(r.dir))!.tree(sha);
  const commit = await treeSource(tree, r.dir);
  return {
    disk: listing(await diskSource(r.dir).snapshot(`${r.dir}/${dir}`, limits)),
    commit: listing(await commit.snapshot(`${r.dir}/${dir}`, limits)),
  };
}

describe('directory snapshots (a chart copied for helm)', () => {
  it('reads every file under the folder with its bytes, in path order, from disk and from a commit alike', async () => {
    const { disk, commit } = await bothSides({
      'chart/Chart.yaml': 'name: c\n',
      'chart/templates/_helpers.tpl': '{{/* x */}}',
      'chart/charts/dep-1.0.0.tgz': '\u0000\u0001binary',
      'chart/.helmignore': '*.bak\n',
      'other/values.yaml': 'not in the chart\n',
    });
    expect(commit).toEqual(disk);
    expect(disk.map((l) => l.split('=')[0])).toEqual([
      '.helmignore',
      'Chart.yaml',
      'charts/dep-1.0.0.tgz',
      'templates/_helpers.tpl',
    ]);
    expect(disk[2]).toBe(`charts/dep-1.0.0.tgz=${Buffer.from('\u0000\u0001binary').toString('hex')}`);
  });

  it('lists symlinks without following them, inside the chart or out of the repository', async () => {
    const { disk, commit } = await bothSides({
      'chart/Chart.yaml': 'name: c\n',
      'chart/templates/secret.yaml': { link: '/etc/passwd' },
      'chart/templates/same.yaml': { link: '../Chart.yaml' },
      'chart/charts/common': { link: '../../common' },
      'common/Chart.yaml': 'name: common\n',
    });
    expect(commit).toEqual(disk);
    expect(disk.slice(1)).toEqual([
      'charts/common: a symlink (not followed)',
      'templates/same.yaml: a symlink (not followed)',
      'templates/secret.yaml: a symlink (not followed)',
    ]);
  });

  it('refuses a folder over the limits, naming the file or the total', async () => {
    const big = await bothSides({ 'chart/Chart.yaml': 'x'.repeat(1001) });
    expect(big.disk).toEqual(['refused: `Chart.yaml` is too large (1001 B, the limit is 1000 B)']);
    expect(big.commit).toEqual(big.disk);
    const many = await bothSides(Object.fromEntries([...Array(11).keys()].map((i) => [`chart/f${i}.txt`, 'x'])));
    expect(many.disk).toEqual(['refused: it has more than 10 files']);
    expect(many.commit).toEqual(many.disk);
    const total = await bothSides(
      Object.fromEntries([...Array(5).keys()].map((i) => [`chart/f${i}.txt`, 'x'.repeat(900)])),
    );
    expect(total.disk).toEqual(['refused: its files add up to more than 3.9 KiB']);
    expect(total.commit).toEqual(total.disk);
  });

  it('refuses a folder that is not one, or that is reached through a link out of the repository', async () => {
    const { disk, commit } = await bothSides({ 'chart.yaml': 'x\n', escape: { link: '/tmp' } }, 'chart.yaml');
    expect(disk).toEqual(['refused: it is not a directory']);
    expect(commit[0]).toMatch(/^refused: it is not a directory in commit [0-9a-f]{12}$/);
    const out = await bothSides({ 'a.yaml': 'x\n', escape: { link: '/tmp' } }, 'escape');
    expect(out.commit).toEqual(['refused: it resolves outside the repository (a symlink out of it is not followed)']);
  });
});
