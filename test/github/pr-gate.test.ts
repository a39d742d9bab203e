// The Action as a blocking check on a repository with history: the six scenarios of issue 7,
// each on a real git repository built here and the fake GitHub (every request validated
// against GitHub's OpenAPI description). The Action runs in-process (runAction).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { lint } from '../support/lint.js';
import { summaryMarker } from '../../src/github/markers.js';
import { runAction } from '../../src/github/run.js';
import { REPORTERS } from '../../src/report/index.js';
import { GIT_ENV, rdsInstance, TestRepo } from '../support/git-repo.js';
import { deploymentChart, deploymentRendering, helmCalls, installFakeHelm, replayFile } from '../support/fake-helm.js';
import { GITHUB_API_SUBSET } from './api/index.js';
import { FakeGitHub, type FakeFile } from './fake-github.js';

const CONFIG = 'rules:\n  aws-rds-cross-region-replica: off\n  tf-local-state: off\n';
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

interface ActionRun {
  failed?: string;
  outputs: Record<string, string>;
  stdout: string;
  summary: string;
  log: string[];
}

/** GitHub's list-files view of a pull request: `git diff base...head`, one patch per file. */
function pullFiles(repo: TestRepo, base: string, head: string): FakeFile[] {
  const out = repo.git('diff', '--no-color', '--no-ext-diff', '--find-renames', `${base}...${head}`);
  return out
    .split(/^(?=diff --git )/m)
    .filter((s) => s.startsWith('diff --git '))
    .map((section) => {
      const renamed = /^rename to (.*)$/m.exec(section);
      const path = renamed?.[1] ?? /^\+\+\+ b\/(.*)$/m.exec(section)?.[1] ?? /^--- a\/(.*)$/m.exec(section)![1];
      const status = /^new file mode/m.test(section)
        ? 'added'
        : /^deleted file mode/m.test(section)
          ? 'removed'
          : renamed
            ? 'renamed'
            : 'modified';
      const at = section.indexOf('\n@@');
      return {
        filename: path,
        status,
        ...(at !== -1 ? { patch: section.slice(at + 1).trimEnd() } : {}),
        ...(renamed ? { previous_filename: /^rename from (.*)$/m.exec(section)![1] } : {}),
      } as FakeFile;
    });
}

