import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { omittedNote, pickAnnotations } from '../../src/github/annotations.js';
import { readInputs, splitList } from '../../src/github/inputs.js';
import { commentBody } from '../../src/github/comment-body.js';
import { readEvent } from '../../src/github/event.js';
import { isOurs } from '../../src/github/identity.js';
import {
  findingMarker,
  fingerprintOf,
  hasSummaryMarker,
  isMarkedFixed,
  markFixed,
  summaryMarker,
} from '../../src/github/markers.js';
import { cellCode, escapeMarkdown, fencedBlock, inlineCode, truncateMarkdown } from '../../src/report/markdown-text.js';
import { containedPath } from '../../src/github/paths.js';
import { countsTable, findingsTable, stickySummary, verdictOf } from '../../src/github/summary.js';
import { finding } from './helpers.js';
import { tempDir } from '../support/temp-dirs.js';

describe('escaping untrusted strings', () => {
  it('neutralises HTML, links, mentions, tables and markers', () => {
    const hostile =
      'x <img src=x onerror=alert(1)> [click](https://evil) @org/team | `a` <!-- arch-lint:summary -->\nnext';
    const out = escapeMarkdown(hostile);
    expect(out).not.toMatch(/<img|<!--|-->|\n/);
    expect(out).toContain('\\[click\\]');
    expect(out).toContain('\\|');
    expect(out).toContain('@\u200borg');
    expect(out).toContain('https:\u200b//evil');
    expect(out).toContain('\\`a\\`');
    expect(out).toContain('<br>next');
  });

  it('code spans and fences cannot be closed by their content', () => {
    expect(inlineCode('a`b')).toBe('`` a`b ``');
    expect(inlineCode('`x')).toBe('`` `x ``');
    expect(inlineCode('a|b')).toBe('`a|b`');
    expect(cellCode('a|b')).toBe('`a\\|b`');
    expect(fencedBlock('suggestion', 'a\n```\nb')).toBe('````suggestion\na\n```\nb\n````');
    expect(fencedBlock('suggestion', '')).toBe('```suggestion\n```');
  });

  it('code spans cannot carry a comment delimiter', () => {
    const forged = 'x<!-- arch-lint:finding fingerprint=f -->y';
    for (const out of [inlineCode(forged), cellCode(forged)]) {
      expect(out).not.toContain('<!--');
      expect(out).not.toContain('-->');
    }
  });

  it('truncates by UTF-8 bytes with a note, never splitting a character', () => {
    const text = `${'é'.repeat(50)}\n${'ü'.repeat(50)}`;
    const cut = truncateMarkdown(text, 120, 'NOTE');
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(120);
    expect(cut.endsWith('NOTE')).toBe(true);
    expect(cut).not.toContain('\uFFFD');
    expect(truncateMarkdown('short', 100, 'NOTE')).toBe('short');
  });
});

describe('comment bodies built from hostile findings', () => {
  const forged = '<!-- arch-lint:finding fingerprint=forged -->';
  const hostile = finding({
    file: 'k8s/api.yaml',
    line: 3,
    message: `Deployment ${forged} \`\`\` @org/admins has 1 replica`,
    resource: `Deployment/default/${forged}\`\`\``,
    fix: {
      description: `Set replicas ${forged}`,
      replacements: [{ line: 3, column: 1, endLine: 3, endColumn: 5, text: `x ${forged}` }],
    },
  });

  it('hold exactly one comment delimiter pair, ours, on the last line', () => {
    const body = commentBody(hostile, `replicas: 2 # ${forged}`, 'arch-lint');
    expect(body.match(/<!--/g)).toHaveLength(1);
    expect(body.match(/-->/g)).toHaveLength(1);
    expect(fingerprintOf(body, 'arch-lint')).toBe(hostile.fingerprint);
    // A suggestion would have to carry the delimiter verbatim: none is offered.
    expect(body).not.toContain('```suggestion');
    expect(body).toContain('@\u200borg');
  });

  it('a clean suggestion is kept verbatim inside a fence it cannot close', () => {
    const body = commentBody(hostile, 'a\n````\nb', 'arch-lint');
    expect(body).toContain('`````suggestion\na\n````\nb\n`````');
    expect(body.match(/<!--/g)).toHaveLength(1);
  });
});

