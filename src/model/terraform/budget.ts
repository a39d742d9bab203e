// Evaluation budgets: no configuration, however hostile, may make evaluation run out of
// memory or time. A limit that is hit makes the value UNKNOWN (rules never judge it),
// the run goes on, and the hit is recorded once, with its position, for an
// `evaluation-limit` note.

import { fileOfRange, startOffset, type Range, type SourceFile } from '../../parse/source.js';

export type LimitName = 'instances' | 'totalInstances' | 'elements' | 'stringLength' | 'time' | 'nesting';

export interface EvalLimits {
  /** Instances of one resource or module call (`count`, `for_each`). */
  maxInstances: number;
  /** Resource and module instances of one stack, across module fan-out. */
  maxTotalInstances: number;
  /** Elements one expression may produce (`for` iterations, function results). */
  maxElements: number;
  /** Characters of one string value (templates, `join`, `replace`, `format`, ...). */
  maxStringLength: number;
  /** Time spent evaluating one stack's expressions. */
  timeBudgetMs: number;
}

export const DEFAULT_EVAL_LIMITS: Readonly<EvalLimits> = {
  maxInstances: 10_000,
  maxTotalInstances: 100_000,
  maxElements: 100_000,
  maxStringLength: 1_048_576,
  timeBudgetMs: 10_000,
};

/** What configuration may raise the limits to, and no further. */
export const HARD_MAX_EVAL_LIMITS: Readonly<EvalLimits> = {
  maxInstances: 1_000_000,
  maxTotalInstances: 1_000_000,
  maxElements: 10_000_000,
  maxStringLength: 64 * 1_048_576,
  timeBudgetMs: 300_000,
};

/** The config key of each limit (shown in notes, so users know what to raise). */
export const LIMIT_CONFIG_KEY: Record<LimitName, string> = {
  instances: 'limits.terraformMaxInstances',
  totalInstances: 'limits.terraformMaxTotalInstances',
  elements: 'limits.terraformMaxElements',
  stringLength: 'limits.terraformMaxStringLength',
  time: 'limits.terraformTimeBudgetMs',
  nesting: '',
};

export interface LimitHit {
  limit: LimitName;
  file: SourceFile;
  range: Range;
  message: string;
}

/**
 * Thrown when a budget is exhausted. Not an EvalError on purpose: `try()` and `can()`
 * must not turn an exhausted budget into a known fallback value.
 */
export class LimitError extends Error {
  override name = 'LimitError';
  constructor(
    readonly limit: LimitName,
    message: string,
    /** Where it was hit, when known; the evaluator fills in the expression otherwise. */
    public range?: Range,
  ) {
    super(message);
  }
}

/** Clamps configured limits to [1, hard maximum]. */
export function effectiveLimits(given: Partial<EvalLimits> = {}): EvalLimits {
  const out = { ...DEFAULT_EVAL_LIMITS };
  for (const k of Object.keys(out) as (keyof EvalLimits)[]) {
    const v = given[k];
    if (typeof v === 'number' && Number.isFinite(v))
      out[k] = Math.max(1, Math.min(Math.floor(v), HARD_MAX_EVAL_LIMITS[k]));
  }
  return out;
}

/** Ops between two clock reads: reading the clock on every node would cost more than evaluating it. */
const CLOCK_EVERY = 1024;

/**
 * The budget of one stack (or of the variable files): instance counts for the whole
 * stack, element counts per expression, and the time spent inside evaluation.
 */
export class EvalBudget {
  private totalInstances = 0;
  private exhausted = false;
  private elements = 0;
  private ops = 0;
  private depth = 0;
  private enteredAt = 0;
  private spentMs = 0;
  private outOfTime = false;

  constructor(
    readonly limits: EvalLimits,
    /** Where hits go; undefined: enforced but not reported. */
    private readonly sink?: LimitSink,
  ) {}

  /** Starts one evaluation; the returned token restores the enclosing one's element count. */
  enter(): number {
    const saved = this.elements;
    this.elements = 0;
    if (this.depth++ === 0) this.enteredAt = performance.now();
    if (this.outOfTime) throw new LimitError('time', this.timeMessage());
    return saved;
  }

