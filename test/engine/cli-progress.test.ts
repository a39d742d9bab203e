// The progress line on stderr (src/cli-progress.ts): on a terminal only, never with CI
// set, only after about a second, cleared before the report. A fake TTY stream and a
// fake clock: nothing here waits.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROGRESS_DELAY_MS, describe as describeProgress, progressLine } from '../../src/cli-progress.js';
import type { LintProgress } from '../../src/engine/lint-api.js';
import { runCliCaptured } from '../support/cli.js';

function fakeTerminal(isTTY = true, columns?: number) {
  const writes: string[] = [];
  return { isTTY, columns, write: (t: string) => void writes.push(t), writes };
}

function fakeClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

const P = (parsed: number, rulesRun = 0): LintProgress => ({ files: 200, parsed, rules: 95, rulesRun });

describe('progress line', () => {
  it('draws nothing during the first second, then redraws in place and clears at the end', () => {
    const term = fakeTerminal();
    const clock = fakeClock();
    const progress = progressLine(term, {}, clock.now)!;
    progress.update(P(10));
    clock.advance(PROGRESS_DELAY_MS - 1);
    progress.update(P(50));
    expect(term.writes).toEqual([]);
    clock.advance(1);
    progress.update(P(60));
    clock.advance(20);
    progress.update(P(70)); // too soon after the last draw
    clock.advance(100);
    progress.update(P(200, 40));
    progress.done();
    expect(term.writes).toEqual([
      '\rarch-lint: 200 files read · 60/200 parsed · 0/95 rules run\u001b[K',
      '\rarch-lint: 200 files read · 200/200 parsed · 40/95 rules run\u001b[K',
      '\r\u001b[K',
    ]);
  });

  it('a short run prints nothing at all, not even the clearing sequence', () => {
    const term = fakeTerminal();
    const progress = progressLine(term, {}, fakeClock().now)!;
    progress.update(P(200, 95));
    progress.done();
    expect(term.writes).toEqual([]);
  });

  it('never when stderr is not a terminal, or CI is set', () => {
    expect(progressLine(fakeTerminal(false), {})).toBeUndefined();
    expect(progressLine(undefined, {})).toBeUndefined();
    expect(progressLine(fakeTerminal(), { CI: 'true' })).toBeUndefined();
    expect(progressLine(fakeTerminal(), { CI: '1' })).toBeUndefined();
    expect(progressLine(fakeTerminal(), { CI: '' })).toBeDefined();
  });

  it('fits the terminal width so it never wraps', () => {
    const term = fakeTerminal(true, 30);
    const clock = fakeClock();
    const progress = progressLine(term, {}, clock.now)!;
    clock.advance(PROGRESS_DELAY_MS);
    progress.update(P(1));
    expect(term.writes[0]).toBe(`\r${describeProgress(P(1)).slice(0, 29)}\u001b[K`);
  });
});

describe('progress through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'arch-lint-progress-'));
  mkdirSync(join(dir, 'infra'));
  for (let i = 0; i < 5; i++)
    writeFileSync(join(dir, `infra/db${i}.tf`), `resource "aws_db_instance" "db${i}" {\n  multi_az = false\n}\n`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function run(env: Record<string, string>, term = fakeTerminal(), now?: () => number) {
    const order: string[] = [];
    const { code } = await runCliCaptured(['--no-config', 'infra'], dir, '', env, {
      onOut: () => void order.push('report'),
      onErr: (t) => void order.push(`stderr ${t}`),
      progress: { ...term, write: (t) => (term.write(t), void order.push('progress')) },
      ...(now ? { now } : {}),
    });
    return { code, order, writes: term.writes };
  }

  it('the engine reports files read, parsed and rules run', async () => {
    const seen: LintProgress[] = [];
    const { lint } = await import('../support/lint.js');
    await lint({ paths: ['infra'], cwd: dir, noConfig: true, onProgress: (p) => void seen.push({ ...p }) });
    expect(seen[0]).toMatchObject({ files: 5, parsed: 0, rulesRun: 0 });
    expect(seen.map((p) => p.parsed).filter((n, i, a) => a.indexOf(n) === i)).toEqual([0, 1, 2, 3, 4, 5]);
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ files: 5, parsed: 5 });
    expect(last.rulesRun).toBe(last.rules);
    expect(last.rules).toBeGreaterThan(10);
  });

  /** A clock on which every reading is 0.6 s after the last: the run looks slow. */
  const slowClock = () => {
    let t = 0;
    return () => (t += 600);
  };

  it('a slow run on a terminal draws progress and clears it before the report', async () => {
    const r = await run({}, fakeTerminal(), slowClock());
    expect(r.code).toBe(1);
    expect(r.writes.length).toBeGreaterThan(2);
    expect(r.writes.at(-1)).toBe('\r\u001b[K');
    expect(
      r.writes
        .slice(0, -1)
        .every((w) => /^\rarch-lint: 5 files read · \d\/5 parsed · \d+\/\d+ rules run\u001b\[K$/.test(w)),
    ).toBe(true);
    const report = r.order.indexOf('report');
    expect(r.order.lastIndexOf('progress')).toBeLessThan(report);
  });

  it('never in CI or off a terminal, however slow', async () => {
    expect((await run({ CI: 'true' }, fakeTerminal(), slowClock())).writes).toEqual([]);
    expect((await run({}, fakeTerminal(false), slowClock())).writes).toEqual([]);
  });
});
