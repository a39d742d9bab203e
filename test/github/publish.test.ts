// The publisher against the fake GitHub (in-process client, real Octokit plugins).
import { afterEach, beforeEach, expect, it } from 'vitest';
import { GitHubClient } from '../../src/github/client.js';
import { fingerprintOf, isMarkedFixed, SUMMARY_MARKER } from '../../src/github/markers.js';
import { publishReview, type PublishInput } from '../../src/github/publish.js';
import { verdictOf } from '../../src/github/summary.js';
import type { Finding } from '../../src/findings/finding.js';
import { describeShared, sharedPath } from '../support/shared.js';
import { BOT, FakeGitHub } from './fake-github.js';
import { finding } from './helpers.js';

const HEAD = 'b'.repeat(40);
const BASE = 'a'.repeat(40);
const PATCH = ['@@ -1,3 +1,4 @@', ' a', '+b', '+c', ' d', '@@ -10,2 +11,2 @@', ' x', '-y', '+z'].join('\n');

describeShared('publishReview against the fake GitHub API', () => {
  let gh: FakeGitHub;
  const log: string[] = [];

  beforeEach(async () => {
    gh = new FakeGitHub(sharedPath('github-api/rest-subset.openapi.json'), {
      owner: 'acme',
      repo: 'infra',
      number: 7,
      headSha: HEAD,
      baseSha: BASE,
      files: [
        { filename: 'db.tf', status: 'modified', patch: PATCH },
        { filename: 'big.tf', status: 'modified' },
      ],
    });
    await gh.start();
    log.length = 0;
  });
  afterEach(async () => {
    await gh.stop();
  });

  function run(findings: Finding[], overrides: Partial<PublishInput> = {}) {
    const api = new GitHubClient(
      { token: 't', baseUrl: gh.url, log: (l) => log.push(l), maxRetries: 2 },
      { owner: 'acme', repo: 'infra', pullNumber: 7 },
    );
    return publishReview({
      api,
      findings,
      verdict: verdictOf(findings, 'error'),
      source: () => undefined,
      covered: () => true,
      filterMode: 'added',
      maxComments: 30,
      workspace: '/nonexistent',
      headSha: HEAD,
      baseSha: BASE,
      log: (l) => log.push(l),
      gitDiff: async () => undefined,
      ...overrides,
    });
  }

  const onAdded = finding({ file: 'db.tf', line: 2 });
  const onAdded2 = finding({ file: 'db.tf', line: 12, ruleId: 'other', severity: 'warning' });
  const outside = finding({ file: 'db.tf', line: 8, ruleId: 'far' });
  const noPatch = finding({ file: 'big.tf', line: 1, ruleId: 'big' });

  it('posts one schema-valid review with comments on diff lines only, and one sticky summary', async () => {
    const outcome = await run([onAdded, onAdded2, outside, noPatch]);
    expect(gh.violations).toEqual([]);
    expect(outcome.status).toBe('posted');
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviews[0].event).toBe('COMMENT');
    expect(gh.reviewComments.map((c) => [c.path, c.line])).toEqual([
      ['db.tf', 2],
      ['db.tf', 12],
    ]);
    expect(gh.issueComments).toHaveLength(1);
    const summary = gh.issueComments[0].body;
    expect(summary).toContain(SUMMARY_MARKER);
    expect(summary).toContain('arch-lint failed');
    expect(summary).toContain('db.tf:8');
    expect(summary).toContain('big.tf:1');
    // big.tf has no patch and no git history: said so, never silently.
    expect(outcome.partialNote).toMatch(/no diff from GitHub/);
  });

  it('a re-run posts nothing new and leaves the summary untouched', async () => {
    await run([onAdded, onAdded2, outside]);
    const writesBefore = gh.writes().length;
    const outcome = await run([onAdded, onAdded2, outside]);
    expect(outcome.newComments).toBe(0);
    expect(outcome.keptComments).toBe(2);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviewComments).toHaveLength(2);
    expect(gh.issueComments).toHaveLength(1);
    expect(gh.writes().length).toBe(writesBefore);
    expect(gh.violations).toEqual([]);
  });

  it('a fixed finding: its comment is deleted, or struck through when someone replied', async () => {
    await run([onAdded, onAdded2]);
    const [first, second] = gh.reviewComments;
    gh.addReply(second.id, 'Is this really needed?');
    const outcome = await run([]);
    expect(outcome.deletedComments).toBe(1);
    expect(outcome.markedFixed).toBe(1);
    expect(gh.reviewComments.find((c) => c.id === first.id)).toBeUndefined();
    const kept = gh.reviewComments.find((c) => c.id === second.id)!;
    expect(isMarkedFixed(kept.body)).toBe(true);
    expect(kept.body).toContain(`Fixed in ${HEAD.slice(0, 12)}`);
    expect(gh.issueComments[0].body).toContain('arch-lint passed');
    expect(gh.violations).toEqual([]);
  });

  it('a read-only token: no crash, one clear message, findings handed back for the other reports', async () => {
    gh.readOnly = true;
    const outcome = await run([onAdded, outside]);
    expect(outcome.status).toBe('read-only');
    expect(outcome.message).toMatch(/HTTP 403.*read-only/);
    expect(outcome.notInline.map((n) => n.finding.ruleId).sort()).toEqual(['aws-rds-multi-az', 'far']);
    // The first refused write stops all others.
    expect(gh.writes()).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  });

  it('a secondary rate limit with Retry-After is waited out, then the review is posted', async () => {
    gh.faults.push({
      method: 'POST',
      path: /\/reviews$/,
      status: 403,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
    });
    gh.faults.push({ method: 'GET', path: /\/files$/, status: 502, body: { message: 'Bad Gateway' } });
    const outcome = await run([onAdded]);
    expect(outcome.status).toBe('posted');
    expect(gh.reviews).toHaveLength(1);
    expect(gh.requests.filter((r) => r.operationId === 'pulls/create-review').map((r) => r.status)).toEqual([403, 200]);
    expect(gh.requests.filter((r) => r.operationId === 'pulls/list-files').map((r) => r.status)).toEqual([502, 200]);
    expect(log.some((l) => /secondary rate limit.*retrying in 1s/.test(l))).toBe(true);
  });

  it('retries are bounded: a persistent rate limit gives up without failing', async () => {
    gh.faults.push({
      method: 'POST',
      status: 429,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit.' },
      times: 10,
    });
    const outcome = await run([onAdded]);
    expect(outcome.status).toBe('failed');
    expect(gh.requests.filter((r) => r.operationId === 'pulls/create-review').length).toBe(3);
    expect(outcome.notInline.map((n) => n.finding)).toContain(onAdded);
  });

  it('a 422 for a line GitHub cannot resolve: the review is retried without it, the finding goes to the summary', async () => {
    const multi = finding({ file: 'db.tf', line: 1, endLine: 3, endColumn: 2, ruleId: 'multi' });
    gh.unresolvableLines.add('db.tf:3');
    const outcome = await run([onAdded, multi]);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviewComments.map((c) => [c.line, c.start_line])).toEqual([[2, null]]);
    expect(outcome.notInline).toContainEqual({ finding: multi, reason: 'rejected' });
    expect(gh.reviews[0].body).toContain('would not place on the diff');
    expect(gh.issueComments[0].body).toContain('refused by GitHub');
    expect(gh.requests.filter((r) => r.operationId === 'pulls/create-review').map((r) => r.status)).toEqual([422, 200]);
  });

  it('paginates existing comments (more than 100) and never duplicates', async () => {
    for (let i = 0; i < 150; i++) {
      gh.reviewComments.push({
        id: i + 1,
        body: `chat ${i}`,
        path: 'db.tf',
        line: 2,
        start_line: null,
        side: 'RIGHT',
        commit_id: HEAD,
        pull_request_review_id: 1,
        user: { login: 'dev', type: 'User' },
      });
    }
    await run([onAdded]);
    const ours = gh.reviewComments.filter((c) => c.user === BOT);
    expect(ours.map((c) => fingerprintOf(c.body))).toEqual([onAdded.fingerprint]);
    await run([onAdded]);
    expect(gh.reviewComments.filter((c) => c.user === BOT)).toHaveLength(1);
    expect(
      gh.requests.filter((r) => r.operationId === 'pulls/list-review-comments' && r.query.page === '2'),
    ).toHaveLength(2);
  });

  it('the fake itself records requests that violate the OpenAPI schema', async () => {
    const res = await fetch(`${gh.url}/repos/acme/infra/pulls/7/reviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ event: 'SHOUT', comments: [{ line: 3 }] }),
    });
    expect(res.status).toBe(422);
    expect(gh.violations.join('\n')).toMatch(/event.*allowed values[\s\S]*path/);
    const bad = await fetch(`${gh.url}/repos/acme/infra/pulls/seven/files?per_page=100`);
    expect(bad.status).toBe(422);
    expect(gh.violations.join('\n')).toMatch(/pull_number=seven/);
    gh.violations.length = 0;
  });
});
