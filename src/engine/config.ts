// `.arch-lint.yml`: parsed with the positioned YAML parser so every problem names the
// file, line, column and key; validated by the published JSON Schema (ajv), then against
// the rules that exist (unknown ids with a suggestion, each rule's options schema).
// Errors are values; the CLI prints them with formatConfigError and exits 2.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Minimatch } from 'minimatch';
import schema from '../../schema/arch-lint.schema.json' with { type: 'json' };
import type { Severity } from '../findings/finding.js';
import { parseYamlStream } from '../parse/yaml/parse.js';
import type { YNode, YPair } from '../parse/yaml/ast.js';
import { SourceFile, type Range } from '../parse/source.js';
import type { FailOn } from './lint-api.js';
import type { RuleMeta } from './rule.js';

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

export interface ConfigError {
  file: string;
  /** 1-based; 0 when the file could not be read at all. */
  line: number;
  column: number;
  /** Dotted path of the offending setting (`rules.aws-rds-multi-az`), '' for the whole file. */
  key: string;
  message: string;
  /** The offending node's range, when there is one. */
  range?: Range;
}

export interface ConfigResult {
  /** Present only when there are no errors. */
  config?: ArchLintConfig;
  errors: ConfigError[];
}

/** `.arch-lint.yml:4:3: rules.aws-rds-multi-az: must be one of off, note, warning, error` */
export function formatConfigError(e: ConfigError): string {
  const where = e.line > 0 ? `${e.file}:${e.line}:${e.column}` : e.file;
  return `${where}: ${e.key ? `${e.key}: ` : ''}${e.message}`;
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

// ---------------------------------------------------------------------------------------
// Semantic checks that need the rule list.

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

/** Reading order; ties keep ajv's order (stable sort). */
function byPosition(errors: ConfigError[]): ConfigError[] {
  return [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
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

/**
 * A predicate over absolute paths: true when a path, or a directory above it, matches an
 * `ignore` glob (relative to the config directory). Paths outside that directory never match.
 */
export function createIgnoreMatcher(config: Pick<ArchLintConfig, 'dir' | 'ignore'>): (absPath: string) => boolean {
  // `dir/**` also matches `dir` itself, so a walker can skip the whole directory.
  const globs = config.ignore.flatMap((g) => {
    const full = g.endsWith('/') ? `${g}**` : g;
    return full.endsWith('/**') && full.length > 3 ? [full, full.slice(0, -3)] : [full];
  });
  const patterns = globs.map((g) => new Minimatch(g, { dot: true }));
  return (absPath) => {
    if (patterns.length === 0) return false;
    const rel = relative(config.dir, resolve(absPath));
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
    const parts = rel.split(sep);
    for (let i = parts.length; i >= 1; i--) {
      const candidate = parts.slice(0, i).join('/');
      if (patterns.some((p) => p.match(candidate))) return true;
    }
    return false;
  };
}

// ---------------------------------------------------------------------------------------
// Validation plumbing.

let compiledConfigValidator: ValidateFunction | undefined;

function configValidator(): ValidateFunction {
  compiledConfigValidator ??= new Ajv({ allErrors: true, verbose: true, strict: true }).compile(schema);
  return compiledConfigValidator;
}

const optionsAjv = new Ajv({ allErrors: true, verbose: true, strict: false });
const optionsValidators = new WeakMap<object, ValidateFunction | null>();

function optionsValidator(optionsSchema: object): ValidateFunction | undefined {
  if (!optionsValidators.has(optionsSchema)) {
    try {
      optionsValidators.set(optionsSchema, optionsAjv.compile(optionsSchema));
    } catch {
      optionsValidators.set(optionsSchema, null);
    }
  }
  return optionsValidators.get(optionsSchema) ?? undefined;
}

/** ajv errors → positioned, readable errors; `prefix` is the dotted key of `root`. */
function schemaErrors(
  errors: ErrorObject[],
  root: YNode | null,
  file: SourceFile | undefined,
  prefix: string,
): ConfigError[] {
  const out: ConfigError[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const described = describe(e);
    if (!described) continue;
    const path = [...pointer(e.instancePath), ...described.extra];
    const key = joinKey(prefix, path);
    const loc = locate(root, path) ?? file?.range(0, 0);
    const line = loc?.start.line ?? 0;
    const column = loc?.start.column ?? 0;
    const id = `${line}:${column}:${key}:${described.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ file: file?.path ?? '', line, column, key, message: described.message, ...(loc ? { range: loc } : {}) });
  }
  return out;
}

const SETTING_TYPE_MESSAGE = 'must be a severity (off, note, warning, error) or a mapping with severity and options';

/** A readable message for one ajv error; undefined for errors that only restate others. */
function describe(e: ErrorObject): { message: string; extra: string[] } | undefined {
  const got = e.data;
  switch (e.keyword) {
    case 'if':
      return undefined; // the branch's own error says what is wrong
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const hint = typeof got === 'string' ? closest(got, allowed) : undefined;
      return {
        message: `must be one of ${allowed.join(', ')}${typeof got === 'string' || typeof got === 'number' ? ` (got ${JSON.stringify(got)}${hint ? `; did you mean "${hint}"?` : ''})` : ` (got ${typeName(got)})`}`,
        extra: [],
      };
    }
    case 'type': {
      if (/^\/rules\/[^/]+$/.test(e.instancePath) && e.schemaPath.endsWith('else/type'))
        return { message: `${SETTING_TYPE_MESSAGE} (got ${typeName(got)})`, extra: [] };
      const expected = String((e.params as { type: string }).type)
        .split(',')
        .map(article)
        .join(' or ');
      return { message: `must be ${expected} (got ${typeName(got)})`, extra: [] };
    }
    case 'additionalProperties': {
      const name = (e.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const hint = closest(name, known);
      const allowed = known.length > 0 ? `; allowed: ${known.join(', ')}` : '';
      return { message: `unknown key${hint ? ` (did you mean "${hint}"?)` : allowed}`, extra: [name] };
    }
    case 'propertyNames': {
      const name = (e.params as { propertyName: string }).propertyName;
      return { message: 'rule ids are kebab-case: lowercase letters, digits and "-"', extra: [name] };
    }
    case 'pattern':
      // Inside propertyNames the pattern error carries the parent's path; the propertyNames error names the key.
      if (e.schemaPath.includes('/propertyNames/')) return undefined;
      return { message: `must match ${(e.params as { pattern: string }).pattern}`, extra: [] };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const p = e.params as { comparison: string; limit: number };
      return { message: `must be ${p.comparison} ${p.limit} (got ${JSON.stringify(got)})`, extra: [] };
    }
    case 'minLength':
      if ((e.params as { limit: number }).limit === 1) return { message: 'must not be empty', extra: [] };
      return { message: e.message ?? 'is invalid', extra: [] };
    case 'required':
      return {
        message: `missing required key "${(e.params as { missingProperty: string }).missingProperty}"`,
        extra: [],
      };
    default:
      return { message: e.message ?? `fails ${e.keyword}`, extra: [] };
  }
}

function article(type: string): string {
  const names: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'a boolean',
    null: 'null',
  };
  return names[type] ?? type;
}

function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'number') return Number.isInteger(v) ? 'an integer' : 'a number';
  return `a ${typeof v}`;
}

/** JSON Pointer → segments. */
function pointer(p: string): string[] {
  if (p === '') return [];
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function joinKey(prefix: string, path: (string | number)[]): string {
  let out = prefix;
  for (const step of path) {
    if (typeof step === 'number' || /^\d+$/.test(step)) out += `[${step}]`;
    else out += out ? `.${step}` : step;
  }
  return out;
}

/** The node at a path and, when the last step is a mapping key, its pair. */
function locateNode(root: YNode | null, path: (string | number)[]): { node: YNode; pair?: YPair } | undefined {
  let node: YNode | null = root;
  let pair: YPair | undefined;
  for (const step of path) {
    if (!node) return undefined;
    if (node.kind === 'map') {
      pair = node.pairs.find((p) => p.key.kind === 'scalar' && String(p.key.value) === String(step));
      if (!pair) return undefined;
      node = pair.value;
    } else if (node.kind === 'seq') {
      pair = undefined;
      node = node.items[Number(step)] ?? null;
    } else return undefined;
  }
  return node ? { node, ...(pair ? { pair } : {}) } : undefined;
}

/**
 * Where to point for a path: the key of a mapping entry (as in `rules:\n  id: bad`, where
 * the key is what a reader scans for), the item of a list, or the deepest ancestor found.
 */
function locate(root: YNode | null, path: (string | number)[]): Range | undefined {
  for (let n = path.length; n >= 0; n--) {
    const found = locateNode(root, path.slice(0, n));
    if (found) return found.pair && n > 0 ? found.pair.key.range : found.node.range;
  }
  return undefined;
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

/** The candidate closest to `word` by edit distance, if close enough to be a likely typo. */
export function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const c of [...candidates].sort()) {
    // A prefix ("warn" for "warning") is as likely a slip as a typo.
    const cl = c.toLowerCase();
    const d = lower.length >= 3 && (cl.startsWith(lower) || lower.startsWith(cl)) ? 1 : editDistance(lower, cl);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
