// Units linted in worker threads: each worker builds the run's setup again from the same
// options (policy, config, rules), lints the units it is handed, and returns their packed
// outcomes (packed-outcome.ts), handing the bytes over. The main thread keeps them by unit
// index, so the merge, and the output, are those of a run in one thread.

import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { LintOptions } from './lint-api.js';
import { lintUnit, type UnitContext, type UnitOutcome } from './lint-unit.js';
import { OutcomeStore } from './outcome-store.js';
import { packOutcome, type PackedOutcome } from './packed-outcome.js';
import { prepareLint, unitContext, type SharedUnitFacts } from './lint-setup.js';
import type { Rule } from './rule.js';
import type { EnabledRule } from './run-rules.js';
import type { LintUnit } from './units/lint-units.js';

/** Options a worker can receive (no functions, no objects with methods). */
export type PortableOptions = Omit<
  LintOptions,
  'source' | 'policy' | 'recordAccess' | 'scope' | 'helmRenders' | 'onProgress'
>;

export interface WorkerSetup {
  options: PortableOptions;
  shared: SharedUnitFacts;
}

type Reply = { ready: string[] } | { index: number; outcome: PackedOutcome } | { index: number; error: string };

export function portableOptions(options: LintOptions): PortableOptions {
  // Scoping and helm renderings happen in the main thread before units are handed out.
  const { source: _s, policy: _p, recordAccess: _r, scope: _c, helmRenders: _h, onProgress: _o, ...rest } = options;
  return rest;
}

/**
 * Threads that lint units (this one included): `--workers N` / ARCH_LINT_WORKERS, else one per
 * core the process may use but one, left to V8's collector threads. On 2 cores that is this
 * thread alone: a second one measured no faster and ~35 MB larger (docs/performance.md).
 */
export function workerCount(requested?: number): number {
  const env = Number(process.env.ARCH_LINT_WORKERS);
  const n = requested ?? (Number.isInteger(env) && env > 0 ? env : availableParallelism() - 1);
  return Math.max(1, Math.floor(n));
}

export async function lintInProcess(
  ctx: UnitContext,
  units: LintUnit[],
  onUnitDone?: (index: number) => void,
  onParsed?: (index: number, done: number) => void,
): Promise<OutcomeStore> {
  const store = new OutcomeStore(units.length);
  for (const [i, unit] of units.entries()) {
    store.put(i, await lintUnit(onParsed ? { ...ctx, onParsed: (n) => onParsed(i, n) } : ctx, unit));
    onUnitDone?.(i);
  }
  return store;
}

/**
 * Lints `units` on `threads` threads: this one and `threads - 1` workers. Units go out in
 * order as threads free up. A worker holds one unit more than it is linting, so it never
 * waits for this thread, which reads the workers' replies only between its own units.
 */
export async function lintInThreads(run: {
  script: string | URL;
  threads: number;
  setup: WorkerSetup;
  ctx: UnitContext;
  units: LintUnit[];
  enabled: readonly EnabledRule[];
  onUnitDone?: (index: number) => void;
  /**
   * false: the workers lint every unit (tests that compare them with this thread, or that
   * prove a packaged worker runs). Default: true, unless ARCH_LINT_WORKERS_ONLY=1.
   */
  mainThreadLints?: boolean;
}): Promise<OutcomeStore> {
  const { script, threads, setup, ctx, units, enabled, onUnitDone } = run;
  const store = new OutcomeStore(units.length);
  const expected = enabled.map((e) => e.rule.meta.id).join(',');
  let next = 0;
  let done = 0;
  let failed = false;
  let settle!: { resolve: () => void; reject: (e: Error) => void };
  const all = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  all.catch(() => {}); // awaited below; a failure while this thread lints is not unhandled
  const fail = (e: Error) => {
    failed = true;
    settle.reject(e);
  };
  const finish = (index: number, outcome: UnitOutcome | PackedOutcome) => {
    store.put(index, outcome);
    onUnitDone?.(index);
    if (++done === units.length) settle.resolve();
  };

  const workers: Worker[] = [];
  const mainThreadLints = run.mainThreadLints ?? process.env.ARCH_LINT_WORKERS_ONLY !== '1';
  const workerCount = Math.min(threads - (mainThreadLints ? 1 : 0), units.length - (mainThreadLints ? 1 : 0));
  for (let i = 0; i < workerCount; i++) {
    const w = new Worker(script, { workerData: setup });
    workers.push(w);
    let inFlight = 0;
    const hand = () => {
      while (inFlight < 2 && next < units.length && !failed) {
        const index = next++;
        inFlight++;
        w.postMessage({ index, unit: units[index] });
      }
    };
    w.on('message', (reply: Reply) => {
      if (typeof reply !== 'object' || reply === null) fail(new Error(`a worker thread sent an unexpected message`));
      else if ('ready' in reply) {
        // The same rules, in the same order: rule indices in outcomes mean the same thing.
        if (reply.ready.join(',') !== expected) fail(new Error('a worker thread enabled other rules'));
        else hand();
      } else if ('error' in reply) fail(new Error(reply.error));
      else {
        inFlight--;
        finish(reply.index, reply.outcome);
        hand();
      }
    });
    w.on('error', fail);
    w.on('exit', (code) => {
      if (inFlight > 0) fail(new Error(`a worker thread exited (code ${code}) before its units were linted`));
    });
  }
  try {
    while (mainThreadLints && next < units.length && !failed) {
      const index = next++;
      finish(index, await lintUnit(ctx, units[index]));
      // Let the workers' replies in (and hand them more) before the next unit.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (units.length > 0) await all;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return store;
}

/** The worker thread's side: set up once, then lint each unit it is sent. */
export function serveUnits(rules: readonly Rule<string, any>[]): void {
  const port = parentPort;
  if (!port) throw new Error('serveUnits runs in a worker thread');
  const setup = workerData as WorkerSetup;
  const ready = prepareLint({ ...setup.options }, rules).then((s) => ({ s, ctx: unitContext(s, setup.shared) }));
  ready.then(
    ({ s }) => port.postMessage({ ready: s.enabled.map((e) => e.rule.meta.id) } satisfies Reply),
    (e: unknown) => port.postMessage({ index: -1, error: String((e as Error)?.stack ?? e) } satisfies Reply),
  );
  // One unit at a time, in the order sent (the main thread keeps one queued here).
  let queue: Promise<unknown> = ready;
  const lintOne = async ({ index, unit }: { index: number; unit: LintUnit }) => {
    try {
      const { ctx } = await ready;
      const outcome = packOutcome(await lintUnit(ctx, unit));
      port.postMessage({ index, outcome } satisfies Reply, [outcome.bytes.buffer as ArrayBuffer]);
    } catch (e) {
      port.postMessage({ index, error: String((e as Error)?.stack ?? e) } satisfies Reply);
    }
  };
  port.on('message', (message: { index: number; unit: LintUnit }) => {
    queue = queue.then(
      () => lintOne(message),
      () => lintOne(message),
    );
  });
}
