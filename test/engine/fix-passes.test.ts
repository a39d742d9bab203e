// The pass loop behind --fix, driven by a stand-in linter that reads the files through
// the source it is given: later passes see the fixed texts, a fix that does not resolve
// its finding is applied once, the pass limit holds, and nothing outside the scanned
// paths or differing from the disk is edited.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { overlaySource } from '../../src/engine/fix/overlay.js';
import { runFixPasses, type LintPass } from '../../src/engine/fix/passes.js';
import type { Finding, Replacement } from '../../src/findings/finding.js';
import { SourceFile } from '../../src/parse/source.js';
import { diskSource, type FileSource } from '../../src/read/file-source.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'arch-lint-passes-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function finding(file: string, fingerprint: string, replacements: Replacement[]): Finding {
  return {
    ruleId: 'test-rule',
    category: 'availability',
    severity: 'error',
    message: 'm',
    file,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    fingerprint,
    docsUrl: '',
    fix: { description: 'd', replacements },
  };
}

const at1 = (text: string, file?: string): Replacement => ({
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  text,
  ...(file ? { file } : {}),
});

/** A linter over `paths` (display path → finding maker), reading texts through the given source. */
function linter(dir: string, rules: Record<string, (text: string) => Finding[]>) {
  let passes = 0;
  const lint = async (source: FileSource): Promise<LintPass<number>> => {
    passes++;
    const sources = new Map<string, SourceFile>();
    const findings: Finding[] = [];
    for (const [path, rule] of Object.entries(rules)) {
      const read = await source.readText(join(dir, path));
      if (!read.ok) continue;
      sources.set(path, new SourceFile(path, read.text));
      findings.push(...rule(read.text));
    }
    return { findings, sources, run: passes };
  };
  return { lint, passes: () => passes };
}

describe('runFixPasses', () => {
  it('a fix that does not resolve its finding is applied once and then skipped as unresolved', async () => {
    const dir = project({ 'a.txt': 'body\n' });
    const { lint } = linter(dir, { 'a.txt': () => [finding('a.txt', 'same', [at1('X')])] });
    const outcome = await runFixPasses(lint, { cwd: dir, paths: ['.'], base: diskSource() });
    expect(outcome.files.map((f) => [f.path, f.after, f.fixed])).toEqual([['a.txt', 'Xbody\n', 0]]);
    expect(outcome.skipped.map((s) => s.reason)).toEqual(['unresolved']);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('body\n'); // in memory only
  });

  it('stops after the pass limit and reports the fixes still waiting', async () => {
    const dir = project({ 'a.txt': '\n' });
    // Every pass offers a new fix (a new fingerprint): it never converges.
    const { lint, passes } = linter(dir, { 'a.txt': (t) => [finding('a.txt', `n${t.length}`, [at1('x')])] });
    const outcome = await runFixPasses(lint, { cwd: dir, paths: ['.'], base: diskSource(), maxPasses: 3 });
    expect(outcome.passes).toBe(3);
    expect(passes()).toBe(4); // the files as they are, then once after each pass
    expect(outcome.files[0].after).toBe('xxx\n');
    expect(outcome.skipped.map((s) => s.reason)).toEqual(['passes']);
  });

  it('a fix resolved in a later pass after waiting for an overlapping one', async () => {
    const dir = project({ 'a.txt': '{}\n' });
    const rule = (t: string) => [
      ...(t.includes('a') ? [] : [finding('a.txt', 'a', [{ ...at1('a'), column: 2, endColumn: 2 }])]),
      ...(t.includes('b') ? [] : [finding('a.txt', 'b', [{ ...at1('b'), column: 2, endColumn: 2 }])]),
    ];
    const outcome = await runFixPasses(linter(dir, { 'a.txt': rule }).lint, {
      cwd: dir,
      paths: ['.'],
      base: diskSource(),
    });
    expect(outcome.passes).toBe(2);
    expect(outcome.files.map((f) => [f.after, f.fixed])).toEqual([['{ba}\n', 2]]);
    expect(outcome.skipped).toEqual([]);
  });

  it('never edits outside the scanned paths, a file that differs from the disk, or across files', async () => {
    const dir = project({ 'scan/in.txt': 'in\n', 'out.txt': 'out\n', 'scan/stale.txt': 'disk\n' });
    const rules = {
      'out.txt': () => [finding('out.txt', 'o', [at1('X')])],
      'scan/in.txt': () => [finding('scan/in.txt', 'i', [at1('X'), at1('Y', 'scan/stale.txt')])],
    };
    const base = linter(dir, rules);
    const lint = async (source: FileSource): Promise<LintPass<number>> => {
      const pass = await base.lint(source);
      // What the linter saw of stale.txt is not what is on disk.
      pass.sources.set('scan/stale.txt', new SourceFile('scan/stale.txt', 'linted\n'));
      pass.findings.push(finding('scan/stale.txt', 's', [at1('X')]));
      return pass;
    };
    const outcome = await runFixPasses(lint, { cwd: dir, paths: ['scan'], base: diskSource() });
    expect(outcome.files).toEqual([]);
    expect(outcome.skipped.map((s) => `${s.finding.file} ${s.reason}`)).toEqual([
      'out.txt outside',
      'scan/in.txt several-files',
      'scan/stale.txt unavailable',
    ]);
  });
});

describe('overlaySource', () => {
  it('serves the fixed texts to load, readText and chart snapshots (helm renders the fixed values)', async () => {
    const dir = project({ 'chart/values.yaml': 'replicas: 1\n', 'chart/Chart.yaml': 'name: c\n' });
    const source = overlaySource(diskSource(), new Map([[join(dir, 'chart/values.yaml'), 'replicas: 2\n']]));
    expect(await source.readText(join(dir, 'chart/values.yaml'))).toEqual({ ok: true, text: 'replicas: 2\n' });
    const candidate = {
      abs: join(dir, 'chart/values.yaml'),
      path: 'chart/values.yaml',
      kind: 'yaml' as const,
      explicit: true,
    };
    const loaded = source.load(candidate, 1000);
    expect(loaded.ok && loaded.source.text).toBe('replicas: 2\n');
    const snap = await source.snapshot(join(dir, 'chart'), { maxFileBytes: 1000, maxTotalBytes: 10000, maxFiles: 10 });
    expect(snap.ok && snap.snapshot.files.map((f) => `${f.rel}: ${f.bytes.toString('utf8')}`)).toEqual([
      'Chart.yaml: name: c\n',
      'values.yaml: replicas: 2\n',
    ]);
  });
});