describe('a blocking PR check on a repository with history (issue 7)', () => {
  let gh: FakeGitHub | undefined;

  afterEach(async () => {
    await gh?.stop();
    expect(gh?.violations ?? []).toEqual([]);
    gh = undefined;
  });

  function repo(files: Record<string, string>): TestRepo {
    const r = new TestRepo();
    temps.push(r.dir);
    r.write({ '.arch-lint.yml': CONFIG, ...files });
    return r;
  }

  async function fake(r: TestRepo, base: string, head: string): Promise<FakeGitHub> {
    gh = new FakeGitHub(GITHUB_API_SUBSET, {
      owner: 'acme',
      repo: 'infra',
      number: 42,
      headSha: head,
      baseSha: base,
      files: pullFiles(r, r.git('merge-base', base, head), head),
    });
    await gh.start();
    return gh;
  }

  async function act(
    workspace: string,
    event: { name: string; head: string; base: string; payload?: object },
    inputs: Record<string, string> = {},
  ): Promise<ActionRun> {
    const runner = mkdtempSync(join(tmpdir(), 'arch-lint-runner-'));
    temps.push(runner);
    const eventPath = join(runner, 'event.json');
    const pull = {
      number: 42,
      head: { sha: event.head, repo: { full_name: 'acme/infra' } },
      base: { sha: event.base, repo: { full_name: 'acme/infra' } },
    };
    writeFileSync(
      eventPath,
      JSON.stringify(event.payload ?? { number: 42, pull_request: pull, repository: { full_name: 'acme/infra' } }),
    );
    const run: ActionRun = { outputs: {}, stdout: '', summary: '', log: [] };
    const values: Record<string, string> = { 'github-token': 'ghs_fake', ...inputs };
    await runAction({
      io: {
        getInput: (name) => values[name] ?? '',
        setOutput: (name, value) => void (run.outputs[name] = value),
        setFailed: (message) => void (run.failed = message),
        info: (line) => void run.log.push(line),
        warning: (line) => void run.log.push(`warning: ${line}`),
        stdout: (text) => void (run.stdout += text),
        appendJobSummary: async (markdown) => void (run.summary += markdown),
      },
      env: {
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_NAME: event.name,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_API_URL: gh!.url,
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_REPOSITORY: 'acme/infra',
        GITHUB_SHA: event.head,
      },
      lint,
      reporters: { sarif: REPORTERS.sarif, markdown: REPORTERS.markdown, github: REPORTERS.github },
      toolVersion: '0.0.0-test',
    });
    return run;
  }

  it('(a) legacy errors on the base, the PR adds a clean file: passes, legacy listed as existing, nothing inline', async () => {
    const r = repo({ 'infra/legacy.tf': rdsInstance('legacy') + rdsInstance('old', false) });
    const base = r.commit('base');
    r.git('checkout', '-q', '-b', 'feature');
    r.write({ 'infra/clean.tf': rdsInstance('clean', true) });
    const head = r.commit('clean file');
    await fake(r, base, head);
    const run = await act(r.dir, { name: 'pull_request', head, base });
    expect(run.failed).toBeUndefined();
    expect(run.outputs).toMatchObject({ findings: '2', errors: '0', new: '0', existing: '2', fixed: '0' });
    expect(gh!.reviewComments).toEqual([]);
    const sticky = gh!.issueComments[0].body;
    expect(sticky).toContain(summaryMarker('arch-lint'));
    expect(sticky).toContain('no new finding at or above `error`');
    expect(sticky).toContain('### New findings (0)');
    expect(sticky).toContain('### Existing findings (2)');
    expect(sticky).toContain(`[\`infra/legacy.tf:1\`](https://github.com/acme/infra/blob/${head}/infra/legacy.tf#L1)`);
    expect(run.summary).toContain('### Existing findings (2)');
    // No annotation for legacy findings: they are not what this change introduces.
    expect(run.stdout).not.toMatch(/^::error /m);
  });

  it('(b) the PR deletes multi_az = true: fails on a new finding on the resource’s line of the head commit', async () => {
    const r = repo({ 'infra/db.tf': rdsInstance('orders', true), 'infra/legacy.tf': rdsInstance('legacy') });
    const base = r.commit('base');
    r.git('checkout', '-q', '-b', 'feature');
    r.write({ 'infra/db.tf': rdsInstance('orders') });
    const head = r.commit('drop multi_az');
    await fake(r, base, head);
    const run = await act(r.dir, { name: 'pull_request', head, base });
    expect(run.outputs).toMatchObject({ new: '1', existing: '1', fixed: '0', errors: '1' });
    expect(run.failed).toBe(
      'arch-lint: 1 new finding at or above error:\n' +
        '- infra/db.tf:1 aws-rds-multi-az (aws_db_instance.orders): RDS instance aws_db_instance.orders runs in a single availability zone (multi_az is not set, which means false): an AZ outage takes the database down until it is restored from backup. Set multi_az = true for a synchronous standby in a second AZ.',
    );
    expect(r.show(head, 'infra/db.tf').split('\n')[0]).toBe('resource "aws_db_instance" "orders" {');
    const sticky = gh!.issueComments[0].body;
    expect(sticky).toContain('1 new finding at or above `error`');
    const newSection = sticky.slice(sticky.indexOf('### New findings (1)'), sticky.indexOf('### Existing findings'));
    expect(newSection).toContain(`(https://github.com/acme/infra/blob/${head}/infra/db.tf#L1)`);
    expect(newSection).not.toContain('legacy');
    expect(run.stdout).toMatch(/^::error file=infra\/db\.tf,line=1,/m);
    expect(run.stdout).not.toContain('legacy.tf');
  });

  it('(c) the workspace is the merge commit and main moved: every comment and suggestion is on the head’s lines', async () => {
    const prelude = 'locals {\n  a = 1\n  b = 2\n  c = 3\n  d = 4\n  e = 5\n}\n\n';
    const r = repo({ 'infra/db.tf': prelude + rdsInstance('orders', true) });
    const b0 = r.commit('base');
    r.git('checkout', '-q', '-b', 'feature');
    r.write({ 'infra/db.tf': prelude + rdsInstance('orders', false) });
    const head = r.commit('single AZ');
    r.git('checkout', '-q', 'main');
    r.write({
      'infra/db.tf':
        '# Shop databases.\n# Owned by the data team.\n# Keep multi-AZ on.\n' + prelude + rdsInstance('orders', true),
    });
    const b1 = r.commit('main moves on');
    // What actions/checkout gives on pull_request: the merge of head into the moved base.
    r.git('checkout', '-q', '--detach', b1);
    r.git('merge', '-q', '--no-ff', '-m', 'merge', head);
    expect(r.git('rev-parse', 'HEAD')).not.toBe(head);
    await fake(r, b1, head);
    const run = await act(r.dir, { name: 'pull_request', head, base: b1 });
    expect(run.outputs).toMatchObject({ new: '1', existing: '0' });
    expect(gh!.reviewComments.length).toBeGreaterThan(0);
    const headLines = r.show(head, 'infra/db.tf').split('\n');
    for (const c of gh!.reviewComments) {
      expect(c.path).toBe('infra/db.tf');
      expect(headLines[c.line! - 1]).toBe('  multi_az                = false');
      expect(c.body).toContain('```suggestion\n  multi_az                = true\n```');
    }
    expect(gh!.reviews[0].commit_id).toBe(head);
  });

  it('(d) the PR adds ignore: ["**"]: still fails, the change is listed and commented on the config line', async () => {
    const r = repo({ 'infra/db.tf': rdsInstance('orders', true), 'infra/cache.tf': rdsInstance('cache', true) });
    const base = r.commit('base');
    r.git('checkout', '-q', '-b', 'feature');
    r.write({
      '.arch-lint.yml': CONFIG + 'failOn: none\nignore: ["**"]\n',
      'infra/db.tf': rdsInstance('orders', false),
      'infra/cache.tf': rdsInstance('cache', false).replace(
        '  multi_az',
        '  # arch-lint-ignore aws-rds-multi-az -- a cache, rebuilt on failover\n  multi_az',
      ),
      // Without a reason, a new suppression does not silence its finding.
      'infra/queue.tf': rdsInstance('queue', false).replace(
        '  multi_az',
        '  # arch-lint-ignore aws-rds-multi-az\n  multi_az',
      ),
    });
    const head = r.commit('relax');
    await fake(r, base, head);
    const run = await act(r.dir, { name: 'pull_request', head, base });
    expect(run.failed).toMatch(
      /^arch-lint: 2 new findings at or above error:\n- infra\/db\.tf:7 aws-rds-multi-az .*\n- infra\/queue\.tf:8 aws-rds-multi-az /,
    );
    expect(run.summary).toContain(
      '1 finding(s) silenced by a suppression this change adds without a reason still count',
    );
    const sticky = gh!.issueComments[0].body;
    const policy = sticky.slice(sticky.indexOf('### Policy changes in this PR (4)'));
    expect(policy).toContain('`.arch-lint.yml:4` failOn: error → none');
    expect(policy).toContain('`.arch-lint.yml:5` ignore adds "\\*\\*"');
    expect(policy).toContain(
      'New suppression: infra/cache.tf:7: arch-lint-ignore aws-rds-multi-az — reason: a cache, rebuilt on failover',
    );
    const onConfig = gh!.reviewComments.filter((c) => c.path === '.arch-lint.yml');
    expect(onConfig).toHaveLength(1);
    expect(onConfig[0].line).toBe(4);
    expect(onConfig[0].body).toContain('relaxes the policy that judges it: failOn: error → none; ignore adds');
    expect(policy).toContain('New suppression: infra/queue.tf:7: arch-lint-ignore aws-rds-multi-az (no reason given)');
    expect(run.summary).toContain('### Policy changes in this PR (4)');

    // Re-run: the policy comment is recognised, not posted twice.
    const comments = gh!.reviewComments.length;
    await act(r.dir, { name: 'pull_request', head, base });
    expect(gh!.reviewComments.length).toBe(comments);
  });

  it('(e) a shallow clone without the base: says what to set, still annotates, exits by the findings', async () => {
    const r = repo({ 'infra/legacy.tf': rdsInstance('legacy') });
    const base = r.commit('base');
    r.git('checkout', '-q', '-b', 'feature');
    r.write({ 'infra/clean.tf': rdsInstance('clean', true) });
    const head = r.commit('clean file');
    const clone = mkdtempSync(join(tmpdir(), 'arch-lint-shallow-'));
    temps.push(clone);
    execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${r.dir}`, clone], {
      env: GIT_ENV,
    });
    await fake(r, base, head);
    const run = await act(clone, { name: 'pull_request', head, base });
    const note = `The base commit ${base.slice(0, 12)} is not in the clone's git objects (shallow clone): set \`fetch-depth: 0\` on actions/checkout`;
    expect(run.summary).toContain(note);
    expect(run.summary).toContain('no review');
    expect(run.stdout).toMatch(/^::error file=infra\/legacy\.tf,line=1,/m);
    expect(run.failed).toMatch(/^arch-lint: 1 finding at or above error:\n- infra\/legacy\.tf:1 /);
    expect(run.outputs).toMatchObject({ findings: '1', new: '1', existing: '0' });
    // Nothing is posted from the workspace's lines.
    expect(gh!.requests).toEqual([]);
  });

  it('(f) pull_request_target with the base checked out: the head commit is linted, never checked out', async () => {
    const r = repo({ 'infra/legacy.tf': rdsInstance('legacy') });
    const base = r.commit('base');
    r.git('checkout', '-q', '-b', 'feature');
    r.write({ 'infra/orders.tf': rdsInstance('orders', false) });
    const head = r.commit('orders');
    r.git('checkout', '-q', 'main');
    expect(existsSync(join(r.dir, 'infra/orders.tf'))).toBe(false);
    await fake(r, base, head);
    const run = await act(r.dir, { name: 'pull_request_target', head, base });
    expect(run.outputs).toMatchObject({ new: '1', existing: '1' });
    expect(run.failed).toMatch(/^arch-lint: 1 new finding at or above error:\n- infra\/orders\.tf:7 /);
    expect(gh!.reviews.map((v) => v.commit_id)).toEqual([head]);
    expect(gh!.reviewComments.map((c) => `${c.path}:${c.line}`)).toEqual(['infra/orders.tf:7']);
    expect(r.show(head, 'infra/orders.tf').split('\n')[6]).toBe('  multi_az                = false');
    expect(existsSync(join(r.dir, 'infra/orders.tf'))).toBe(false);
  });

  it('the pull request moved on during the run: nothing is posted from the old head’s lines', async () => {
    const r = repo({ 'infra/db.tf': rdsInstance('orders', true) });
    const base = r.commit('base');
    r.git('checkout', '-q', '-b', 'feature');
    r.write({ 'infra/db.tf': rdsInstance('orders', false) });
    const head = r.commit('single AZ');
    await fake(r, base, head);
    gh!.pull.headSha = 'c'.repeat(40);
    const run = await act(r.dir, { name: 'pull_request', head, base });
    expect(run.failed).toMatch(/^arch-lint: 1 new finding/);
    expect(gh!.writes()).toEqual([]);
    expect(run.log.join('\n')).toContain(
      `The pull request moved to cccccccccccc while this run linted ${head.slice(0, 12)}`,
    );
  });

  it('push and merge_group compare commits too: gate all on the default branch, new elsewhere', async () => {
    const r = repo({ 'infra/legacy.tf': rdsInstance('legacy') });
    const before = r.commit('base');
    r.write({ 'infra/clean.tf': rdsInstance('clean', true) });
    const after = r.commit('clean');
    await fake(r, before, after);
    const push = (ref: string) => ({
      name: 'push',
      head: after,
      base: before,
      payload: { ref, before, after, repository: { full_name: 'acme/infra', default_branch: 'main' } },
    });
    const onMain = await act(r.dir, push('refs/heads/main'));
    expect(onMain.outputs).toMatchObject({ new: '0', existing: '1', errors: '1' });
    expect(onMain.failed).toMatch(/^arch-lint: 1 finding at or above error:\n- infra\/legacy\.tf:1 /);
    const onBranch = await act(r.dir, push('refs/heads/feature'));
    expect(onBranch.outputs).toMatchObject({ new: '0', existing: '1', errors: '0' });
    expect(onBranch.failed).toBeUndefined();
    const strict = await act(r.dir, push('refs/heads/feature'), { gate: 'all' });
    expect(strict.failed).toMatch(/^arch-lint: 1 finding at or above error/);
    const group = await act(r.dir, {
      name: 'merge_group',
      head: after,
      base: before,
      payload: { merge_group: { head_sha: after, base_sha: before }, repository: { full_name: 'acme/infra' } },
    });
    expect(group.outputs).toMatchObject({ new: '0', existing: '1', errors: '0' });
    expect(group.summary).toContain('### Existing findings (1)');
    // None of these events posts to the pull request API.
    expect(gh!.requests).toEqual([]);
  });

  it('with every unit linted, a chart the PR touches is rendered at the head and the base; an untouched one once (stand-in helm)', async () => {
    const resources =
      'resources:\n  limits:\n    cpu: 500m\n    memory: 256Mi\n  requests:\n    cpu: 250m\n    memory: 256Mi\n';
    const r = repo({
      ...deploymentChart('web', 'replicas: {{ .Values.replicaCount }}', resources),
      ...deploymentChart('api', 'replicas: 1', ''),
    });
    r.write({ 'charts/web/values.yaml': `replicaCount: 2\n${resources}` });
    const base = r.commit('base');
    r.git('checkout', '-q', '-b', 'feature');
    r.write({ 'charts/web/values.yaml': 'replicaCount: 2\nresources: {}\n' });
    const head = r.commit('web: no resources');
    // What helm prints for each side's values (the stand-in replays it by the values' hash).
    const replay = mkdtempSync(join(tmpdir(), 'arch-lint-replay-'));
    temps.push(replay);
    const withLimits = resources.replace(/^/gm, '            ').replace(/^ +resources:\n/, '');
    writeFileSync(
      join(replay, replayFile('web', [r.show(base, 'charts/web/values.yaml') + '\n'])),
      deploymentRendering('web', 2, withLimits),
    );
    writeFileSync(
      join(replay, replayFile('web', ['replicaCount: 2\nresources: {}\n'])),
      deploymentRendering('web', 2, '            {}\n'),
    );
    writeFileSync(join(replay, 'api.yaml'), deploymentRendering('api', 1, '            {}\n'));
    const bin = installFakeHelm(replay);
    temps.push(bin);
    const saved = process.env.PATH;
    process.env.PATH = `${bin}${delimiter}${saved}`;
    let run: ActionRun;
    try {
      await fake(r, base, head);
      // Changed-units mode (the default) does not lint the untouched chart at all.
      const changed = await act(r.dir, { name: 'pull_request', head, base });
      expect(changed.outputs).toMatchObject({ new: '1', fixed: '0', existing: '3' });
      run = await act(r.dir, { name: 'pull_request', head, base }, { 'changed-units': 'false' });
    } finally {
      process.env.PATH = saved;
    }
    const calls = helmCalls(bin).filter((c) => c.args[0] === 'template');
    // web differs between the sides: rendered for each; api is byte-identical: rendered once, reused.
    expect(calls.map((c) => c.args[1])).toEqual(['web', 'web', 'api', 'web', 'web']);
    for (const c of calls) {
      expect(c.args[2]).toMatch(/arch-lint-helm-[^/]+\/chart\/(web|api)$/);
      expect(existsSync(c.args[2])).toBe(false);
    }
    // The NEW finding is on the values line the PR changed, with the template line related.
    expect(run!.outputs).toMatchObject({ new: '1', fixed: '0' });
    expect(run!.failed).toMatch(
      /^arch-lint: 1 new finding at or above error:\n- charts\/web\/values\.yaml:2 k8s-container-resource-limits /,
    );
    expect(gh!.reviewComments.map((c) => `${c.path}:${c.line}`)).toEqual(['charts/web/values.yaml:2']);
    const sticky = gh!.issueComments[0].body;
    const existing = [
      ...sticky.slice(sticky.indexOf('### Existing findings')).matchAll(/\| `([a-z0-9-]+)` \| \[`([^`]+)`\]/g),
    ];
    // The unchanged chart's findings (rendered once) and web's own older ones stay EXISTING.
    expect(existing.map((m) => `${m[2]} ${m[1]}`)).toEqual([
      'charts/api/values.yaml:1 k8s-container-resource-limits',
      'charts/api/templates/deployment.yaml:9 k8s-single-replica',
      'charts/api/templates/deployment.yaml:19 k8s-missing-liveness-probe',
      'charts/web/templates/deployment.yaml:2 k8s-missing-pdb',
      'charts/web/templates/deployment.yaml:2 k8s-missing-zone-spread',
      'charts/web/templates/deployment.yaml:19 k8s-missing-liveness-probe',
    ]);
    expect(run!.outputs).toMatchObject({ existing: '6' });
  });
});