  exit(saved: number): void {
    this.elements = saved;
    if (--this.depth === 0) this.spentMs += performance.now() - this.enteredAt;
  }

  /** Called for every expression node: checks the clock now and then. */
  tick(): void {
    if (++this.ops % CLOCK_EVERY !== 0) return;
    if (this.spentMs + performance.now() - this.enteredAt > this.limits.timeBudgetMs) {
      this.outOfTime = true;
      throw new LimitError('time', this.timeMessage());
    }
  }

  /** Counts elements produced by the current expression. */
  addElements(n: number): void {
    this.elements += n;
    if (this.elements > this.limits.maxElements)
      throw new LimitError(
        'elements',
        `this expression produces more than ${this.limits.maxElements} elements (${LIMIT_CONFIG_KEY.elements})`,
      );
    this.tick();
  }

  checkString(length: number): void {
    if (length > this.limits.maxStringLength)
      throw new LimitError(
        'stringLength',
        `this expression builds a string of more than ${this.limits.maxStringLength} characters (${LIMIT_CONFIG_KEY.stringLength})`,
      );
  }

  /**
   * Admits `n` more instances of one block to the stack. Returns false (and records why)
   * when one block or the stack would exceed its limit: the caller makes them unknown.
   */
  admitInstances(n: number, what: string, file: SourceFile, range: Range): boolean {
    if (n > this.limits.maxInstances) {
      this.record({
        limit: 'instances',
        file,
        range,
        message: `${what} has ${n} instances, more than the limit of ${this.limits.maxInstances} (${LIMIT_CONFIG_KEY.instances}): its instances are unknown and not checked.`,
      });
      return false;
    }
    if (this.totalInstances + n > this.limits.maxTotalInstances) {
      this.exhausted = true;
      this.record({
        limit: 'totalInstances',
        file,
        range,
        message: `${what} takes this stack over ${this.limits.maxTotalInstances} resource and module instances (${LIMIT_CONFIG_KEY.totalInstances}): it and every later expansion are unknown and not checked.`,
      });
      return false;
    }
    this.totalInstances += n;
    return true;
  }

  /** True once the stack's instance budget is spent: later expansions are not attempted. */
  get instancesExhausted(): boolean {
    return this.exhausted;
  }

  record(hit: LimitHit): void {
    this.sink?.add(hit);
  }

  private timeReported = false;

  /** A LimitError caught at an expression: positioned at the error's range, else the expression's. */
  recordError(e: LimitError, fallback: Range, fallbackFile?: SourceFile): void {
    if (e.limit === 'time') {
      // Every evaluation after the first hit fails too: one note per stack.
      if (this.timeReported) return;
      this.timeReported = true;
    }
    const range = e.range ?? fallback;
    // Every range of one evaluation lies in the same file as its outermost expression.
    const file = fileOfRange(range) ?? fileOfRange(fallback) ?? fallbackFile;
    if (file) this.record({ limit: e.limit, file, range, message: capitalize(e.message) + '.' });
  }

  private timeMessage(): string {
    return `evaluating this stack took more than ${this.limits.timeBudgetMs} ms (${LIMIT_CONFIG_KEY.time}): this and later values are unknown`;
  }
}

/** Collects hits of every budget of a build: one per limit and position, and one time hit per budget. */
export class LimitSink {
  readonly hits: LimitHit[] = [];
  private readonly seen = new Set<string>();

  add(hit: LimitHit): void {
    const key = `${hit.limit}\0${hit.file.path}\0${startOffset(hit.range)}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.hits.push(hit);
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The budget of the evaluation running now (evaluation is synchronous), for functions deep in the call tree. */
let active: EvalBudget | undefined;

export function activeBudget(): EvalBudget | undefined {
  return active;
}

export function setActiveBudget(b: EvalBudget | undefined): EvalBudget | undefined {
  const prev = active;
  active = b;
  return prev;
}
