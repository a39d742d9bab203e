// `--diff-base`, `--baseline`, `--write-baseline` on real git repositories built here.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/cli.js';
import schema from '../../schema/baseline.schema.json' with { type: 'json' };
import { rdsInstance, TestRepo } from '../support/git-repo.js';
import { deploymentChart, deploymentRendering, helmCalls, installFakeHelm, replayFile } from '../support/fake-helm.js';

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((r) => r.remove()));

/** Only the multi-AZ rule, so each case is about one finding per database. */
const CONFIG = 'rules:\n  aws-rds-cross-region-replica: off\n  tf-local-state: off\n';

function repo(files: Record<string, string>): TestRepo {
  const r = new TestRepo();
  repos.push(r);
  r.write({ '.arch-lint.yml': CONFIG, ...files });
  return r;
}

async function cli(cwd: string, ...argv: string[]) {
  const { code, out, err } = await runCliCaptured(argv, cwd);
  return {
    code,
    out,
    err,
    json: () => JSON.parse(out) as { findings: { file: string; line: number; ruleId: string; resource?: string }[] },
  };
}

describe('--write-baseline and --baseline', () => {
  it('round trip: the written baseline is sorted, schema-valid, byte-stable, and accepts every finding', async () => {
    const r = repo({ 'b.tf': rdsInstance('b'), 'a.tf': rdsInstance('a', false) + rdsInstance('c') });
    const written = await cli(r.dir, '--write-baseline', 'baseline.json', '--format', 'json', '.');
    expect(written.code).toBe(0);
    expect(written.err).toContain('wrote 3 finding(s) to the baseline baseline.json');
    const text = readFileSync(join(r.dir, 'baseline.json'), 'utf8');
    const data = JSON.parse(text);
    expect(new Ajv({ strict: false }).validate(schema, data)).toBe(true);
    const keys = Object.keys(data.findings);
    expect(keys).toEqual([...keys].sort());
    expect(
      Object.values(data.findings)
        .map((e: any) => `${e.file} ${e.resource}`)
        .sort(),
    ).toEqual(['a.tf aws_db_instance.a', 'a.tf aws_db_instance.c', 'b.tf aws_db_instance.b']);
    expect((await cli(r.dir, '--write-baseline', 'again.json', '.')).code).toBe(0);
    expect(readFileSync(join(r.dir, 'again.json'), 'utf8')).toBe(text);

    const checked = await cli(r.dir, '--baseline', 'baseline.json', '--format', 'json', '.');
    expect(checked.code).toBe(0);
    expect(checked.json().findings).toEqual([]);
    expect(checked.err).toContain('3 finding(s) accepted by the baseline baseline.json; 0 not in it.');
  });

  it('a new finding after writing the baseline fails, and only it is reported', async () => {
    const r = repo({ 'db.tf': rdsInstance('legacy') });
    expect((await cli(r.dir, '--write-baseline', 'baseline.json', '.')).code).toBe(0);
    r.write({ 'db.tf': rdsInstance('legacy') + rdsInstance('orders', false) });
    const checked = await cli(r.dir, '--baseline', 'baseline.json', '--format', 'json', '.');
    expect(checked.code).toBe(1);
    expect(checked.json().findings.map((f) => `${f.line} ${f.resource}`)).toEqual(['16 aws_db_instance.orders']);
  });

  it('an unrelated edit that moves lines does not fail; fixing one leaves a stale entry, said on stderr', async () => {
    const r = repo({ 'db.tf': rdsInstance('legacy') + rdsInstance('other') });
    expect((await cli(r.dir, '--write-baseline', 'baseline.json', '.')).code).toBe(0);
    r.write({
      'db.tf':
        '# Databases of the shop.\n\nlocals {\n  owner = "data"\n}\n\n' +
        rdsInstance('legacy', undefined, '  tags = { team = "data" }') +
        rdsInstance('other', true),
    });
    const checked = await cli(r.dir, '--baseline', 'baseline.json', '.');
    expect(checked.code).toBe(0);
    expect(checked.err).toContain('1 finding(s) accepted by the baseline');
    expect(checked.err).toContain('1 baseline entry matches no finding any more');
  });

  it('refuses unreadable or invalid baselines and combined flags (exit 2)', async () => {
    const r = repo({ 'db.tf': rdsInstance('a', true), 'bad.json': '{"version": 2, "findings": {}}' });
    for (const argv of [
      ['--baseline', 'missing.json'],
      ['--baseline', 'bad.json'],
      ['--baseline', 'bad.json', '--write-baseline', 'x.json'],
      ['--diff-base', 'main', '-'],
    ]) {
      const res = await cli(r.dir, ...argv);
      expect(res.code, argv.join(' ')).toBe(2);
      expect(res.err).toMatch(/^arch-lint: (--baseline|--diff-base)/);
    }
  });
});

