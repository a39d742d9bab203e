// The configuration in force for one run, computed once and frozen: the config file
// (validated against the rules that exist), the command line's rule selection
// (--rule / --skip-rule), and what follows from them: every rule the run knows with its
// effective severity and options, the ones that run, which paths are ignored, the limits.

import { resolve } from 'node:path';
import { Minimatch } from 'minimatch';
import type { Severity } from '../../findings/finding.js';
import type { EvalLimits } from '../../model/terraform/budget.js';
import type { YamlLimits } from '../../parse/yaml/parse.js';
import type { FailOn } from '../../findings/finding.js';
import { UsageError } from '../usage-error.js';
import { HELM_RENDER_ERROR_RULE } from '../helm-render-rule.js';
import { EVALUATION_LIMIT_RULE, PARSE_ERROR_RULE } from '../problems.js';
import type { Rule, RuleMeta } from '../rule.js';
import type { EnabledRule } from '../run-rules.js';
import { UNUSED_SUPPRESSION_RULE } from '../suppressions.js';
import { createIgnoreMatcher } from './ignore.js';
import type { ArchLintConfig, HelmConfig } from './load.js';
import { resolveRuleSetting, validateRuleSettings } from './rule-settings.js';
import { formatConfigError } from './schema-errors.js';
import { didYouMean } from './suggest.js';

/** Ids the engine itself reports (not rules that check the model): they have docs pages too. */
export const ENGINE_RULES: readonly RuleMeta[] = [
  PARSE_ERROR_RULE,
  UNUSED_SUPPRESSION_RULE,
  HELM_RENDER_ERROR_RULE,
  EVALUATION_LIMIT_RULE,
];

export type RuleOrigin = 'builtin' | 'user' | 'engine';

/** One id a finding can carry, as this run sees it. */
export interface RuleState {
  readonly meta: RuleMeta;
  readonly origin: RuleOrigin;
  /** After the config and --rule / --skip-rule; 'off' when it does not run. */
  readonly severity: Severity | 'off';
  readonly options: Readonly<Record<string, unknown>>;
}

/** The command line's rule selection; each entry is an id or a glob (`aws-*`). */
export interface RuleSelection {
  /** --rule: run only the matching rules (enabling those the config turned off). */
  only?: readonly string[];
  /** --skip-rule: turn the matching rules and engine ids off. */
  skip?: readonly string[];
}

export interface EffectiveConfig {
  readonly failOn: FailOn;
  /** True for display paths (relative to cwd) that the config's `ignore` excludes. */
  isIgnored(path: string): boolean;
  /** Absolute path of the user's declarative rules, when configured. */
  readonly rulesDir?: string;
  readonly limits: { readonly maxFileBytes?: number };
  /** `helm:` settings (absolute paths). */
  readonly helm: Readonly<HelmConfig>;
  readonly yamlLimits: Readonly<Partial<YamlLimits>>;
  /** Terraform evaluation budgets set in the config (the rest are defaults). */
  readonly evalLimits: Readonly<Partial<EvalLimits>>;
  /** Every id a finding can carry (rules, user rules, engine ids), sorted by id. */
  readonly rules: readonly RuleState[];
  /** The rules that run, with their severity and options. Same array on every call. */
  enabledRules(): readonly EnabledRule[];
  /** Severity an engine finding (parse-error, unused-suppression) is reported at; undefined when off. */
  severityOf(ruleId: string): Severity | undefined;
  /** Metadata of the engine's own ids that are on. */
  readonly extraMetas: readonly RuleMeta[];
  /** Every rule id that exists, and those that run this time. */
  readonly known: ReadonlySet<string>;
  readonly ran: ReadonlySet<string>;
}

export interface EffectiveConfigInput {
  cwd: string;
  /** Built-in rules (or the rules a test runs). */
  rules: readonly Rule<string, any>[];
  /** The user's declarative rules (rulesDir). */
  userRules?: readonly Rule<string, any>[];
  /** Run only these ids (tests, docs examples). */
  onlyRules?: readonly string[];
  /** Rule options by rule id, merged over the config's (tests, docs examples). */
  ruleOptions?: Record<string, Record<string, unknown>>;
  select?: RuleSelection;
}

