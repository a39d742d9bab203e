// A progress line on stderr for long runs: only on a terminal, never in CI logs (`CI`
// set) or when stderr is a pipe or file, and only once the run has taken about a second
// (short runs print nothing). Redrawn in place at most ten times a second; cleared
// before the report and any message is written.

import type { LintProgress } from './engine/lint-api.js';

export interface ProgressStream {
  readonly isTTY: boolean;
  /** Terminal width: the line is cut to fit, so it never wraps. */
  readonly columns?: number;
  write(text: string): void;
}

export interface Progress {
  update(p: Readonly<LintProgress>): void;
  /** Clears the line, if one was drawn. */
  done(): void;
}

export const PROGRESS_DELAY_MS = 1000;
const REDRAW_MS = 100;

/** A progress line for `stream`, or undefined when none should be drawn. */
export function progressLine(
  stream: ProgressStream | undefined,
  env: Readonly<Record<string, string | undefined>>,
  now: () => number = () => performance.now(),
): Progress | undefined {
  if (!stream?.isTTY) return undefined;
  if (env.CI !== undefined && env.CI !== '') return undefined;
  const started = now();
  let drawnAt = -Infinity;
  let drawn = false;
  let last = '';
  return {
    update(p) {
      const t = now();
      if (t - started < PROGRESS_DELAY_MS || t - drawnAt < REDRAW_MS) return;
      const text = fit(describe(p), stream.columns);
      if (text === last) return;
      stream.write(`\r${text}\u001b[K`);
      drawnAt = t;
      drawn = true;
      last = text;
    },
    done() {
      if (drawn) stream.write('\r\u001b[K');
      drawn = false;
      last = '';
    },
  };
}

/** `arch-lint: 16000 files read · 8000/16000 parsed · 40/95 rules run` */
export function describe(p: Readonly<LintProgress>): string {
  const files = `${p.files} file${p.files === 1 ? '' : 's'} read`;
  return `arch-lint: ${files} · ${p.parsed}/${p.files} parsed · ${p.rulesRun}/${p.rules} rules run`;
}

function fit(text: string, columns: number | undefined): string {
  return columns !== undefined && columns > 1 && text.length >= columns ? text.slice(0, columns - 1) : text;
}
