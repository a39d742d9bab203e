// End to end: the bundled Action (dist/index.js) run as a runner runs it, in a child
// process with the runner's environment, against a fixture repository and the fake GitHub
// API. ARCH_LINT_E2E_NODE picks the Node binary (CI sets it to Node 24, GitHub's runtime):
//   ARCH_LINT_E2E_NODE="$(npx -y node@24 -p process.execPath)" npx vitest run test/github/action.e2e.test.ts
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintOf, isMarkedFixed, summaryMarker } from '../../src/github/markers.js';
import { REPO_DIR } from '../support/shared.js';
import { GITHUB_API_SUBSET } from './api/index.js';
import { FakeGitHub, HUMAN, type FakeFile } from './fake-github.js';

const NODE = process.env.ARCH_LINT_E2E_NODE || process.execPath;
const FIXTURES = join(REPO_DIR, 'fixtures/github');
const DIST = join(REPO_DIR, 'dist/index.js');

interface Repo {
  dir: string;
  base: string;
  head: string;
}

interface RunResult {
  code: number;
  /** Wall-clock time of the step, milliseconds. */
  elapsed: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  sarif: { runs: { results: unknown[] }[] } | undefined;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  }).trim();
}

/** A repository with base/ committed, then head/ laid over it and committed. */
function makeRepo(): Repo {
  const dir = mkdtempSync(join(tmpdir(), 'arch-lint-e2e-'));
  git(dir, 'init', '-q', '-b', 'main');
  cpSync(join(FIXTURES, 'base'), dir, { recursive: true });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  cpSync(join(FIXTURES, 'head'), dir, { recursive: true });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head');
  return { dir, base, head: git(dir, 'rev-parse', 'HEAD') };
}

/** GitHub's list-files view of base...head: one patch per file, from the first hunk. */
function pullFiles(repo: Repo): FakeFile[] {
  const out = git(repo.dir, 'diff', '--no-color', '--no-ext-diff', `${repo.base}...${repo.head}`);
  return out
    .split(/^(?=diff --git )/m)
    .filter((s) => s.startsWith('diff --git '))
    .map((section) => {
      const path = /^\+\+\+ b\/(.*)$/m.exec(section)![1];
      return {
        filename: path,
        status: /^new file mode/m.test(section) ? 'added' : 'modified',
        patch: section.slice(section.indexOf('@@')).trimEnd(),
      } as FakeFile;
    });
}