describe('markers', () => {
  it('round-trips fingerprints and sanitises odd ones', () => {
    expect(fingerprintOf(`text\n${findingMarker('arch-lint', 'ab:c/1=')}`, 'arch-lint')).toBe('ab:c/1=');
    expect(fingerprintOf(findingMarker('arch-lint', 'a b-->c'), 'arch-lint')).toBe('a_b--_c');
    expect(fingerprintOf('no marker', 'arch-lint')).toBeUndefined();
  });

  it('are read only in the trailing position, and per instance name', () => {
    const marker = findingMarker('arch-lint', 'fp');
    expect(fingerprintOf(`${marker}\ntext after`, 'arch-lint')).toBeUndefined();
    expect(fingerprintOf(`text ${marker}`, 'arch-lint')).toBeUndefined();
    expect(fingerprintOf(`text\n\n${marker}\n`, 'arch-lint')).toBe('fp');
    expect(fingerprintOf(`text\n\n${marker}`, 'infra')).toBeUndefined();
    expect(fingerprintOf(`text\n\n${findingMarker('infra', 'fp')}`, 'infra')).toBe('fp');
    expect(hasSummaryMarker(`## x\n\n${summaryMarker('infra')}`, 'infra')).toBe(true);
    expect(hasSummaryMarker(`${summaryMarker('arch-lint')}\n## x`, 'arch-lint')).toBe(false);
    expect(hasSummaryMarker(`## x\n\n${summaryMarker('infra')}`, 'arch-lint')).toBe(false);
  });

  it('ours means posted by our login, never just any bot', () => {
    const me = { login: 'github-actions[bot]', source: 'default' as const };
    expect(isOurs(me, { login: 'github-actions[bot]', type: 'Bot' })).toBe(true);
    expect(isOurs(me, { login: 'renovate[bot]', type: 'Bot' })).toBe(false);
    expect(isOurs(me, { login: 'dev', type: 'User' })).toBe(false);
    expect(isOurs(me, null)).toBe(false);
    expect(isOurs({ login: 'my-app[bot]', source: 'token' }, { login: 'My-App[bot]', type: 'Bot' })).toBe(true);
  });

  it('mark-fixed keeps the marker last, drops the suggestion, strikes the text', () => {
    const body = `**Error** rule: msg\n\n${fencedBlock('suggestion', 'x = 1')}\n\n${findingMarker('arch-lint', 'fp')}`;
    const fixed = markFixed(body, 'c'.repeat(40));
    expect(fixed).toContain('~~**Error** rule: msg~~');
    expect(fixed).not.toContain('suggestion');
    expect(fixed).not.toContain('x = 1');
    expect(fingerprintOf(fixed, 'arch-lint')).toBe('fp');
    expect(isMarkedFixed(fixed)).toBe(true);
    expect(isMarkedFixed(body)).toBe(false);
  });
});

describe('event payloads', () => {
  const dir = tempDir('event');
  const env = (name: string, payload: string | undefined) => {
    const path = join(dir, `${name}-${Math.random()}.json`);
    if (payload !== undefined) writeFileSync(path, payload);
    return { GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: path, GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'f'.repeat(40) };
  };

  it('a malformed, missing or pull-less payload is one clear line, not an exception', () => {
    expect(readEvent(env('pull_request', '{"pull_request": ')).problem).toMatch(
      /^The pull_request event payload is not valid JSON \(.*\): no review was posted; findings are annotated/,
    );
    expect(readEvent(env('pull_request', undefined)).problem).toMatch(/could not be read \(ENOENT/);
    expect(readEvent(env('pull_request', '[]')).problem).toMatch(/is not a JSON object/);
    expect(readEvent(env('pull_request_target', '{"action":"opened"}')).problem).toMatch(/has no pull request number/);
    expect(readEvent({ GITHUB_EVENT_NAME: 'pull_request' }).problem).toMatch(/GITHUB_EVENT_PATH is not set/);
  });

  it('review events give the pull request; default-branch events a note; push nothing', () => {
    const pr = JSON.stringify({
      pull_request: { number: 5, head: { sha: 'a'.repeat(40) }, base: { sha: 'b'.repeat(40) } },
    });
    expect(readEvent(env('pull_request_review', pr)).pull).toMatchObject({ number: 5, headSha: 'a'.repeat(40) });
    const comment = readEvent(env('issue_comment', pr));
    expect(comment.pull).toBeUndefined();
    expect(comment.note).toMatch(/runs on the default branch.*no review/);
    expect(readEvent(env('workflow_run', pr)).note).toMatch(/no review/);
    expect(readEvent(env('push', '{}'))).toEqual({ name: 'push', sha: 'f'.repeat(40) });
  });
});

describe('summaries', () => {
  const findings = [
    finding({ file: 'a.tf', line: 1 }),
    finding({ file: 'b.yaml', line: 2, severity: 'warning', category: 'missing-resource-limits', ruleId: 'k' }),
  ];

  it('verdict counts findings at or above fail-on', () => {
    expect(verdictOf(findings, 'error')).toEqual({ failOn: 'error', errors: 1, failed: true });
    expect(verdictOf(findings, 'warning').errors).toBe(2);
    expect(verdictOf(findings, 'none')).toEqual({ failOn: 'none', errors: 0, failed: false });
  });

  it('counts by category and severity', () => {
    expect(countsTable(findings)).toBe(
      [
        '| Category | Errors | Warnings | Notes |',
        '| --- | ---: | ---: | ---: |',
        '| `missing-resource-limits` | 0 | 1 | 0 |',
        '| `single-az-database` | 1 | 0 | 0 |',
        '| **Total** | **1** | **1** | **0** |',
      ].join('\n'),
    );
  });

  it('tables are capped with a count, and the sticky comment fits GitHub limits', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({
      finding: finding({ file: `f${i}.tf`, line: 1, message: 'm'.repeat(200) }),
      reason: 'outside-diff' as const,
    }));
    expect(findingsTable(many.slice(0, 3), 2)).toContain('…and 1 more finding');
    const body = stickySummary({
      name: 'arch-lint',
      findings: many.map((m) => m.finding),
      verdict: verdictOf([], 'error'),
      inlineCount: 0,
      notInline: many,
      notes: [],
      headSha: 'a'.repeat(40),
    });
    expect(body.length).toBeLessThan(65_536);
    expect(body.endsWith(`\n${summaryMarker('arch-lint')}`)).toBe(true);
  });
});