describe('--diff-base', () => {
  it('Helm: a chart the working tree changes is rendered at the base commit too (an unchanged one once with --all-units)', async () => {
    const resources =
      'resources:\n  limits:\n    cpu: 500m\n    memory: 256Mi\n  requests:\n    cpu: 250m\n    memory: 256Mi\n';
    const r = repo({
      ...deploymentChart('web', 'replicas: 2', resources),
      ...deploymentChart('api', 'replicas: 1', ''),
    });
    r.commit('base');
    r.git('checkout', '-q', '-b', 'feature');
    r.write({ 'charts/web/values.yaml': 'resources: {}\n' }); // uncommitted
    const replay = mkdtempSync(join(tmpdir(), 'arch-lint-replay-'));
    const limits = resources.replace(/^/gm, '            ').replace(/^ +resources:\n/, '');
    writeFileSync(join(replay, replayFile('web', [resources])), deploymentRendering('web', 2, limits));
    writeFileSync(
      join(replay, replayFile('web', ['resources: {}\n'])),
      deploymentRendering('web', 2, '            {}\n'),
    );
    writeFileSync(join(replay, 'api.yaml'), deploymentRendering('api', 1, '            {}\n'));
    const bin = installFakeHelm(replay);
    const saved = process.env.PATH;
    process.env.PATH = `${bin}${delimiter}${saved}`;
    try {
      // Changed-units mode (the default): the untouched chart is not linted at all.
      const changed = await cli(r.dir, '--diff-base', 'main', '--format', 'json', '.');
      expect(changed.code).toBe(1);
      expect(changed.err).toContain('changed-units mode: linted 1 of 3 units.');
      expect(changed.err).toContain('1 new, 3 existing, 0 fixed finding(s).');
      expect(helmCalls(bin).map((c) => c.args.slice(0, 2).join(' '))).toEqual([
        'version --short',
        'template web',
        'version --short',
        'template web',
      ]);
      rmSync(join(bin, 'calls.jsonl'), { force: true });
      const res = await cli(r.dir, '--diff-base', 'main', '--all-units', '--format', 'json', '.');
      expect(res.json().findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`)).toEqual([
        'charts/web/values.yaml:1 k8s-container-resource-limits',
      ]);
      expect(changed.json().findings).toEqual(res.json().findings);
      expect(res.code).toBe(1);
      expect(res.err).toContain('1 new, 6 existing, 0 fixed finding(s).');
      // The working tree's web and api, then the base's web: its api is the same bytes, not rendered again.
      expect(helmCalls(bin).map((c) => c.args.slice(0, 2).join(' '))).toEqual([
        'version --short',
        'template api',
        'template web',
        'version --short',
        'template web',
      ]);
    } finally {
      process.env.PATH = saved;
      rmSync(replay, { recursive: true, force: true });
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('legacy findings are existing: a change that adds a clean file exits 0', async () => {
    const r = repo({ 'legacy.tf': rdsInstance('legacy') + rdsInstance('old', false) });
    r.commit('base');
    r.git('checkout', '-q', '-b', 'feature');
    r.write({ 'clean.tf': rdsInstance('clean', true) });
    r.commit('clean file');
    const res = await cli(r.dir, '--diff-base', 'main', '--format', 'json', '.');
    expect(res.code).toBe(0);
    expect(res.json().findings).toEqual([]);
    expect(res.err).toMatch(
      /compared with main \(merge base [0-9a-f]{12}\): 0 new, 2 existing, 0 fixed finding\(s\)\./,
    );
  });

  it('deleting multi_az = true is a new finding on the resource line of the working tree, and fails', async () => {
    const r = repo({ 'db.tf': rdsInstance('legacy') + rdsInstance('orders', true), 'moved.tf': rdsInstance('moved') });
    r.commit('base');
    r.git('checkout', '-q', '-b', 'feature');
    // Rename a file with a legacy finding, move lines, fix one, break one (uncommitted).
    r.git('mv', 'moved.tf', 'renamed.tf');
    r.write({ 'db.tf': '# header\n' + rdsInstance('legacy', true) + rdsInstance('orders') });
    const res = await cli(r.dir, '--diff-base', 'main', '--format', 'json', '.');
    expect(res.code).toBe(1);
    expect(res.json().findings.map((f) => `${f.file}:${f.line} ${f.resource}`)).toEqual([
      'db.tf:12 aws_db_instance.orders',
    ]);
    expect(res.err).toContain('1 new, 1 existing, 1 fixed finding(s).');
    expect(res.err).toContain('fixed: db.tf:1 aws-rds-multi-az (aws_db_instance.legacy)');
  });

  it('compares with the merge base, not the tip: main moving on does not make findings "fixed" or "new"', async () => {
    const r = repo({ 'db.tf': rdsInstance('legacy') });
    r.commit('base');
    r.git('checkout', '-q', '-b', 'feature');
    r.write({ 'feature.tf': rdsInstance('f', true) });
    r.commit('feature');
    r.git('checkout', '-q', 'main');
    r.write({ 'db.tf': rdsInstance('legacy', true), 'main-only.tf': rdsInstance('m') });
    r.commit('main moves on');
    r.git('checkout', '-q', 'feature');
    const res = await cli(r.dir, '--diff-base', 'main', '.');
    expect(res.code).toBe(0);
    expect(res.err).toContain('0 new, 1 existing, 0 fixed finding(s).');
  });

  it('a module-level finding stays existing when a file added before it moves its anchor', async () => {
    const r = repo({
      '.arch-lint.yml': 'rules:\n  aws-rds-cross-region-replica: off\n',
      // A root that configures a provider and no backend: tf-local-state, anchored on the first provider's file.
      'infra/main.tf': rdsInstance('a', true) + 'provider "aws" {}\n',
    });
    r.commit('base');
    expect((await cli(r.dir, '--write-baseline', 'baseline.json', '.')).code).toBe(0);
    r.write({ 'infra/backup.tf': rdsInstance('b', true) + 'provider "aws" {\n  alias = "backup"\n}\n' });
    const local = await cli(r.dir, '--format', 'json', '.');
    expect(local.json().findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['infra/backup.tf tf-local-state']);
    const diff = await cli(r.dir, '--diff-base', 'main', '.');
    expect(diff.code).toBe(0);
    expect(diff.err).toContain('0 new, 1 existing, 0 fixed finding(s).');
    expect((await cli(r.dir, '--baseline', 'baseline.json', '.')).code).toBe(0);
  });

  it('an unknown ref or a directory outside git is a usage error', async () => {
    const r = repo({ 'db.tf': rdsInstance('a', true) });
    r.commit('base');
    const unknown = await cli(r.dir, '--diff-base', 'no-such-branch', '.');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('"no-such-branch" is not a commit in this repository');
    const options = await cli(r.dir, '--diff-base', '--upload-pack=evil', '.');
    expect(options.code).toBe(2);
  });
});