describe('the Action end to end (dist/index.js)', () => {
  const temps: string[] = [];
  let gh: FakeGitHub;

  beforeAll(() => {
    execFileSync(process.execPath, [join(REPO_DIR, 'scripts/bundle.mjs')], { cwd: REPO_DIR, stdio: 'inherit' });
    expect(existsSync(DIST)).toBe(true);
    console.info(
      `[arch-lint e2e] running dist/index.js with ${NODE} ${execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim()}`,
    );
  });
  afterEach(async () => {
    await gh?.stop();
    expect(gh?.violations ?? []).toEqual([]);
  });
  afterAll(() => {
    for (const t of temps) rmSync(t, { recursive: true, force: true });
  });

  async function fakeFor(repo: Repo): Promise<FakeGitHub> {
    temps.push(repo.dir);
    gh = new FakeGitHub(GITHUB_API_SUBSET, {
      owner: 'acme',
      repo: 'infra',
      number: 42,
      headSha: repo.head,
      baseSha: repo.base,
      files: pullFiles(repo),
    });
    await gh.start();
    return gh;
  }

  async function runAction(
    repo: Repo,
    opts: { event?: string; inputs?: Record<string, string>; workspace?: string; payload?: string } = {},
  ): Promise<RunResult> {
    const runner = mkdtempSync(join(tmpdir(), 'arch-lint-runner-'));
    temps.push(runner);
    const eventName = opts.event ?? 'pull_request';
    const eventFile = join(runner, 'event.json');
    const template =
      eventName === 'push' ? 'push.json' : eventName === 'fork' ? 'pull_request_fork.json' : 'pull_request.json';
    writeFileSync(
      eventFile,
      opts.payload ??
        readFileSync(join(FIXTURES, 'events', template), 'utf8')
          .replaceAll('HEAD_SHA', repo.head)
          .replaceAll('BASE_SHA', repo.base),
    );
    const outputFile = join(runner, 'output');
    const summaryFile = join(runner, 'summary.md');
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const workspace = opts.workspace ?? repo.dir;
    const inputs: Record<string, string> = {
      'github-token': 'ghs_fake',
      paths: '.',
      'fail-on': 'error',
      review: 'true',
      'filter-mode': 'added',
      'max-comments': '30',
      'sarif-file': 'arch-lint.sarif',
      config: '',
      ...opts.inputs,
    };
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: runner,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: eventName === 'fork' ? 'pull_request' : eventName,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_API_URL: gh.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/infra',
      GITHUB_SHA: repo.head,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: runner,
    };
    // The runner keeps dashes in input names: INPUT_GITHUB-TOKEN.
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    const started = Date.now();
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(NODE, [DIST], { cwd: workspace, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      });
    });
    const sarifPath = join(workspace, inputs['sarif-file']);
    return {
      code,
      elapsed: Date.now() - started,
      stdout,
      stderr,
      outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
      sarif: existsSync(sarifPath) ? JSON.parse(readFileSync(sarifPath, 'utf8')) : undefined,
    };
  }

  it('first run: one review on diff lines with a suggestion, one sticky summary, annotations, SARIF, exit 1', async () => {
    const repo = makeRepo();
    await fakeFor(repo);
    const r = await runAction(repo);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviews[0].event).toBe('COMMENT');
    const comments = gh.reviewComments;
    expect(comments.length).toBeGreaterThan(0);
    // Every comment is on a line GitHub resolves (the fake refuses the rest) and carries a marker.
    for (const c of comments) expect(fingerprintOf(c.body, 'arch-lint')).toBeDefined();
    // Base files untouched by the PR get no comment.
    expect(comments.some((c) => c.path === 'k8s/worker.yaml')).toBe(false);
    const db = comments.find((c) => c.path === 'infra/db.tf')!;
    expect(db.line).toBe(8);
    expect(db.body).toContain('```suggestion\n  multi_az                = true\n```');
    expect(comments.some((c) => c.path === 'k8s/api.yaml' && c.body.includes('```suggestion'))).toBe(true);
    expect(gh.issueComments).toHaveLength(1);
    const summary = gh.issueComments[0].body;
    expect(summary).toContain(summaryMarker('arch-lint'));
    expect(summary).toContain('arch-lint failed');
    expect(summary).toContain('k8s/worker.yaml');
    // Hostile title and branch name never show up.
    expect(summary).not.toContain('onerror');
    expect(existsSync(join(repo.dir, 'pwned'))).toBe(false);

    const findings = Number(r.outputs.findings);
    expect(findings).toBeGreaterThan(comments.length);
    expect(Number(r.outputs.errors)).toBeGreaterThan(0);
    expect(r.outputs['sarif-file']).toBe('arch-lint.sarif');
    expect(r.sarif!.runs[0].results).toHaveLength(findings);
    expect(r.stdout).toMatch(/^::error file=infra\/db\.tf,line=8,/m);
    expect(r.summary).toContain('## arch-lint');
    expect(r.summary).toContain('arch-lint failed');
    expect(r.stdout).toContain('::error::arch-lint:');
  });

  it('re-run on the same PR: no new comment, no write at all', async () => {
    const repo = makeRepo();
    await fakeFor(repo);
    await runAction(repo);
    const reviews = gh.reviews.length;
    const comments = gh.reviewComments.length;
    const writes = gh.writes().length;
    const r = await runAction(repo);
    expect(r.code).toBe(1);
    expect(gh.reviews.length).toBe(reviews);
    expect(gh.reviewComments.length).toBe(comments);
    expect(gh.issueComments).toHaveLength(1);
    expect(gh.writes().length).toBe(writes);
  });

  it('a fixed finding: its comment is deleted; with a reply it is marked fixed instead', async () => {
    const repo = makeRepo();
    await fakeFor(repo);
    await runAction(repo);
    const db = gh.reviewComments.find((c) => c.path === 'infra/db.tf')!;
    const api = gh.reviewComments.find((c) => c.path === 'k8s/api.yaml')!;
    gh.addReply(db.id, 'Multi-AZ doubles the cost, are we sure?');
    const before = gh.reviewComments.length;

    cpSync(join(FIXTURES, 'fixed'), repo.dir, { recursive: true });
    git(repo.dir, 'commit', '-q', '-am', 'fix');
    repo.head = git(repo.dir, 'rev-parse', 'HEAD');
    gh.pull.headSha = repo.head;
    gh.pull.files = pullFiles(repo);

    const r = await runAction(repo);
    expect(r.code).toBe(1);
    const dbAfter = gh.reviewComments.find((c) => c.id === db.id)!;
    expect(isMarkedFixed(dbAfter.body)).toBe(true);
    expect(dbAfter.body).toContain(`Fixed in ${repo.head.slice(0, 12)}`);
    expect(dbAfter.body).not.toContain('```suggestion');
    // Its thread is resolved, so it does not block "require conversation resolution".
    expect(gh.resolvedThreads).toEqual(new Set([db.id]));
    expect(gh.reviewComments.find((c) => c.id === api.id)?.body).toBe(api.body);
    expect(gh.reviewComments.length).toBe(before);
    expect(gh.reviews).toHaveLength(1);

    // Without a reply the comment goes away: the PR drops the cache it added.
    const other = gh.reviewComments.find((c) => c.path === 'infra/cache.tf');
    expect(other).toBeDefined();
    {
      rmSync(join(repo.dir, 'infra/cache.tf'));
      git(repo.dir, 'commit', '-q', '-am', 'drop cache');
      repo.head = git(repo.dir, 'rev-parse', 'HEAD');
      gh.pull.headSha = repo.head;
      gh.pull.files = pullFiles(repo);
      await runAction(repo);
      expect(gh.reviewComments.find((c) => c.id === other!.id)).toBeUndefined();
    }
  });

  it('fork token (403 on writes): no crash, annotations and job summary, exit code from findings only', async () => {
    const repo = makeRepo();
    await fakeFor(repo);
    gh.readOnly = true;
    const r = await runAction(repo, { event: 'fork' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/could not .*HTTP 403.*read-only/);
    expect(r.stdout).toMatch(/^::error file=/m);
    expect(r.summary).toContain('read-only');
    expect(gh.writes()).toHaveLength(1);
    expect(gh.reviewComments).toHaveLength(0);

    const lenient = await runAction(repo, { event: 'fork', inputs: { 'fail-on': 'none' } });
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).not.toContain('::error::');
  });

  it('rate limited (403 secondary with Retry-After, then 429), then success', async () => {
    const repo = makeRepo();
    await fakeFor(repo);
    gh.faults.push(
      {
        method: 'POST',
        path: /\/reviews$/,
        status: 403,
        headers: { 'retry-after': '1' },
        body: { message: 'You have exceeded a secondary rate limit.' },
      },
      {
        method: 'POST',
        path: /\/issues\/42\/comments$/,
        status: 429,
        headers: { 'retry-after': '1' },
        body: { message: 'You have exceeded a secondary rate limit.' },
      },
    );
    const r = await runAction(repo);
    expect(r.code).toBe(1);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.issueComments).toHaveLength(1);
    expect(gh.requests.filter((q) => q.operationId === 'pulls/create-review').map((q) => q.status)).toEqual([403, 200]);
    expect(gh.requests.filter((q) => q.operationId === 'issues/create-comment').map((q) => q.status)).toEqual([
      429, 201,
    ]);
  });

  it('more than 3,000 files: falls back to git diff in the clone; without a clone, no review at all', async () => {
    const repo = makeRepo();
    await fakeFor(repo);
    const real = gh.pull.files;
    const filler: FakeFile[] = Array.from({ length: 3000 }, (_, i) => ({
      filename: `gen/f${String(i).padStart(4, '0')}.txt`,
      status: 'added',
      patch: '@@ -0,0 +1 @@\n+x',
    }));
    // GitHub's list stops at 3,000: the real changes are past the cap.
    gh.pull.files = [...filler, ...real];
    const r = await runAction(repo);
    expect(r.code).toBe(1);
    expect(gh.requests.filter((q) => q.operationId === 'pulls/list-files')).toHaveLength(30);
    expect(gh.reviewComments.some((c) => c.path === 'infra/db.tf')).toBe(true);
    // Whatever the fake said, the comments it accepted were on real files: the git view matched.
    expect(gh.issueComments[0].body).not.toContain('partial view');

    // Same PR, workspace without git history: the commits cannot be read, so nothing is
    // posted from the workspace's lines; annotations, job summary and SARIF still are.
    const copy = mkdtempSync(join(tmpdir(), 'arch-lint-nogit-'));
    temps.push(copy);
    cpSync(repo.dir, copy, { recursive: true, filter: (src) => !src.includes(`${join(repo.dir, '.git')}`) });
    const requests = gh.requests.length;
    const p = await runAction(repo, { workspace: copy });
    expect(p.code).toBe(1);
    expect(gh.requests.length).toBe(requests);
    expect(p.summary).toContain('The workspace is not a git clone');
    expect(p.stdout).toMatch(/^::error file=infra\/db\.tf,/m);
  });

  it('push event: lint, annotate and summarise, no API call', async () => {
    const repo = makeRepo();
    await fakeFor(repo);
    const r = await runAction(repo, { event: 'push' });
    expect(r.code).toBe(1);
    expect(gh.requests).toHaveLength(0);
    expect(r.stdout).toMatch(/^::error file=/m);
    expect(r.summary).toContain('arch-lint failed');
  });

  it('forged markers, fences and @mentions in manifests and comments: one marker per body, re-runs make 0 writes', async () => {
    const repo = makeRepo();
    const forged = '<!-- arch-lint:finding fingerprint=x -->';
    writeFileSync(
      join(repo.dir, 'k8s/evil.yaml'),
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        `  name: "evil${forged}\`\`\`@acme/admins<!-- arch-lint:summary -->"`,
        '  namespace: shop',
        'spec:',
        '  replicas: 3',
        '  selector:',
        '    matchLabels:',
        '      app: evil',
        '  template:',
        '    metadata:',
        '      labels:',
        '        app: evil',
        '    spec:',
        '      containers:',
        `        - name: api # ${forged} \`\`\`\` @acme/admins -->`,
        '          image: ghcr.io/acme/evil:1.0.0',
        '',
      ].join('\n'),
    );
    git(repo.dir, 'add', '-A');
    git(repo.dir, 'commit', '-q', '-m', 'evil');
    repo.head = git(repo.dir, 'rev-parse', 'HEAD');
    await fakeFor(repo);
    // People on the PR paste markers too: their comments are never taken for ours.
    const pastedSummary = gh.addIssueComment('see below\n\n<!-- arch-lint:summary -->', HUMAN);
    const pastedFinding = gh.addReviewComment('k8s/evil.yaml', 17, '<!-- arch-lint:finding fingerprint=x -->', HUMAN);
    const first = await runAction(repo);
    expect(first.code).toBe(1);
    expect(gh.issueComments.find((c) => c.id === pastedSummary.id)?.body).toBe(pastedSummary.body);
    expect(gh.reviewComments.find((c) => c.id === pastedFinding.id)?.body).toBe(pastedFinding.body);
    expect(gh.issueComments.filter((c) => c.user.login === 'github-actions[bot]')).toHaveLength(1);
    const evil = gh.reviewComments.filter((c) => c.path === 'k8s/evil.yaml' && c.user.login !== 'dev');
    expect(evil.length).toBeGreaterThan(0);
    const ours = [...gh.reviewComments, ...gh.issueComments].filter((c) => c.user.login === 'github-actions[bot]');
    for (const body of ours.map((c) => c.body)) {
      expect(body.match(/<!--/g)).toHaveLength(1);
      expect(body.match(/-->/g)).toHaveLength(1);
      // Outside code spans (where GitHub links nothing) every @ is broken by a zero-width space.
      const text = body.replace(/(?<![\\`])(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
      expect(text).not.toContain('@acme');
    }
    // The suggestion would have carried the source comment verbatim: it is not offered.
    expect(evil.some((c) => c.body.includes('```suggestion'))).toBe(false);
    const writes = gh.writes().length;
    await runAction(repo);
    await runAction(repo);
    expect(gh.writes().length).toBe(writes);
  });

  it('a GET that never answers: the step ends within the budget with annotations, job summary, SARIF and verdict', async () => {
    const repo = makeRepo();
    await fakeFor(repo);
    gh.faults.push({ method: 'GET', path: /\/pulls\/42\/files$/, status: 0, hang: true });
    const r = await runAction(repo, { inputs: { 'request-timeout': '2', 'review-timeout': '4' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    // Lint, a 2 s timeout and the process start: well under the 4 s budget plus start-up.
    expect(r.elapsed).toBeLessThan(20_000);
    expect(r.stdout).toMatch(/^::error file=infra\/db\.tf,line=8,/m);
    expect(r.stdout).toContain('::error::arch-lint:');
    expect(r.stdout).toMatch(/could not read the pull request \(GET \S+ timed out after 2s\)/);
    expect(r.summary).toContain('arch-lint failed');
    expect(r.summary).toMatch(/timed out after 2s/);
    expect(Number(r.outputs.findings)).toBeGreaterThan(0);
    expect(r.sarif!.runs[0].results).toHaveLength(Number(r.outputs.findings));
    expect(gh.writes()).toHaveLength(0);
  });

  it('a 502 after the review was created: no duplicate review', async () => {
    const repo = makeRepo();
    await fakeFor(repo);
    gh.faults.push({ method: 'POST', path: /\/reviews$/, status: 502, after: true });
    const r = await runAction(repo);
    expect(r.code).toBe(1);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.requests.filter((q) => q.operationId === 'pulls/create-review').map((q) => q.status)).toEqual([502]);
    expect(new Set(gh.reviewComments.map((c) => fingerprintOf(c.body, 'arch-lint'))).size).toBe(
      gh.reviewComments.length,
    );
    expect(gh.issueComments).toHaveLength(1);
  });

  it('two instances with different names on one PR: two summaries, no interference', async () => {
    const repo = makeRepo();
    await fakeFor(repo);
    await runAction(repo, { inputs: { name: 'infra', paths: 'infra' } });
    await runAction(repo, { inputs: { name: 'k8s', paths: 'k8s' } });
    expect(gh.issueComments.map((c) => c.body.split('\n')[0])).toEqual(['## infra', '## k8s']);
    const paths = (name: string) =>
      gh.reviewComments.filter((c) => c.body.includes(`name=${name} `)).map((c) => c.path.split('/')[0]);
    expect(new Set(paths('infra'))).toEqual(new Set(['infra']));
    expect(new Set(paths('k8s'))).toEqual(new Set(['k8s']));
    const writes = gh.writes().length;
    await runAction(repo, { inputs: { name: 'infra', paths: 'infra' } });
    await runAction(repo, { inputs: { name: 'k8s', paths: 'k8s' } });
    expect(gh.writes().length).toBe(writes);
  });

  it('a malformed event file: one clear line, annotations from the workspace, exit by findings', async () => {
    const repo = makeRepo();
    await fakeFor(repo);
    const r = await runAction(repo, { payload: '{"pull_request": {"number": 42, ' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const problems = r.stdout.split('\n').filter((l) => l.includes('event payload'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^::warning::arch-lint: The pull_request event payload is not valid JSON \(.+\): no review was posted/,
    );
    expect(r.stdout).not.toMatch(/at .*\.js:\d+/);
    expect(r.stdout).toMatch(/^::error file=infra\/db\.tf,line=8,/m);
    expect(gh.requests).toHaveLength(0);
    const lenient = await runAction(repo, { payload: '', inputs: { 'fail-on': 'none' } });
    expect(lenient.code).toBe(0);
  });

  it('issue_comment: lints and annotates the checkout, explains why there is no review', async () => {
    const repo = makeRepo();
    await fakeFor(repo);
    const r = await runAction(repo, {
      event: 'issue_comment',
      payload: JSON.stringify({ issue: { number: 42, pull_request: {} }, comment: { body: '/arch-lint' } }),
    });
    expect(r.code).toBe(1);
    expect(gh.requests).toHaveLength(0);
    expect(r.stdout).toMatch(/^::error file=/m);
    expect(r.summary).toMatch(/issue_comment event runs on the default branch.*posted no review/);
  });

  it('inputs outside the workspace are refused', async () => {
    const repo = makeRepo();
    await fakeFor(repo);
    execFileSync('ln', ['-s', tmpdir(), join(repo.dir, 'escape')]);
    const r = await runAction(repo, { inputs: { paths: 'escape', 'sarif-file': '../out.sarif' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('outside the workspace');
    expect(gh.requests).toHaveLength(0);
  });
});

function parseOutputs(text: string): Record<string, string> {
  // @actions/core writes `name<<DELIMITER\nvalue\nDELIMITER`.
  const outputs: Record<string, string> = {};
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) outputs[m[1]] = m[3];
  return outputs;
}
