// `--shard i/n` and `arch-lint merge-sarif`: every unit in exactly one shard, the shards'
// findings together are a full run's (no duplicates), and merging the shards' reports
// gives the full run's report byte for byte.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../support/cli.js';
import { parseShard, shardOf } from '../../../src/engine/units/shard.js';
import { shardScope } from '../../../src/engine/units/shard.js';
import type { Finding } from '../../../src/findings/finding.js';
import { lint } from '../../support/lint.js';
import { describeShared, REPO_DIR, sharedPath } from '../../support/shared.js';
import { tempDir } from '../../support/temp-dirs.js';

const FIXTURES = [
  'fixtures/units/monorepo',
  'fixtures/engine/units',
  'fixtures/units/shared-state',
  'fixtures/units/shared-state-terragrunt',
  'fixtures/demo',
  'fixtures/k8s/kustomize',
  'fixtures/k8s/units',
  'fixtures/helm',
  'fixtures/terraform',
  'fixtures/terragrunt/basic',
  'fixtures/terragrunt/features',
];

const cli = (argv: string[], cwd: string) => runCliCaptured(argv, cwd);

const key = (f: Finding) => JSON.stringify(f);

describe('parseShard', () => {
  it.each([
    ['1/1', 1, 1],
    ['2/4', 2, 4],
    [' 3/3 ', 3, 3],
  ])('%j is shard %i of %i', (spec, index, count) => {
    expect(parseShard(spec)).toEqual({ index, count });
  });

  it.each(['0/3', '4/3', 'x', '1/0', '1', '-1/3', '1/3/4', '1.5/3', ''])('%j is a usage error', (spec) => {
    expect(() => parseShard(spec)).toThrow(/^--shard ".*": expected i\/n with 1 ≤ i ≤ n/);
  });

  it('a unit always hashes to the same shard, within 1..n', () => {
    for (const id of ['.', 'live/prod', 'charts/web', 'k8s/base']) {
      for (const n of [1, 2, 3, 7]) {
        const s = shardOf(id, n);
        expect(s).toBe(shardOf(id, n));
        expect(s).toBeGreaterThanOrEqual(1);
        expect(s).toBeLessThanOrEqual(n);
      }
    }
  });
});

describe('--shard i/n', () => {
  it.each(FIXTURES)('the union of the shards of %s is the full run, each finding once', async (dir) => {
    const cwd = join(REPO_DIR, dir);
    const full = await lint({ paths: ['.'], cwd, noConfig: true, kustomize: 'in-process' });
    expect(full.findings.length).toBeGreaterThan(0);
    for (const n of [2, 3, 5]) {
      const parts = [];
      let scanned = 0;
      let units = 0;
      for (let i = 1; i <= n; i++) {
        const r = await lint({
          paths: ['.'],
          cwd,
          noConfig: true,
          kustomize: 'in-process',
          scope: shardScope({ index: i, count: n }),
        });
        parts.push(...r.findings);
        scanned += r.summary.filesScanned;
        units += r.summary.scope!.units;
        expect(r.summary.scope).toMatchObject({ mode: 'shard', shard: `${i}/${n}` });
      }
      expect(new Set(parts.map(key)).size).toBe(parts.length);
      expect(parts.map(key).sort()).toEqual(full.findings.map(key).sort());
      expect(scanned).toBe(full.summary.filesScanned);
      expect(units).toBe(
        (
          await lint({
            paths: ['.'],
            cwd,
            noConfig: true,
            kustomize: 'in-process',
            scope: shardScope({ index: 1, count: 1 }),
          })
        ).summary.scope!.unitsTotal,
      );
    }
  });

  it.each([
    ['0/3', '--shard "0/3": expected i/n with 1 ≤ i ≤ n (for example --shard 2/4)'],
    ['4/3', '--shard "4/3": expected i/n with 1 ≤ i ≤ n (for example --shard 2/4)'],
    ['x', '--shard "x": expected i/n with 1 ≤ i ≤ n (for example --shard 2/4)'],
  ])('--shard %s exits 2 with one line', async (spec, message) => {
    const r = await cli(['--shard', spec, 'fixtures/demo'], REPO_DIR);
    expect(r).toEqual({ code: 2, out: '', err: `arch-lint: ${message}\n` });
  });

  it('--shard does not read stdin', async () => {
    const r = await cli(['--shard', '1/2', '-'], REPO_DIR);
    expect(r).toEqual({ code: 2, out: '', err: 'arch-lint: --shard does not apply to stdin (-)\n' });
  });
});

