// `.arch-lint.yml`: found upward from the first path, parsed with the positioned YAML
// parser so every problem names the file, line, column and key, and validated by the
// published JSON Schema (ajv). Errors are values; the CLI prints them with
// formatConfigError and exits 2. Checks that need the rule list are in rule-settings.ts.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import schema from '../../../schema/arch-lint.schema.json' with { type: 'json' };
import type { Severity } from '../../findings/finding.js';
import { parseYamlStream } from '../../parse/yaml/parse.js';
import type { YNode, YPair } from '../../parse/yaml/ast.js';
import { SourceFile, type Range } from '../../parse/source.js';
import type { FailOn } from '../../findings/finding.js';
import { byPosition, joinKey, schemaErrors, type ConfigError } from './schema-errors.js';

export const CONFIG_FILE_NAMES = ['.arch-lint.yml', '.arch-lint.yaml'] as const;

export type RuleSeverity = Severity | 'off';

export interface RuleSetting {
  severity?: RuleSeverity;
  options?: Record<string, unknown>;
}

export interface ConfigLimits {
  maxFileBytes?: number;
  yamlMaxAliases?: number;
  yamlMaxDepth?: number;
  terraformMaxInstances?: number;
  terraformMaxTotalInstances?: number;
  terraformMaxElements?: number;
  terraformMaxStringLength?: number;
  terraformTimeBudgetMs?: number;
}

export interface ArchLintConfig {
  /** The config file as given (shown in errors). */
  file: string;
  /** Absolute directory that relative paths and globs resolve against. */
  dir: string;
  failOn?: FailOn;
  /** minimatch globs, relative to `dir`. */
  ignore: string[];
  /** Normalized: a bare severity becomes `{ severity }`. */
  rules: Record<string, RuleSetting>;
  /** Absolute. */
  rulesDir?: string;
  /** Absolute. */
  varFiles: string[];
  limits: ConfigLimits;
  /** `helm:` settings, chart and values paths absolute. */
  helm?: HelmConfig;
  /** Where each setting was written, so later checks can point at it. */
  source?: { file: SourceFile; root: YNode | null };
}

export interface ConfigResult {
  /** Present only when there are no errors. */
  config?: ArchLintConfig;
  errors: ConfigError[];
}

/** The nearest `.arch-lint.yml` / `.arch-lint.yaml` at or above `startDir` (absolute), if any. */
export function findConfig(startDir: string): string | undefined {
  let dir = resolve(startDir);
  try {
    if (!statSync(dir).isDirectory()) dir = dirname(dir);
  } catch {
    // A path that does not exist (yet): search from where it would be.
  }
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // not here
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads and validates a config file. Never throws. */
export function loadConfig(path: string): ConfigResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const reason = existsSync(path) ? (err instanceof Error ? err.message : String(err)) : 'no such file';
    return { errors: [{ file: path, line: 0, column: 0, key: '', message: `cannot read the config file: ${reason}` }] };
  }
  return parseConfig(path, text);
}

/** Validates config text; `path` is shown in errors and anchors relative paths. */
export function parseConfig(path: string, text: string): ConfigResult {
  const file = new SourceFile(path, text.replace(/^\uFEFF/, ''));
  const errorAt = (range: Range, key: string, message: string): ConfigError => ({
    file: path,
    line: range.start.line,
    column: range.start.column,
    key,
    message,
    range,
  });

  const stream = parseYamlStream(file, { maxBytes: 1024 * 1024, maxAliases: 100, maxDepth: 50 });
  // Repeated keys are reported below, with the setting's path.
  const yamlErrors = stream.errors.filter((e) => e.reason !== 'duplicate-key');
  if (yamlErrors.length > 0) {
    return { errors: yamlErrors.map((e) => errorAt(e.range, '', `invalid YAML: ${e.message}`)) };
  }
  if (stream.documents.length > 1) {
    return { errors: [errorAt(stream.documents[1].range, '', 'the config must be a single YAML document')] };
  }
  const root = stream.documents[0]?.root ?? null;
  const duplicates = duplicateKeys(root, []).map((d) => errorAt(d.pair.key.range, d.key, 'duplicate key'));
  if (duplicates.length > 0) return { errors: duplicates };

  const data = root === null ? {} : plain(root);
  const validate = configValidator();
  if (!validate(data)) {
    return {
      errors: byPosition(schemaErrors(validate.errors ?? [], root, file, '').map((e) => ({ ...e, file: path }))),
    };
  }
  return { config: buildConfig(path, data as RawConfig, file, root), errors: [] };
}