/** Throws UsageError for settings that name no rule, bad options, or a selection that matches nothing. */
export function makeEffectiveConfig(config: ArchLintConfig, input: EffectiveConfigInput): EffectiveConfig {
  const all = [
    ...input.rules.map((rule) => ({ rule, origin: 'builtin' as const })),
    ...(input.userRules ?? []).map((rule) => ({ rule, origin: 'user' as const })),
  ];
  const known = new Set<string>(ENGINE_RULES.map((m) => m.id));
  for (const { rule } of all) {
    if (known.has(rule.meta.id)) throw new UsageError(`two rules have the id ${rule.meta.id}`);
    known.add(rule.meta.id);
  }
  const errors = validateRuleSettings(config, [...all.map((r) => r.rule.meta), ...ENGINE_RULES]);
  if (errors.length > 0) throw new UsageError(`invalid configuration:\n${errors.map(formatConfigError).join('\n')}`);

  const ids = [...known];
  const only = globs(input.select?.only, ids, '--rule');
  const skip = globs(input.select?.skip, ids, '--skip-rule');
  const stateOf = (meta: RuleMeta, origin: RuleOrigin): RuleState => {
    const setting = resolveRuleSetting(config, meta);
    const listed = !input.onlyRules || origin === 'engine' || input.onlyRules.includes(meta.id);
    // --rule picks rules (enabling one the config turned off), not engine ids; --skip-rule wins.
    const chosen = only && origin !== 'engine' ? only(meta.id) : setting.enabled;
    const on = listed && chosen && !skip?.(meta.id);
    const options = { ...setting.options, ...input.ruleOptions?.[meta.id] };
    return Object.freeze({ meta, origin, severity: on ? setting.severity : 'off', options: Object.freeze(options) });
  };

  const states = new Map<string, RuleState>();
  for (const { rule, origin } of all) states.set(rule.meta.id, stateOf(rule.meta, origin));
  for (const meta of ENGINE_RULES) states.set(meta.id, stateOf(meta, 'engine'));
  const enabled: readonly EnabledRule[] = Object.freeze(
    all.flatMap(({ rule }) => {
      const s = states.get(rule.meta.id)!;
      return s.severity === 'off' ? [] : [{ rule, severity: s.severity, options: { ...s.options } }];
    }),
  );
  const severityOf = (id: string): Severity | undefined => {
    const s = states.get(id);
    return s && s.severity !== 'off' ? s.severity : undefined;
  };
  const ignored = createIgnoreMatcher(config);
  const cwd = resolve(input.cwd);

  return Object.freeze({
    failOn: config.failOn ?? 'error',
    // No patterns: nothing to resolve for each of the walk's files.
    isIgnored: config.ignore.length === 0 ? () => false : (path: string) => ignored(resolve(cwd, path)),
    ...(config.rulesDir !== undefined ? { rulesDir: config.rulesDir } : {}),
    limits: Object.freeze({ maxFileBytes: config.limits.maxFileBytes }),
    helm: Object.freeze({ ...config.helm }),
    yamlLimits: Object.freeze({
      ...(config.limits.yamlMaxAliases !== undefined ? { maxAliases: config.limits.yamlMaxAliases } : {}),
      ...(config.limits.yamlMaxDepth !== undefined ? { maxDepth: config.limits.yamlMaxDepth } : {}),
    }),
    evalLimits: Object.freeze(evalLimitsOf(config)),
    rules: Object.freeze([...states.values()].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))),
    enabledRules: () => enabled,
    severityOf,
    extraMetas: Object.freeze(ENGINE_RULES.filter((m) => severityOf(m.id) !== undefined)),
    known: known as ReadonlySet<string>,
    ran: new Set(enabled.map((e) => e.rule.meta.id)) as ReadonlySet<string>,
  });
}

/** A matcher for ids or globs; each must match some known id (else "did you mean"). */
function globs(patterns: readonly string[] | undefined, ids: string[], flag: string) {
  if (!patterns || patterns.length === 0) return undefined;
  const matchers = patterns.map((p) => {
    const m = new Minimatch(p);
    if (!ids.some((id) => m.match(id))) throw new UsageError(`${flag} ${p}: no rule has this id${didYouMean(p, ids)}`);
    return m;
  });
  return (id: string) => matchers.some((m) => m.match(id));
}

function evalLimitsOf(config: ArchLintConfig): Partial<EvalLimits> {
  const l = config.limits;
  const out: Partial<EvalLimits> = {};
  if (l.terraformMaxInstances !== undefined) out.maxInstances = l.terraformMaxInstances;
  if (l.terraformMaxTotalInstances !== undefined) out.maxTotalInstances = l.terraformMaxTotalInstances;
  if (l.terraformMaxElements !== undefined) out.maxElements = l.terraformMaxElements;
  if (l.terraformMaxStringLength !== undefined) out.maxStringLength = l.terraformMaxStringLength;
  if (l.terraformTimeBudgetMs !== undefined) out.timeBudgetMs = l.terraformTimeBudgetMs;
  return out;
}
