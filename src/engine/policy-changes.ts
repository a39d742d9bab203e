// What a change does to the policy that judges it: config keys that weaken the check
// (files ignored, rules off or lowered, a higher failOn, smaller limits, another rulesDir
// or var files) and suppressions it adds. Listed for reviewers; the verdict itself uses
// the base's policy unless the workflow says otherwise.

import { relative } from 'node:path';
import { SEVERITY_RANK, type Severity } from '../findings/finding.js';
import { ypair, ypath, type YNode } from '../parse/yaml/ast.js';
import type { ArchLintConfig, RuleSeverity } from './config/load.js';
import type { FailOn, SuppressionSite } from './lint-api.js';

export interface PolicyChange {
  /** Display path of the config file (the newer side's; the older one's when it was deleted). */
  file: string;
  /** Line of the newer config that makes the change, when there is one. */
  line?: number;
  /** Plain text, e.g. `rules.aws-rds-multi-az: error → off`. */
  text: string;
}

const FAIL_ON_RANK: Record<FailOn, number> = { note: 1, warning: 2, error: 3, none: 4 };

/**
 * Config changes from `base` to `head` that let more through. `defaults` gives each known
 * rule's default severity (a rule absent from `rules:` runs at it).
 */
export function configChanges(
  base: ArchLintConfig,
  head: ArchLintConfig,
  defaults: ReadonlyMap<string, Severity>,
  cwd: string,
): PolicyChange[] {
  const file = shown(cwd, head.file || base.file);
  const root = head.source?.root ?? null;
  const lineOf = (...path: (string | number)[]) => keyLine(root, path);
  const out: PolicyChange[] = [];
  const add = (text: string, line?: number) => out.push({ file, ...(line !== undefined ? { line } : {}), text });

  if (base.file && !head.file) add(`the config file ${shown(cwd, base.file)} is deleted`);
  const baseFail = base.failOn ?? 'error';
  const headFail = head.failOn ?? 'error';
  if (FAIL_ON_RANK[headFail] > FAIL_ON_RANK[baseFail]) add(`failOn: ${baseFail} → ${headFail}`, lineOf('failOn'));

  const baseIgnores = new Set(base.ignore.map((g) => globFrom(cwd, base.dir, g)));
  head.ignore.forEach((g, i) => {
    if (!baseIgnores.has(globFrom(cwd, head.dir, g))) add(`ignore adds "${g}"`, lineOf('ignore', i));
  });

  const ids = [...new Set([...Object.keys(base.rules), ...Object.keys(head.rules)])].sort();
  for (const id of ids) {
    const before = severityOf(base.rules[id]?.severity, defaults.get(id));
    const after = severityOf(head.rules[id]?.severity, defaults.get(id));
    const line = lineOf('rules', id);
    if (before !== undefined && after !== undefined && weaker(after, before))
      add(`rules.${id}: ${before} → ${after}`, line);
    const optionsBefore = JSON.stringify(base.rules[id]?.options ?? {});
    const optionsAfter = JSON.stringify(head.rules[id]?.options ?? {});
    if (optionsBefore !== optionsAfter && after !== 'off')
      add(`rules.${id}.options: ${optionsBefore} → ${optionsAfter}`, lineOf('rules', id, 'options') ?? line);
  }

  if ((base.rulesDir ?? '') !== (head.rulesDir ?? ''))
    add(`rulesDir: ${shownOr(cwd, base.rulesDir)} → ${shownOr(cwd, head.rulesDir)}`, lineOf('rulesDir'));
  const varsBefore = base.varFiles.map((f) => shown(cwd, f)).join(', ');
  const varsAfter = head.varFiles.map((f) => shown(cwd, f)).join(', ');
  if (varsBefore !== varsAfter) add(`varFiles: [${varsBefore}] → [${varsAfter}]`, lineOf('varFiles'));
  const maxBefore = base.limits.maxFileBytes;
  const maxAfter = head.limits.maxFileBytes;
  if (maxAfter !== undefined && (maxBefore === undefined || maxAfter < maxBefore))
    add(`limits.maxFileBytes: ${maxBefore ?? 'default'} → ${maxAfter}`, lineOf('limits', 'maxFileBytes'));
  return out;
}

/**
 * Suppressions of `head` that `base` does not have (matched by kind, file through renames,
 * rule ids and resource; not by line), in file order.
 */
export function newSuppressions(
  head: SuppressionSite[],
  base: SuppressionSite[],
  renames?: ReadonlyMap<string, string>,
): SuppressionSite[] {
  const key = (s: SuppressionSite, file = s.file) =>
    `${s.kind}\u0000${file}\u0000${[...s.ruleIds].sort().join(',')}\u0000${s.resource ?? ''}`;
  const count = new Map<string, number>();
  for (const s of base) {
    const k = key(s, renames?.get(s.file) ?? s.file);
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  return head.filter((s) => {
    const k = key(s);
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    return n === 0;
  });
}

export function describeSuppression(s: SuppressionSite): string {
  const what =
    s.kind === 'annotation'
      ? `arch-lint.io/ignore on ${s.resource}`
      : s.kind === 'file'
        ? 'arch-lint-ignore-file'
        : 'arch-lint-ignore';
  const reason = s.reason ? ` — reason: ${s.reason}` : ' (no reason given)';
  return `${s.file}:${s.line}: ${what} ${s.ruleIds.join(', ') || '(no rule id)'}${reason}`;
}

function severityOf(set: RuleSeverity | undefined, fallback: Severity | undefined): RuleSeverity | undefined {
  return set ?? fallback;
}

function weaker(after: RuleSeverity, before: RuleSeverity): boolean {
  if (before === 'off') return false;
  if (after === 'off') return true;
  return SEVERITY_RANK[after] < SEVERITY_RANK[before];
}

/** A glob as the repository sees it (configs in different folders may spell it differently). */
function globFrom(cwd: string, dir: string, glob: string): string {
  const prefix = relative(cwd, dir).split('\\').join('/');
  return prefix ? `${prefix}/${glob}` : glob;
}

function shown(cwd: string, abs: string): string {
  return relative(cwd, abs).split('\\').join('/') || '.';
}

function shownOr(cwd: string, abs: string | undefined): string {
  return abs ? shown(cwd, abs) : '(none)';
}

/** Line of a key (or list item) in the config, when it is there. */
function keyLine(root: YNode | null, path: (string | number)[]): number | undefined {
  if (!root || path.length === 0) return undefined;
  const last = path[path.length - 1];
  const parent = ypath(root, ...path.slice(0, -1));
  if (typeof last === 'number') return ypath(parent, last)?.range.start.line;
  return ypair(parent, last)?.key.range.start.line;
}
