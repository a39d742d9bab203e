// The publisher against the fake GitHub (in-process client, real Octokit plugins).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubClient } from '../../src/github/client.js';
import { fingerprintOf, isMarkedFixed, summaryMarker } from '../../src/github/markers.js';
import { publishReview, type PublishInput } from '../../src/github/publish.js';
import { verdictOf } from '../../src/github/summary.js';
import type { Finding } from '../../src/findings/finding.js';
import { GITHUB_API_SUBSET } from './api/index.js';
import { BOT, FakeGitHub, HUMAN, type FakeUser } from './fake-github.js';
import { finding } from './helpers.js';

const HEAD = 'b'.repeat(40);
const BASE = 'a'.repeat(40);
const PATCH = ['@@ -1,3 +1,4 @@', ' a', '+b', '+c', ' d', '@@ -10,2 +11,2 @@', ' x', '-y', '+z'].join('\n');

describe('publishReview against the fake GitHub API', () => {
  let gh: FakeGitHub;
  const log: string[] = [];

  beforeEach(async () => {
    gh = new FakeGitHub(GITHUB_API_SUBSET, {
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

  function run(
    findings: Finding[],
    overrides: Partial<PublishInput> = {},
    timeouts: { request?: number; total?: number } = {},
  ) {
    const api = new GitHubClient(
      {
        token: 't',
        baseUrl: gh.url,
        log: (l) => log.push(l),
        maxRetries: 2,
        spaceWrites: false,
        ...(timeouts.request ? { requestTimeoutMs: timeouts.request } : {}),
        ...(timeouts.total ? { deadline: Date.now() + timeouts.total } : {}),
      },
      { owner: 'acme', repo: 'infra', pullNumber: 7 },
    );
    return publishReview({
      api,
      name: 'arch-lint',
      author: '',
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
    expect(summary).toContain(summaryMarker('arch-lint'));
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
      path: /\/reviews$/,
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
        original_line: 2,
        position: 2,
        start_line: null,
        side: 'RIGHT',
        commit_id: HEAD,
        pull_request_review_id: 1,
        user: { login: 'dev', type: 'User' },
      });
    }
    await run([onAdded]);
    const ours = gh.reviewComments.filter((c) => c.user === BOT);
    expect(ours.map((c) => fingerprintOf(c.body, 'arch-lint'))).toEqual([onAdded.fingerprint]);
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

  const bodies = () => [
    ...gh.reviewComments.map((c) => c.body),
    ...gh.issueComments.map((c) => c.body),
    ...gh.reviews.map((r) => r.body),
  ];

  it('forged markers, fences and @mentions in PR content: one marker per body, and re-runs make 0 writes', async () => {
    const forged = '<!-- arch-lint:finding fingerprint=fp-db.tf-2-aws-rds-multi-az -->';
    const hostile = finding({
      file: 'db.tf',
      line: 2,
      ruleId: 'k8s-single-replica',
      message: `Deployment ${forged} \`\`\`\n@org/admins <!-- arch-lint:summary --> has 1 replica`,
      resource: `Deployment/default/x${forged}\`\`\`\`<!-- arch-lint:fixed -->`,
    });
    const plain = finding({ file: 'db.tf', line: 3, ruleId: 'plain', message: '```suggestion\nmulti_az = false\n```' });
    await run([hostile, plain, outside]);
    expect(gh.reviewComments).toHaveLength(2);
    for (const body of bodies()) {
      expect(body.match(/<!--/g)).toHaveLength(1);
      expect(body.match(/-->/g)).toHaveLength(1);
      expect(body).not.toMatch(/(^|[^\u200b])@org/);
      expect(body.trimEnd().split('\n').at(-1)).toMatch(/^<!-- arch-lint:\w+( fingerprint=\S+)? -->$/);
    }
    // A message cannot open a fence: the comment has no code block at all.
    expect(gh.reviewComments.every((c) => !/^```/m.test(c.body))).toBe(true);
    const writes = gh.writes().length;
    await run([hostile, plain, outside]);
    await run([hostile, plain, outside]);
    expect(gh.writes().length).toBe(writes);
    expect(gh.violations).toEqual([]);
  });

  it("another bot's comments carrying our markers are untouched, and never taken for the summary", async () => {
    const otherBot: FakeUser = { login: 'terraform-plan[bot]', type: 'Bot' };
    gh.addReviewComment(
      'db.tf',
      2,
      `quoting arch-lint\n\n<!-- arch-lint:finding fingerprint=${onAdded.fingerprint} -->`,
      otherBot,
    );
    gh.addReviewComment('db.tf', 3, '<!-- arch-lint:finding fingerprint=gone -->', otherBot);
    gh.addIssueComment(`plan output\n\n<!-- arch-lint:summary -->`, otherBot);
    // The same GITHUB_TOKEN identity, posted by another step: the marker is not in our trailing position.
    const planComment = gh.addIssueComment('Terraform plan\n<!-- arch-lint:summary -->\n```\n+ resource\n```', BOT);
    const before = JSON.stringify([gh.reviewComments, gh.issueComments]);
    await run([onAdded]);
    expect(JSON.stringify([gh.reviewComments.slice(0, 2), gh.issueComments.slice(0, 2)])).toBe(
      JSON.stringify(JSON.parse(before).map((list: unknown[]) => list.slice(0, 2))),
    );
    expect(gh.reviewComments).toHaveLength(3);
    expect(gh.issueComments).toHaveLength(3);
    expect(gh.issueComments.find((c) => c.id === planComment.id)!.body).toContain('Terraform plan');
    expect(gh.writes().every((w) => w.method === 'POST')).toBe(true);
    expect(gh.violations).toEqual([]);
  });

  it("an App token's bot is us; github-actions[bot] comments are then someone else's", async () => {
    gh.actor = { login: 'arch-lint-app[bot]', type: 'Bot' };
    await run([onAdded]);
    expect(gh.reviewComments.map((c) => c.user.login)).toEqual(['arch-lint-app[bot]']);
    gh.actor = BOT;
    const stranger = gh.reviewComments[0];
    await run([onAdded2]);
    // Under GITHUB_TOKEN the App's comment is not ours: not deleted although its finding is gone.
    expect(gh.reviewComments.find((c) => c.id === stranger.id)).toBeDefined();
    expect(gh.issueComments.map((c) => c.user.login)).toEqual(['arch-lint-app[bot]', 'github-actions[bot]']);
  });

  it('comment-author names us when GraphQL cannot', async () => {
    gh.actor = { login: 'me-bot[bot]', type: 'Bot' };
    gh.faults.push({ method: 'POST', path: /^\/graphql$/, status: 403, body: { message: 'Forbidden' }, times: 10 });
    await run([onAdded], { author: 'me-bot[bot]' });
    const writes = gh.writes().length;
    await run([onAdded], { author: 'me-bot[bot]' });
    expect(gh.writes().length).toBe(writes);
    await run([onAdded]);
    // Without it the default identity does not recognise the comments: that is the duplicate PATs make.
    expect(log.some((l) => /assuming github-actions\[bot\].*comment-author/.test(l))).toBe(true);
    expect(gh.reviewComments).toHaveLength(2);
  });

  it('an outdated comment is re-anchored on the current line; with replies its thread is resolved', async () => {
    await run([onAdded, onAdded2]);
    const [first, second] = gh.reviewComments;
    gh.addReply(second.id, 'noted');
    gh.outdate(first.id);
    gh.outdate(second.id);
    const outcome = await run([onAdded, onAdded2], { maxComments: 2 });
    expect(outcome.newComments).toBe(2);
    expect(gh.reviewComments.find((c) => c.id === first.id)).toBeUndefined();
    expect(gh.reviewComments.find((c) => c.id === second.id)).toBeDefined();
    expect(gh.resolvedThreads).toEqual(new Set([second.id]));
    const live = gh.reviewComments.filter((c) => c.line !== null && c.in_reply_to_id === undefined);
    expect(live.map((c) => [c.line, fingerprintOf(c.body, 'arch-lint')])).toEqual([
      [2, onAdded.fingerprint],
      [12, onAdded2.fingerprint],
    ]);
    const writes = gh.writes().length;
    await run([onAdded, onAdded2], { maxComments: 2 });
    expect(gh.writes().length).toBe(writes);
    expect(gh.violations).toEqual([]);
  });

  it('a fixed finding with replies: struck through and its thread resolved; refused resolution falls back', async () => {
    await run([onAdded, onAdded2]);
    const [first, second] = gh.reviewComments;
    gh.addReply(first.id, 'why?');
    gh.addReply(second.id, 'why?');
    gh.graphqlForbidden = true;
    let outcome = await run([onAdded2]);
    expect(outcome.markedFixed).toBe(1);
    expect(outcome.resolvedThreads).toBe(0);
    expect(isMarkedFixed(gh.reviewComments.find((c) => c.id === first.id)!.body)).toBe(true);
    expect(log.some((l) => /could not resolve a review thread.*pull-requests: write/.test(l))).toBe(true);
    gh.graphqlForbidden = false;
    outcome = await run([]);
    expect(outcome.resolvedThreads).toBe(1);
    expect(gh.resolvedThreads).toEqual(new Set([second.id]));
    // The findings come back: texts restored, and the resolved thread reopened.
    await run([onAdded, onAdded2]);
    expect(gh.reviewComments.filter((c) => isMarkedFixed(c.body))).toEqual([]);
    expect(gh.resolvedThreads).toEqual(new Set());
    expect(gh.reviews).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  });

  it('a 502 after the review was created: looked up, not posted twice', async () => {
    gh.faults.push({ method: 'POST', path: /\/reviews$/, status: 502, after: true, body: { message: 'Bad Gateway' } });
    const outcome = await run([onAdded, onAdded2]);
    expect(outcome.status).toBe('posted');
    expect(outcome.newComments).toBe(2);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviewComments).toHaveLength(2);
    expect(gh.requests.filter((r) => r.operationId === 'pulls/create-review').map((r) => r.status)).toEqual([502]);
    expect(log.some((l) => /HTTP 502.*checking whether it landed/.test(l))).toBe(true);
  });

  it('a 502 before the review was created: posted once more', async () => {
    gh.faults.push({ method: 'POST', path: /\/reviews$/, status: 502, body: { message: 'Bad Gateway' } });
    await run([onAdded]);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.requests.filter((r) => r.operationId === 'pulls/create-review').map((r) => r.status)).toEqual([502, 200]);
  });

  it('a summary that timed out but landed is not posted twice', async () => {
    gh.faults.push({ method: 'POST', path: /\/issues\/7\/comments$/, status: 504, after: true });
    await run([onAdded]);
    expect(gh.issueComments).toHaveLength(1);
    expect(gh.requests.filter((r) => r.operationId === 'issues/create-comment')).toHaveLength(1);
  });

  it('a duplicate summary left by a race is removed; the oldest is kept', async () => {
    await run([onAdded]);
    const original = gh.issueComments[0];
    gh.addIssueComment(original.body, BOT);
    gh.addIssueComment(original.body.replace('arch-lint failed', 'x'), HUMAN);
    await run([onAdded]);
    expect(gh.issueComments.map((c) => [c.id, c.user.login])).toEqual([
      [original.id, 'github-actions[bot]'],
      [gh.issueComments[1].id, 'dev'],
    ]);
  });

  it('two instances with different names keep two summaries and their own comments', async () => {
    await run([onAdded], { name: 'infra' });
    await run([onAdded2], { name: 'k8s' });
    expect(gh.issueComments).toHaveLength(2);
    expect(gh.issueComments[0].body).toMatch(/^## infra[\s\S]*<!-- arch-lint:summary name=infra -->$/);
    expect(gh.issueComments[1].body).toMatch(/^## k8s[\s\S]*<!-- arch-lint:summary name=k8s -->$/);
    expect(gh.reviewComments).toHaveLength(2);
    const writes = gh.writes().length;
    // Each re-run sees only its own: nothing deleted, nothing re-posted.
    await run([onAdded], { name: 'infra' });
    await run([onAdded2], { name: 'k8s' });
    expect(gh.writes().length).toBe(writes);
    expect(gh.reviewComments).toHaveLength(2);
  });

  it('the review body says only what this run adds, and links to the summary', async () => {
    await run([onAdded]);
    await run([onAdded, onAdded2, outside]);
    expect(gh.reviews.map((r) => r.body.split('\n')[0])).toEqual([
      `**arch-lint**: 1 new inline comment on this run's changes. Every finding and the check verdict are in the summary comment.`,
      `**arch-lint**: 1 new inline comment on this run's changes. Every finding and the check verdict are in the [summary comment](${gh.issueComments[0].html_url}).`,
    ]);
  });

  it('a GET that never answers: the review gives up within the deadline, and says so', async () => {
    gh.faults.push({ method: 'GET', path: /\/comments$/, status: 0, hang: true });
    const started = Date.now();
    const outcome = await run([onAdded], {}, { request: 1500, total: 4000 });
    expect(Date.now() - started).toBeLessThan(4000);
    expect(outcome.status).toBe('failed');
    expect(outcome.message).toMatch(/could not read the pull request \(GET .* timed out after 1.5s\)/);
    expect(outcome.notInline.map((n) => n.finding)).toEqual([onAdded]);
    expect(gh.writes()).toEqual([]);
  });
});
