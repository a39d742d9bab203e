// What a run is judged by, built the same way in the main thread and in each worker
// thread: the files' source, the policy, the effective config and the enabled rules.

import { resolve } from 'node:path';
import type { ChartScan } from './helm-charts.js';
import { DEFAULT_MAX_FILE_BYTES } from '../read/load.js';
import { diskSource, type FileSource } from '../read/file-source.js';
import { makeEffectiveConfig, type EffectiveConfig } from './config/effective.js';
import type { LintOptions, Policy } from './lint-api.js';
import type { UnitContext } from './lint-unit.js';
import type { ParseLimits } from './parse-files.js';
import { loadPolicy } from './policy.js';
import { tfVarsFromEnv } from '../model/terraform/env-vars.js';
import type { Rule } from './rule.js';
import type { EnabledRule } from './run-rules.js';

export interface LintSetup {
  options: LintOptions;
  cwd: string;
  paths: string[];
  source: FileSource;
  policy: Policy;
  config: EffectiveConfig;
  enabled: readonly EnabledRule[];
  limits: ParseLimits;
}

export async function prepareLint(options: LintOptions, rules: readonly Rule<string, any>[]): Promise<LintSetup> {
  const cwd = resolve(options.cwd);
  const paths = options.paths.length > 0 ? options.paths : ['.'];
  // The files linted, and the policy (config, rulesDir, var files) they are judged by.
  const source = options.source ?? diskSource(options.root);
  const policy = options.policy ?? (await loadPolicy({ ...options, paths }, cwd, source));
  const config = makeEffectiveConfig(policy.config, {
    cwd,
    rules,
    userRules: policy.userRules,
    onlyRules: options.onlyRules,
    ruleOptions: options.ruleOptions,
    select: options.select,
  });
  const limits = { maxFileBytes: config.limits.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, yaml: config.yamlLimits };
  return { options, cwd, paths, source, policy, config, enabled: config.enabledRules(), limits };
}

/** What the main thread learned of the whole scan that every unit needs (plain data). */
export interface SharedUnitFacts {
  charts: ChartScan;
  /** Files the scan's Terraform reads with templatefile() / file(); undefined: each unit's own. */
  templateRefs?: string[];
  /** The run is split into several units: collect the keys of rules that join across them. */
  joinKeys: boolean;
}

export function unitContext(setup: LintSetup, shared: SharedUnitFacts): UnitContext {
  const { options, config, enabled, limits, source, cwd, policy } = setup;
  return {
    config,
    enabled,
    limits,
    source,
    cwd,
    charts: shared.charts,
    varFiles: policy.varFiles.parsed.flatMap((f) => (f.kind === 'hcl' ? [{ file: f.source, hcl: f.hcl }] : [])),
    ...(shared.templateRefs ? { templateRefs: new Set(shared.templateRefs) } : {}),
    kustomize: options.kustomize ?? (process.env.ARCH_LINT_KUSTOMIZE === 'in-process' ? 'in-process' : 'render'),
    keepSources: !(source.label === 'the working tree' && !source.prefetch),
    joinKeys: shared.joinKeys,
    tfVars: tfVarsFromEnv(options.env),
  };
}
