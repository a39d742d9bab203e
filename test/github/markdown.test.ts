import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { omittedNote, pickAnnotations } from '../../src/github/annotations.js';
import { readInputs, splitList } from '../../src/github/inputs.js';
import { escapeMarkdown, fencedBlock, inlineCode, truncateMarkdown } from '../../src/github/markdown.js';
import { findingMarker, fingerprintOf, isSummaryComment, markFixed, SUMMARY_MARKER } from '../../src/github/markers.js';
import { containedPath } from '../../src/github/paths.js';
import { countsTable, findingsTable, stickySummary, verdictOf } from '../../src/github/summary.js';
import { finding } from './helpers.js';

describe('escaping untrusted strings', () => {
  it('neutralises HTML, links, mentions, tables and markers', () => {
    const hostile =
      'x <img src=x onerror=alert(1)> [click](https://evil) @org/team | `a` <!-- arch-lint:summary -->\nnext';
    const out = escapeMarkdown(hostile);
    expect(out).not.toMatch(/<img|<!--|\n/);
    expect(out).toContain('\\[click\\]');
    expect(out).toContain('\\|');
    expect(out).toContain('@\u200borg');
    expect(out).toContain('https:\u200b//evil');
    expect(out).toContain('\\`a\\`');
  });

  it('code spans and fences cannot be closed by their content', () => {
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`x')).toBe('`` `x ``');
    expect(fencedBlock('suggestion', 'a\n```\nb')).toBe('````suggestion\na\n```\nb\n````');
    expect(fencedBlock('suggestion', '')).toBe('```suggestion\n```');
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

describe('markers', () => {
  it('round-trips fingerprints and sanitises odd ones', () => {
    expect(fingerprintOf(`text\n${findingMarker('ab:c/1=')}`)).toBe('ab:c/1=');
    expect(fingerprintOf(findingMarker('a b-->c'))).toBe('a_b--_c');
    expect(fingerprintOf('no marker')).toBeUndefined();
  });

  it('only bot comments are summary comments', () => {
    expect(isSummaryComment({ body: SUMMARY_MARKER, user: { login: 'github-actions[bot]', type: 'Bot' } })).toBe(true);
    expect(isSummaryComment({ body: SUMMARY_MARKER, user: { login: 'dev', type: 'User' } })).toBe(false);
  });

  it('mark-fixed keeps the marker, drops the suggestion, strikes the text', () => {
    const body = `**Error** rule: msg\n\n${fencedBlock('suggestion', 'x = 1')}\n\n${findingMarker('fp')}`;
    const fixed = markFixed(body, 'c'.repeat(40));
    expect(fixed).toContain('~~**Error** rule: msg~~');
    expect(fixed).not.toContain('suggestion');
    expect(fixed).not.toContain('x = 1');
    expect(fingerprintOf(fixed)).toBe('fp');
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
      findings: many.map((m) => m.finding),
      verdict: verdictOf([], 'error'),
      inlineCount: 0,
      notInline: many,
      notes: [],
      headSha: 'a'.repeat(40),
    });
    expect(body.length).toBeLessThan(65_536);
    expect(body.startsWith(SUMMARY_MARKER)).toBe(true);
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
  const ws = mkdtempSync(join(tmpdir(), 'arch-lint-ws-'));
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
    ]);
  });

  it('splits lists on newlines, commas and spaces', () => {
    expect(splitList(' a,b\nc  d ')).toEqual(['a', 'b', 'c', 'd']);
  });
});