export interface HelmReleaseConfig {
  path: string;
  values: string[];
  releaseName?: string;
  namespace?: string;
}

export interface HelmConfig {
  render?: boolean;
  timeoutSeconds?: number;
  charts?: HelmReleaseConfig[];
}

interface RawConfig {
  helm?: HelmConfig;
  failOn?: FailOn;
  ignore?: string[];
  rules?: Record<string, RuleSeverity | RuleSetting>;
  rulesDir?: string;
  varFiles?: string[];
  limits?: ConfigLimits;
}

function buildConfig(path: string, raw: RawConfig, file: SourceFile, root: YNode | null): ArchLintConfig {
  const dir = dirname(resolve(path));
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(raw.rules ?? {})) {
    rules[id] = typeof setting === 'string' ? { severity: setting } : { ...setting };
  }
  return {
    file: path,
    dir,
    ...(raw.failOn !== undefined ? { failOn: raw.failOn } : {}),
    ignore: raw.ignore ?? [],
    rules,
    ...(raw.rulesDir !== undefined ? { rulesDir: resolve(dir, raw.rulesDir) } : {}),
    varFiles: (raw.varFiles ?? []).map((p) => resolve(dir, p)),
    limits: { ...raw.limits },
    ...(raw.helm !== undefined ? { helm: resolveHelm(dir, raw.helm) } : {}),
    source: { file, root },
  };
}

function resolveHelm(dir: string, helm: HelmConfig): HelmConfig {
  const out: HelmConfig = { ...helm };
  if (helm.charts)
    out.charts = helm.charts.map((c) => ({
      ...c,
      path: resolve(dir, c.path),
      values: (c.values ?? []).map((v) => resolve(dir, v)),
    }));
  return out;
}

/** The configuration used when there is no config file. */
export function defaultConfig(dir: string): ArchLintConfig {
  return { file: '', dir: resolve(dir), ignore: [], rules: {}, varFiles: [], limits: {} };
}

let compiledConfigValidator: ValidateFunction | undefined;

function configValidator(): ValidateFunction {
  compiledConfigValidator ??= new Ajv({ allErrors: true, verbose: true, strict: true }).compile(schema);
  return compiledConfigValidator;
}

/** Plain data for ajv; keys are defined as own properties so `__proto__` stays data. */
function plain(node: YNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(plain);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const p of node.pairs) {
        const key = p.key.kind === 'scalar' ? String(p.key.value) : JSON.stringify(plain(p.key));
        Object.defineProperty(out, key, {
          value: plain(p.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
  }
}

function duplicateKeys(node: YNode | null, path: string[]): { pair: YPair; key: string }[] {
  if (!node || node.kind === 'scalar') return [];
  const out: { pair: YPair; key: string }[] = [];
  if (node.kind === 'seq') {
    node.items.forEach((item, i) => out.push(...duplicateKeys(item, [...path, String(i)])));
    return out;
  }
  const seen = new Set<string>();
  for (const p of node.pairs) {
    const key = p.key.kind === 'scalar' ? String(p.key.value) : '';
    if (p.key.kind === 'scalar' && seen.has(key)) out.push({ pair: p, key: joinKey('', [...path, key]) });
    seen.add(key);
    out.push(...duplicateKeys(p.value, [...path, key]));
  }
  return out;
}
