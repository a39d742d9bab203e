// Units linted in worker threads: each worker builds the run's setup again from the same
// options (policy, config, rules), lints the units it is handed, and returns their packed
// outcomes (packed-outcome.ts), handing the bytes over. The main thread keeps them by unit
// index, so the merge, and the output, are those of a run in one thread.

import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { LintOptions } from './lint-api.js';
import { lintUnit, type UnitContext } from './lint-unit.js';
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
 * `--workers N` / ARCH_LINT_WORKERS, else one per core the process may use but one: the main
 * thread plans, reads and merges too. On 2 cores that is the main thread alone, which measured
 * faster and 40% smaller than 2 workers (docs/performance.md).
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
): Promise<PackedOutcome[]> {
  const outcomes: PackedOutcome[] = [];
  for (const [i, unit] of units.entries()) {
    outcomes.push(packOutcome(await lintUnit(onParsed ? { ...ctx, onParsed: (n) => onParsed(i, n) } : ctx, unit)));
    onUnitDone?.(i);
  }
  return outcomes;
}

export async function lintInWorkers(
  script: string | URL,
  count: number,
  setup: WorkerSetup,
  units: LintUnit[],
  enabled: readonly EnabledRule[],
  onUnitDone?: (index: number) => void,
): Promise<PackedOutcome[]> {
  const outcomes: PackedOutcome[] = new Array(units.length);
  const expected = enabled.map((e) => e.rule.meta.id).join(',');
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolveAll, reject) => {
      const hand = (w: Worker) => {
        if (next < units.length) {
          const index = next++;
          w.postMessage({ index, unit: units[index] });
        }
      };
      for (let i = 0; i < Math.min(count, units.length); i++) {
        const w = new Worker(script, { workerData: setup });
        workers.push(w);
        w.on('message', (reply: Reply) => {
          if ('ready' in reply) {
            // The same rules, in the same order: rule indices in outcomes mean the same thing.
            if (reply.ready.join(',') !== expected) reject(new Error('a worker thread enabled other rules'));
            else hand(w);
          } else if ('error' in reply) reject(new Error(reply.error));
          else {
            outcomes[reply.index] = reply.outcome;
            onUnitDone?.(reply.index);
            if (++done === units.length) resolveAll();
            else hand(w);
          }
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (done < units.length)
            reject(new Error(`a worker thread exited (code ${code}) before its units were linted`));
        });
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return outcomes;
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
  port.on('message', async ({ index, unit }: { index: number; unit: LintUnit }) => {
    try {
      const { ctx } = await ready;
      const outcome = packOutcome(await lintUnit(ctx, unit));
      port.postMessage({ index, outcome } satisfies Reply, [outcome.bytes.buffer as ArrayBuffer]);
    } catch (e) {
      port.postMessage({ index, error: String((e as Error)?.stack ?? e) } satisfies Reply);
    }
  });
}
