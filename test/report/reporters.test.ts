// Focused behaviour of each reporter beyond the golden files: escaping, carets, colors,
// key order, format lookup.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings/finding.js';
import { SourceFile } from '../../src/parse/source.js';
import { escapeData, escapeProperty, githubReporter } from '../../src/report/github.js';
import { FORMAT_NAMES, getReporter, isFormatName, REPORTERS } from '../../src/report/index.js';
import { jsonReporter } from '../../src/report/json.js';
import { markdownReporter } from '../../src/report/markdown.js';
import { cellCode, COMMENT_LIMIT, escapeMarkdown } from '../../src/report/markdown-text.js';
import { textReporter, underline } from '../../src/report/text.js';
import { visible } from '../../src/report/terminal.js';
import { FINDINGS, sampleContext } from './sample.js';

const base: Finding = {
  ruleId: 'r',
  category: 'c',
  severity: 'warning',
  message: 'm',
  file: 'f.tf',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  fingerprint: 'fp',
  docsUrl: 'https://example.test/r.md',
};

describe('text underline', () => {
  it.each([
    ['abc def', 5, 1, 8, '    ^~~'],
    ['\t\tx = 1', 3, 1, 4, '\t\t^'],
    ['\tab\tcd', 5, 1, 7, '\t  \t^~'],
    ['x', 1, 1, 1, '^'],
    ['key: 日本語', 6, 1, 9, '     ^~~~~~'],
    ['日本: v', 5, 1, 6, '      ^'],
    ['start {', 7, 4, 2, '      ^'],
    ['short', 20, 1, 25, '     ^'],
  ])('%j from column %i (end line %i, end column %i)', (text, column, endLineOffset, endColumn, expected) => {
    expect(underline(text, { line: 1, column, endLine: endLineOffset, endColumn })).toBe(expected);
  });
});