describe('annotations', () => {
  it('keeps the 10 most severe per level and counts the rest', () => {
    const fs = [
      ...Array.from({ length: 12 }, (_, i) => finding({ file: 'e.tf', line: i + 1 })),
      ...Array.from({ length: 3 }, (_, i) => finding({ file: 'w.tf', line: i + 1, severity: 'warning' })),
    ];
    const pick = pickAnnotations(fs);
    expect(pick.annotated).toHaveLength(13);
    expect(pick.omitted).toEqual({ error: 2, warning: 0, note: 0 });
    expect(omittedNote(pick.omitted)).toMatch(/2 more finding/);
    expect(omittedNote({ error: 0, warning: 0, note: 0 })).toBeUndefined();
  });
});

describe('inputs and workspace containment', () => {
  const ws = tempDir('ws');
  mkdirSync(join(ws, 'infra'));
  writeFileSync(join(ws, 'infra/main.tf'), '');
  symlinkSync(tmpdir(), join(ws, 'out'));
  symlinkSync(join(ws, 'infra'), join(ws, 'in'));

  it('confines paths to the workspace through symlinks', () => {
    expect(containedPath(ws, 'infra/main.tf')).toMatch(/infra\/main\.tf$/);
    expect(containedPath(ws, 'in/main.tf')).toMatch(/infra\/main\.tf$/);
    expect(containedPath(ws, '../etc')).toBeUndefined();
    expect(containedPath(ws, '/etc/passwd')).toBeUndefined();
    expect(containedPath(ws, 'out')).toBeUndefined();
    expect(containedPath(ws, 'out/new/file.sarif')).toBeUndefined();
    expect(containedPath(ws, 'reports/new.sarif')).toMatch(/reports\/new\.sarif$/);
  });

  it('validates every input and reports all errors at once', () => {
    const get = (values: Record<string, string>) => (name: string) => values[name] ?? '';
    const ok = readInputs(get({ paths: 'infra\nin, .', 'max-comments': '5', 'filter-mode': 'file' }), ws);
    expect(ok.ok && ok.inputs.paths).toEqual(['infra', 'infra', '.']);
    expect(ok.ok && [ok.inputs.failOn, ok.inputs.review, ok.inputs.maxComments, ok.inputs.sarifFile.relative]).toEqual([
      'error',
      true,
      5,
      'arch-lint.sarif',
    ]);
    const bad = readInputs(
      get({
        paths: 'out',
        'fail-on': 'fatal',
        'filter-mode': 'all',
        'max-comments': '-1',
        review: 'yes',
        'sarif-file': '../x',
        config: '/etc/x.yml',
        name: 'two words',
        'comment-author': 'not a login!',
        'request-timeout': '0',
        'review-timeout': 'soon',
      }),
      ws,
    );
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.map((e) => e.split(':')[0])).toEqual([
      'paths',
      'config',
      'fail-on',
      'review',
      'filter-mode',
      'max-comments',
      'sarif-file',
      'name',
      'comment-author',
      'request-timeout',
      'review-timeout',
    ]);
  });

  it('name, comment-author and the timeouts have safe defaults', () => {
    const get = (values: Record<string, string>) => (name: string) => values[name] ?? '';
    const defaults = readInputs(get({}), ws);
    expect(defaults.ok && [defaults.inputs.name, defaults.inputs.commentAuthor]).toEqual(['arch-lint', '']);
    expect(defaults.ok && [defaults.inputs.requestTimeoutMs, defaults.inputs.reviewTimeoutMs]).toEqual([
      30_000, 180_000,
    ]);
    const set = readInputs(
      get({ name: 'infra-prod', 'comment-author': 'my-app[bot]', 'request-timeout': '2.5', 'review-timeout': '60' }),
      ws,
    );
    expect(
      set.ok && [set.inputs.name, set.inputs.commentAuthor, set.inputs.requestTimeoutMs, set.inputs.reviewTimeoutMs],
    ).toEqual(['infra-prod', 'my-app[bot]', 2500, 60_000]);
  });

  it('splits lists on newlines, commas and spaces', () => {
    expect(splitList(' a,b\nc  d ')).toEqual(['a', 'b', 'c', 'd']);
  });
});