describeShared('--shard on the real-world corpus', () => {
  it('three shards of ../shared/corpus/realworld2 report exactly the full run', async () => {
    const cwd = sharedPath('corpus', 'realworld2');
    const options = { paths: ['.'], cwd, noConfig: true, kustomize: 'in-process' as const };
    const full = await lint(options);
    const parts: Finding[] = [];
    for (let i = 1; i <= 3; i++)
      parts.push(...(await lint({ ...options, scope: shardScope({ index: i, count: 3 }) })).findings);
    expect(parts.map(key).sort()).toEqual(full.findings.map(key).sort());
  }, 120_000);
});

describe('arch-lint merge-sarif', () => {
  const tmp = tempDir('merge');

  async function shardReports(format: 'sarif' | 'json', n: number): Promise<{ full: string; files: string[] }> {
    const cwd = join(REPO_DIR, 'fixtures/units/monorepo');
    const full = await cli(['--no-config', '--format', format, '.'], cwd);
    expect(full.code).toBe(1);
    const files = [];
    for (let i = 1; i <= n; i++) {
      const r = await cli(['--no-config', '--format', format, '--shard', `${i}/${n}`, '.'], cwd);
      const file = join(tmp, `shard-${i}-of-${n}.${format}`);
      writeFileSync(file, r.out);
      files.push(file);
    }
    return { full: full.out, files };
  }

  it.each(['sarif', 'json'] as const)(
    'merging every shard gives the full run %s report, byte for byte',
    async (format) => {
      for (const n of [1, 2, 4]) {
        const { full, files } = await shardReports(format, n);
        const merged = await cli(['merge-sarif', ...files.reverse()], REPO_DIR);
        expect(merged.err).toBe('');
        expect(merged.code).toBe(1);
        expect(merged.out).toBe(full);
      }
    },
  );

  it('--output writes the file; --fail-on sets the verdict', async () => {
    const { full, files } = await shardReports('sarif', 3);
    const out = join(tmp, 'merged.sarif');
    expect(await cli(['merge-sarif', ...files, '--output', out, '--fail-on', 'none'], REPO_DIR)).toEqual({
      code: 0,
      out: '',
      err: '',
    });
    expect(readFileSync(out, 'utf8')).toBe(full);
  });

  it('a partial merge keeps a scope naming the shards it has', async () => {
    const { files } = await shardReports('json', 3);
    const merged = JSON.parse((await cli(['merge-sarif', files[0], files[2]], REPO_DIR)).out);
    expect(merged.summary.scope).toMatchObject({ mode: 'shard', shard: '1,3/3' });
  });

  it.each([
    [['a.json', 'a.json'], /are both shard 1\/2$/],
    [['a.json', 'b.sarif'], /is sarif and .* is json: merge one format$/],
    [['a.json', 'c.json'], /is shard 1\/3 and .* is shard 1\/2: merge the shards of one run$/],
    [['bad.json'], /bad\.json: not JSON/],
    [['other.json'], /other\.json: not an arch-lint SARIF or JSON report$/],
    [['missing.json'], /missing\.json: cannot be read \(ENOENT\)$/],
    [[], /needs the reports to merge/],
  ])('%j is a usage error (exit 2, one line)', async (names, message) => {
    const cwd = join(REPO_DIR, 'fixtures/units/monorepo');
    const dir = tempDir('merge-bad');
    writeFileSync(join(dir, 'a.json'), (await cli(['--no-config', '-f', 'json', '--shard', '1/2', '.'], cwd)).out);
    writeFileSync(join(dir, 'b.sarif'), (await cli(['--no-config', '-f', 'sarif', '--shard', '2/2', '.'], cwd)).out);
    writeFileSync(join(dir, 'c.json'), (await cli(['--no-config', '-f', 'json', '--shard', '1/3', '.'], cwd)).out);
    writeFileSync(join(dir, 'bad.json'), '{');
    writeFileSync(join(dir, 'other.json'), '{"version": 1}');
    const r = await cli(['merge-sarif', ...names], dir);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')).toHaveLength(2);
    expect(r.err.trimEnd()).toMatch(message);
  });
});