describe('text reporter', () => {
  it('colors only when asked, and never leaves escape codes from the source', () => {
    const source = new SourceFile('f.tf', 'x = "\u001b[31mred"\n');
    const f = { ...base, endColumn: 4 };
    const plain = textReporter([f], { ...sampleContext(), source: () => source, skipped: [] });
    expect(plain).not.toContain('\u001b');
    expect(plain).toContain('x = "\u241b[31mred"');
    const colored = textReporter([f], { ...sampleContext(), source: () => source, color: true, skipped: [] });
    expect(colored).toContain('\u001b[33mwarning\u001b[39m');
    expect(colored.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('prints the summary with singular and plural forms', () => {
    const out = textReporter([base], sampleContext({ summary: { filesScanned: 1, filesSkipped: 0 }, skipped: [] }));
    expect(out.endsWith('\u2716 1 problem (0 errors, 1 warning, 0 notes) in 1 file\n')).toBe(true);
    expect(textReporter([], sampleContext({ summary: { filesScanned: 1, filesSkipped: 0 }, skipped: [] }))).toBe(
      'No problems found in 1 file.\n',
    );
  });

  it('lists skipped files as info lines even on a clean run', () => {
    expect(textReporter([], sampleContext())).toBe(
      'big/huge.yaml: info skipped: larger than maxFileBytes (5242880 bytes)\n\nNo problems found in 10 files.\n',
    );
  });

  it('makes control characters visible', () => {
    expect(visible('a\u0007b\tc\u009bd\u007f')).toBe('a\u2407b\tc\ufffdd\u2421');
  });
});

describe('json reporter', () => {
  it('writes keys in the documented order and omits absent optional keys', () => {
    const out = JSON.parse(jsonReporter(FINDINGS, sampleContext()));
    expect(Object.keys(out)).toEqual(['version', 'tool', 'findings', 'summary']);
    const withFix = out.findings.find((f: { fix?: unknown }) => f.fix);
    expect(Object.keys(withFix)).toEqual([
      'ruleId',
      'category',
      'severity',
      'message',
      'file',
      'line',
      'column',
      'endLine',
      'endColumn',
      'resource',
      'related',
      'fingerprint',
      'docsUrl',
      'fix',
    ]);
    const parseError = out.findings.find((f: { ruleId: string }) => f.ruleId === 'parse-error');
    expect(Object.keys(parseError)).not.toContain('resource');
    expect(Object.keys(parseError)).not.toContain('fix');
    expect(out.summary).toEqual({
      filesScanned: 10,
      filesSkipped: 1,
      findings: 5,
      bySeverity: { error: 3, warning: 1, note: 1 },
    });
  });

  it('always has all three severities, and a trailing newline', () => {
    const out = jsonReporter([], sampleContext());
    expect(out.endsWith('}\n')).toBe(true);
    expect(JSON.parse(out).summary.bySeverity).toEqual({ error: 0, warning: 0, note: 0 });
  });
});

describe('github reporter', () => {
  it.each([
    ['100% done', '100%25 done'],
    ['a\r\nb', 'a%0D%0Ab'],
    ['x: y, z', 'x: y, z'],
  ])('escapes data %j', (input, expected) => expect(escapeData(input)).toBe(expected));

  it.each([
    ['x: y, z', 'x%3A y%2C z'],
    ['50%\n', '50%25%0A'],
  ])('escapes properties %j', (input, expected) => expect(escapeProperty(input)).toBe(expected));

  it('maps note to notice and escapes the file property', () => {
    const out = githubReporter([{ ...base, severity: 'note', file: 'a,b:c.tf', message: 'm%' }], sampleContext());
    expect(out).toBe('::notice file=a%2Cb%3Ac.tf,line=1,col=1,endLine=1,endColumn=2,title=r::m%25\n');
  });
});

describe('markdown reporter', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['use `x`', 'use \\`x\\`'],
    ['line1\nline2\r\nline3', 'line1<br>line2<br>line3'],
    ['[click](https://evil)', '\\[click\\](https:\u200b//evil)'],
    ['ping @org/team', 'ping @\u200borg/team'],
    ['<!-- arch-lint:summary -->', '&lt;\\!-- arch-lint:summary --&gt;'],
    ['&lt;', '&amp;lt;'],
    ['back\\slash', 'back\\\\slash'],
  ])('escapeMarkdown(%j)', (input, expected) => expect(escapeMarkdown(input)).toBe(expected));

  it.each([
    ['a.tf:3', '`a.tf:3`'],
    ['we`ird.tf:3', '`` we`ird.tf:3 ``'],
    ['p|q.tf:1', '`p\\|q.tf:1`'],
  ])('cellCode(%j)', (input, expected) => expect(cellCode(input)).toBe(expected));

  it('one table row per finding, with the docs link', () => {
    const out = markdownReporter(FINDINGS, sampleContext());
    expect(
      out.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Severity') && !l.startsWith('| ---')),
    ).toHaveLength(FINDINGS.length);
    expect(out).toContain('[parse-error](https://github.com/arch-lint/arch-lint/blob/main/docs/rules/parse-error.md)');
  });

  it("stays under GitHub's comment size, saying how many rows it left out", () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({
      ...base,
      line: i + 1,
      message: `problem number ${i} `.repeat(3),
    }));
    const out = markdownReporter(many, sampleContext());
    expect(out.length).toBeLessThanOrEqual(COMMENT_LIMIT + 100);
    const shown = out.split('\n').filter((l) => l.startsWith('| ') && l.includes('`f.tf:')).length;
    expect(shown).toBeGreaterThan(100);
    expect(out.endsWith(`_… and ${2000 - shown} more findings not shown: see the full report._\n`)).toBe(true);
  });

  it('says no problems when clean', () => {
    expect(markdownReporter([], sampleContext())).toBe('### arch-lint: No problems found in 10 files.\n');
  });
});

describe('format lookup', () => {
  it('knows the seven formats', () => {
    expect(FORMAT_NAMES).toEqual(['text', 'json', 'sarif', 'github', 'markdown', 'junit', 'rdjson']);
    for (const name of FORMAT_NAMES) expect(getReporter(name)).toBe(REPORTERS[name]);
    expect(getReporter('xml')).toBeUndefined();
    expect(isFormatName('toString')).toBe(false);
  });
});
