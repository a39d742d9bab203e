// The policy a run applies: the config file, the user's declarative rules (rulesDir) and
// the Terraform var files it names. Loaded once from one file source and reusable across
// runs, so a pull request's head and base are linted under the same policy (the base's,
// by default: a pull request does not get to relax the check that judges it).

import { relative, resolve } from 'node:path';
import { displayPath } from '../read/discover.js';
import type { FileSource } from '../read/file-source.js';
import { DEFAULT_MAX_FILE_BYTES } from '../read/load.js';
import { CONFIG_FILE_NAMES, defaultConfig, parseConfig, type ArchLintConfig } from './config/load.js';
import { formatConfigError } from './config/schema-errors.js';
import { UsageError, type LintOptions, type Policy } from './lint-api.js';
import { parseFiles, type ParseOutcome } from './parse-files.js';
import type { Rule } from './rule.js';
import { loadUserRules } from './user-rules.js';

export type { Policy };

export async function loadPolicy(
  options: Pick<LintOptions, 'configPath' | 'noConfig' | 'varFiles' | 'paths'>,
  cwd: string,
  files: FileSource,
): Promise<Policy> {
  const config = await loadConfigFrom(options, cwd, files);
  const userRules = config.rulesDir ? await loadUserRules(config.rulesDir, cwd, files) : [];
  const varFilePaths = [...config.varFiles.map((f) => relative(cwd, f)), ...(options.varFiles ?? [])];
  for (const p of varFilePaths) {
    const why = files.outside(resolve(cwd, p));
    if (why) throw new UsageError(`var file ${displayPath(cwd, resolve(cwd, p))} ${why}`);
  }
  const found = varFilePaths.length > 0 ? (await files.discover(varFilePaths, { cwd })).files : [];
  // A var file named but absent would silently change every variable's value: a usage error.
  const fromConfig = new Set(config.varFiles.map((f) => relative(cwd, f)));
  for (const p of varFilePaths) {
    if (found.some((f) => f.abs === resolve(cwd, p))) continue;
    const where = fromConfig.has(p) ? ` (varFiles in ${displayPath(cwd, resolve(config.file))})` : '';
    throw new UsageError(`var file ${displayPath(cwd, resolve(cwd, p))}${where}: no such file`);
  }
  const limits = {
    maxFileBytes: config.limits.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    yaml: {
      ...(config.limits.yamlMaxAliases !== undefined ? { maxAliases: config.limits.yamlMaxAliases } : {}),
      ...(config.limits.yamlMaxDepth !== undefined ? { maxDepth: config.limits.yamlMaxDepth } : {}),
    },
  };
  const varFiles = await parseFiles(found, limits, undefined, files);
  return { config, userRules, varFiles, origin: files.label };
}

/** The config file: given, or found upward from the first path (never above the source's root). */
export async function loadConfigFrom(
  options: Pick<LintOptions, 'configPath' | 'noConfig' | 'paths'>,
  cwd: string,
  files: FileSource,
): Promise<ArchLintConfig> {
  if (options.noConfig) return defaultConfig(cwd);
  const first = options.paths.find((p) => p !== '-') ?? '.';
  const path = options.configPath
    ? resolve(cwd, options.configPath)
    : await files.findUp(resolve(cwd, first), CONFIG_FILE_NAMES);
  if (!path) return defaultConfig(cwd);
  const read = await files.readText(path);
  if (!read.ok) {
    const reason = read.reason === 'no such file' ? 'no such file' : read.reason;
    throw new UsageError(`invalid configuration:\n${path}: cannot read the config file: ${reason}`);
  }
  const parsed = parseConfig(path, read.text);
  if (!parsed.config)
    throw new UsageError(`invalid configuration:\n${parsed.errors.map(formatConfigError).join('\n')}`);
  return parsed.config;
}
