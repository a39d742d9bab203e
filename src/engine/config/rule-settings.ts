// The config's `rules:` against the rules that exist: unknown ids (with the closest known
// id), options that fail a rule's optionsSchema, and each rule's effective setting.

import { Ajv, type ValidateFunction } from 'ajv';
import type { Severity } from '../../findings/finding.js';
import type { RuleMeta } from '../rule.js';
import type { ArchLintConfig } from './load.js';
import { byPosition, locate, locateNode, schemaErrors, type ConfigError } from './schema-errors.js';
import { closest } from './suggest.js';

/** Unknown rule ids (with the closest known id) and options that fail a rule's optionsSchema. */
export function validateRuleSettings(config: ArchLintConfig, rules: RuleMeta[]): ConfigError[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const root = config.source?.root ?? null;
  const file = config.source?.file;
  const errors: ConfigError[] = [];
  const at = (path: (string | number)[], key: string, message: string): ConfigError => {
    const loc = file ? locate(root, path) : undefined;
    return {
      file: config.file,
      line: loc?.start.line ?? 0,
      column: loc?.start.column ?? 0,
      key,
      message,
      ...(loc ? { range: loc } : {}),
    };
  };
  for (const [id, setting] of Object.entries(config.rules)) {
    const meta = byId.get(id);
    if (!meta) {
      const suggestion = closest(id, [...byId.keys()]);
      errors.push(
        at(['rules', id], `rules.${id}`, `unknown rule${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`),
      );
      continue;
    }
    if (setting.options === undefined) continue;
    if (!meta.optionsSchema) {
      errors.push(at(['rules', id, 'options'], `rules.${id}.options`, `rule ${id} takes no options`));
      continue;
    }
    const validate = optionsValidator(meta.optionsSchema);
    if (!validate) {
      errors.push(at(['rules', id, 'options'], `rules.${id}.options`, `rule ${id} has an invalid options schema`));
      continue;
    }
    if (!validate(setting.options)) {
      const optionsNode = locateNode(root, ['rules', id, 'options']);
      for (const e of schemaErrors(validate.errors ?? [], optionsNode?.node ?? null, file, `rules.${id}.options`)) {
        errors.push({ ...e, file: config.file });
      }
    }
  }
  return byPosition(errors);
}

/** Effective setting of a rule: enabled or not, severity, options merged over the defaults. */
export function resolveRuleSetting(
  config: ArchLintConfig,
  meta: RuleMeta,
): { enabled: boolean; severity: Severity; options: Record<string, unknown> } {
  const setting = config.rules[meta.id] ?? {};
  const severity = setting.severity ?? meta.severity;
  return {
    enabled: severity !== 'off',
    severity: severity === 'off' ? meta.severity : severity,
    options: { ...meta.defaultOptions, ...setting.options },
  };
}

// Made on first use: start-up does not pay for it when no rule sets options.
let optionsAjv: Ajv | undefined;
const optionsValidators = new WeakMap<object, ValidateFunction | null>();

function optionsValidator(optionsSchema: object): ValidateFunction | undefined {
  if (!optionsValidators.has(optionsSchema)) {
    try {
      optionsAjv ??= new Ajv({ allErrors: true, verbose: true, strict: false });
      optionsValidators.set(optionsSchema, optionsAjv.compile(optionsSchema));
    } catch {
      optionsValidators.set(optionsSchema, null);
    }
  }
  return optionsValidators.get(optionsSchema) ?? undefined;
}
