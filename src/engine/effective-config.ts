// The configuration in force for one run: the config file (validated), CLI overrides,
// and what follows from them (which rules run, at which severity, with which options;
// which paths are ignored; the limits).

import { relative, resolve } from 'node:path';
import type { Severity } from '../findings/finding.js';
import type { YamlLimits } from '../parse/yaml/parse.js';
import type { EvalLimits } from '../model/terraform/budget.js';
import {
  createIgnoreMatcher,
  defaultConfig,
  findConfig,
  formatConfigError,
  loadConfig,
  resolveRuleSetting,
  validateRuleSettings,
  type ArchLintConfig,
  type HelmConfig,
} from './config.js';
import { UsageError, type FailOn, type LintOptions } from './lint-api.js';
import { EVALUATION_LIMIT_RULE, PARSE_ERROR_RULE } from './problems.js';
import { UNUSED_SUPPRESSION_RULE } from './suppressions.js';
import { HELM_RENDER_ERROR_RULE } from './helm-render-rule.js';
import type { Rule, RuleMeta } from './rule.js';
import type { EnabledRule } from './run-rules.js';

export interface EffectiveConfig {
  failOn: FailOn;
  /** True for display paths (relative to cwd) that the config's `ignore` excludes. */
  isIgnored(path: string): boolean;
  /** Absolute path of the user's declarative rules, when configured. */
  rulesDir?: string;
  /** Terraform var files (config and --var-file), relative to cwd. */
  varFiles: string[];
  limits: { maxFileBytes?: number };
  /** `helm:` settings (absolute paths). */
  helm: HelmConfig;
  yamlLimits: Partial<YamlLimits>;
  /** Terraform evaluation budgets set in the config (the rest are defaults). */
  evalLimits: Partial<EvalLimits>;
  /** Severity an engine finding (parse-error, unused-suppression) is reported at; undefined when off. */
  severityOf(ruleId: string): Severity | undefined;
  /** Validates the rule settings against the rules and returns the ones that run. */
  enabledRules(all: readonly Rule<string, any>[], only?: string[]): EnabledRule[];
  /** Metadata of the engine's own findings that are on. */
  extraMetas(): RuleMeta[];
  /** Every rule id that exists, and those that ran this time. */
  known: Set<string>;
  ran: Set<string>;
}

/** Findings the engine itself reports (not rules): they have docs pages too, and are configurable like rules. */
export const ENGINE_RULES: RuleMeta[] = [
  PARSE_ERROR_RULE,
  UNUSED_SUPPRESSION_RULE,
  HELM_RENDER_ERROR_RULE,
  EVALUATION_LIMIT_RULE,
];

export async function loadEffectiveConfig(
  options: LintOptions,
  cwd: string,
  paths: string[],
): Promise<EffectiveConfig> {
  const configPath = options.configPath
    ? resolve(cwd, options.configPath)
    : findConfig(resolve(cwd, paths.find((p) => p !== '-') ?? '.'));
  let config = defaultConfig(cwd);
  if (configPath) {
    const loaded = loadConfig(configPath);
    if (!loaded.config)
      throw new UsageError(`invalid configuration:\n${loaded.errors.map(formatConfigError).join('\n')}`);
    config = loaded.config;
  }
  return makeEffectiveConfig(config, cwd, options);
}

export function makeEffectiveConfig(
  config: ArchLintConfig,
  cwd: string,
  options: Pick<LintOptions, 'ruleOptions' | 'varFiles'>,
): EffectiveConfig {
  const ignored = createIgnoreMatcher(config);
  const known = new Set<string>(ENGINE_RULES.map((m) => m.id));
  const ran = new Set<string>();
  const engineSeverity = (id: string): Severity | undefined => {
    const meta = ENGINE_RULES.find((m) => m.id === id);
    if (!meta) return undefined;
    const s = resolveRuleSetting(config, meta);
    return s.enabled ? s.severity : undefined;
  };

  return {
    failOn: config.failOn ?? 'error',
    isIgnored: (path) => ignored(resolve(cwd, path)),
    rulesDir: config.rulesDir,
    varFiles: [...config.varFiles.map((f) => relative(cwd, f)), ...(options.varFiles ?? [])],
    limits: { maxFileBytes: config.limits.maxFileBytes },
    helm: config.helm ?? {},
    yamlLimits: {
      ...(config.limits.yamlMaxAliases !== undefined ? { maxAliases: config.limits.yamlMaxAliases } : {}),
      ...(config.limits.yamlMaxDepth !== undefined ? { maxDepth: config.limits.yamlMaxDepth } : {}),
    },
    evalLimits: evalLimitsOf(config),
    severityOf: engineSeverity,
    enabledRules(all, only) {
      for (const r of all) {
        if (known.has(r.meta.id)) throw new UsageError(`two rules have the id ${r.meta.id}`);
        known.add(r.meta.id);
      }
      const errors = validateRuleSettings(config, [...all.map((r) => r.meta), ...ENGINE_RULES]);
      if (errors.length > 0)
        throw new UsageError(`invalid configuration:\n${errors.map(formatConfigError).join('\n')}`);
      const enabled: EnabledRule[] = [];
      for (const rule of all) {
        if (only && !only.includes(rule.meta.id)) continue;
        const setting = resolveRuleSetting(config, rule.meta);
        if (!setting.enabled) continue;
        ran.add(rule.meta.id);
        enabled.push({
          rule,
          severity: setting.severity,
          options: { ...setting.options, ...options.ruleOptions?.[rule.meta.id] },
        });
      }
      return enabled;
    },
    extraMetas: () => ENGINE_RULES.filter((m) => engineSeverity(m.id) !== undefined),
    known,
    ran,
  };
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
