// `arch-lint [options] [path ...]`: parse arguments, lint, print one report, exit with
// docs/design.md's exit codes (0 clean, 1 findings at or above --fail-on, 2 usage/internal error).

import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtinRules } from '../rules/index.js';
import { fixLint, type FixRun } from './cli-fix.js';
import { gatedLint, isGated } from './cli-gate.js';
import { runMerge } from './cli-merge.js';
import { parseShard, shardScope } from './engine/units/shard.js';
import { makeEffectiveConfig } from './engine/config/effective.js';
import { closest, didYouMean } from './engine/config/suggest.js';
import { lint as lintWith, workerScript } from './engine/lint.js';
import { loadPolicy } from './engine/policy.js';
import { diskSource } from './read/file-source.js';
import { UsageError, type FailOn, type LintOptions } from './engine/lint-api.js';
import { planOutputs, type ReportOutput } from './cli-outputs.js';
import { progressLine, type ProgressStream } from './cli-progress.js';
import { FORMAT_NAMES, reportChunks, type ReportContext } from './report/index.js';
import { batched, writeChunksToFile } from './report/write.js';
import { VERSION } from './version.js';
import type { Finding } from './findings/finding.js';

// Units are linted in worker threads running dist/worker.js, next to this bundle.
const lint = (options: LintOptions) => lintWith(options, builtinRules, { workerScript: workerScript(import.meta.url) });

const FAIL_ON = ['error', 'warning', 'note', 'none'] as const;

const OPTIONS = {
  format: { type: 'string', short: 'f', multiple: true },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  'skip-rule': { type: 'string', multiple: true },
  'var-file': { type: 'string', multiple: true },
  'diff-base': { type: 'string' },
  'all-units': { type: 'boolean' },
  shard: { type: 'string' },
  workers: { type: 'string' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'list-rules': { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: arch-lint [options] [path ...]
       arch-lint -            read a YAML stream (e.g. \`helm template\` output) from stdin
       arch-lint merge-sarif <report> ...   merge the reports of --shard runs (see --help there)

Reviews Terraform, Kubernetes manifests and Helm output for architecture-resilience problems.

Options:
  -f, --format <name>[=<file>]
                       ${FORMAT_NAMES.join('|')} (default: text); repeatable:
                       one report per --format, the one without =<file> to stdout
                       (e.g. -f text -f sarif=arch-lint.sarif -f junit=junit.xml)
  -o, --output <file>  write the report of the --format without =<file> to <file>
  --fail-on <level>    error|warning|note|none: lowest severity that exits 1 (default: error)
  -c, --config <file>  config file (default: .arch-lint.yml found upward from the first path)
  --no-config          use no config file (the defaults)
  --rule <id|glob>     run only the matching rules (repeatable; enables rules the config turns off)
  --skip-rule <id|glob>  do not run the matching rules or engine ids (repeatable)
  --var-file <file>    Terraform variables file applied to every root module (repeatable);
                       TF_VAR_name environment variables apply below var files
  --diff-base <ref>    report only findings new since the merge base of <ref> and HEAD (git);
                       exit 1 on new findings only
                       (changed-units mode: only the units the change touches and those
                       depending on them are linted, on both sides)
  --all-units          with --diff-base, lint every unit
  --shard <i/n>        lint only shard i of n (units split by a stable hash; merge the
                       shards' SARIF or JSON with \`arch-lint merge-sarif\`)
  --workers <n>        threads that lint deployment units: this one and n-1 worker threads
                       (default: one per core but one; 1: this thread alone). The output
                       is the same whatever the number
  --baseline <file>    ignore the findings recorded in a baseline file
  --write-baseline <file>  record every current finding in a baseline file (exit 0)
  --fix                apply the suggested fixes in place, then report what remains
                       (exit code by the remaining findings; a summary line on stderr)
  --fix-dry-run        print the fixes --fix would apply as a unified diff on stdout; write
                       nothing (reports go only to files: --output, -f FMT=FILE; exit code
                       as without fixes)
  --list-rules         print every id a finding can carry: id, category, effective severity, title
                       (with --format json: a JSON list)
  --version            print the version
  --help               print this help

A run that takes over a second shows its progress on stderr when stderr is a terminal
(never when CI is set).

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or internal error.`;

export interface CliIO {
  argv: string[];
  cwd: string;
  stdout: (text: string) => void;
  /** Writes a (possibly huge) report to stdout with backpressure; without it, chunks go through `stdout`. */
  writeReport?: (chunks: Iterable<string>) => Promise<void>;
  stderr: (text: string) => void;
  /** Raw bytes (or text), decoded and checked like a file. */
  readStdin: () => Promise<Uint8Array | string>;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** stderr as a terminal sees it, for the progress line (none: no progress). */
  progress?: ProgressStream;
  /** Milliseconds, for the progress line's timing (tests pass a fake clock). */
  now?: () => number;
}

export async function runCli(io: CliIO): Promise<number> {
  if (io.argv[0] === 'merge-sarif') return runMerge(io.argv.slice(1), io);
  let args;
  try {
    args = parseArgs({ args: io.argv, allowPositionals: true, options: OPTIONS });
  } catch (e) {
    return usage(io, argumentError(e as Error));
  }
  const { values, positionals } = args;
  if (values.help) return (io.stdout(`${HELP}\n`), 0);
  if (values.version) return (io.stdout(`${VERSION}\n`), 0);
  if (values['no-config'] && values.config !== undefined)
    return usage(io, '--config and --no-config exclude each other');
  if (values.fix && values['fix-dry-run']) return usage(io, '--fix and --fix-dry-run exclude each other');
  if (values['list-rules']) {
    const formats = values.format ?? ['text'];
    const planned = planOutputs(formats, values.output, io.cwd);
    if (typeof planned === 'string') return usage(io, planned);
    const [list] = planned;
    if (planned.length > 1 || (list.format !== 'text' && list.format !== 'json'))
      return usage(io, `--list-rules prints one list, as text or json (got --format ${formats.join(' --format ')})`);
    const why = list.file === undefined ? undefined : unwritable(list.file);
    if (why) return usage(io, `${list.flag === '--output' ? `--output ${list.given}` : list.flag}: ${why}`);
    try {
      const text = await listRules(io.cwd, positionals, values, list.format);
      if (list.file !== undefined) writeChunksToFile(list.file, [text]);
      else io.stdout(text);
      return 0;
    } catch (e) {
      if (e instanceof UsageError) return usage(io, e.message);
      throw e;
    }
  }

  const outputs = planOutputs(values.format, values.output, io.cwd);
  if (typeof outputs === 'string') return usage(io, outputs);
  const failOn = values['fail-on'];
  if (failOn !== undefined && !(FAIL_ON as readonly string[]).includes(failOn))
    return usage(io, badValue('--fail-on', failOn, FAIL_ON));
  for (const p of positionals) {
    if (p !== '-' && !existsSync(resolve(io.cwd, p))) return usage(io, `${p}: no such file or directory`);
  }
  for (const p of values['var-file'] ?? []) {
    if (!existsSync(resolve(io.cwd, p))) return usage(io, `--var-file ${p}: no such file`);
  }
  for (const o of outputs) {
    const why = o.file === undefined ? undefined : unwritable(o.file);
    if (why) return usage(io, `${o.flag === '--output' ? `--output ${o.given}` : o.flag}: ${why}`);
  }

  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1))
    return usage(io, `--workers ${values.workers}: expected a whole number of threads, 1 or more`);

  let shard;
  try {
    shard = values.shard === undefined ? undefined : parseShard(values.shard);
  } catch (e) {
    return usage(io, (e as Error).message);
  }
  if (shard && positionals.includes('-')) return usage(io, '--shard does not apply to stdin (-)');

  try {
    const paths = positionals.length > 0 ? positionals : ['.'];
    const progress = progressLine(io.progress, io.env, io.now);
    const options: LintOptions = {
      paths,
      cwd: io.cwd,
      configPath: values.config,
      noConfig: values['no-config'],
      select: { only: values.rule, skip: values['skip-rule'] },
      failOn: failOn as FailOn | undefined,
      varFiles: values['var-file'],
      env: io.env,
      stdin: paths.includes('-') ? await io.readStdin() : undefined,
      ...(shard ? { scope: shardScope(shard) } : {}),
      ...(progress ? { onProgress: (p) => progress.update(p) } : {}),
      ...(workers !== undefined ? { workers } : {}),
    };
    if (values['all-units'] && values['diff-base'] === undefined)
      return usage(io, '--all-units applies to --diff-base only');
    const gate = {
      diffBase: values['diff-base'],
      allUnits: values['all-units'] === true,
      baseline: values.baseline,
      writeBaseline: values['write-baseline'],
    };
    const fixMode = values.fix ? 'fix' : values['fix-dry-run'] ? 'dry-run' : undefined;
    // The progress line is cleared before anything else is written.
    const clear = () => progress?.done();
    const gated: FixRun | undefined = fixMode
      ? await fixLint(fixMode, gate, options, lint).finally(clear)
      : isGated(gate)
        ? await gatedLint(gate, options, lint).finally(clear)
        : undefined;
    const result = gated?.result ?? (await lint(options).finally(clear));
    const findings = gated?.findings ?? result.findings;
    const context: ReportContext = {
      toolVersion: VERSION,
      rules: result.rules,
      summary: result.summary,
      source: (p) => result.sources.get(p),
      color: false,
      skipped: result.skipped,
    };
    // --fix-dry-run: stdout carries the diff (for `git apply`); reports go to their files only.
    if (gated?.diff !== undefined) io.stdout(gated.diff);
    for (const o of outputs)
      if (gated?.diff === undefined || o.file !== undefined) await writeReport(io, o, findings, context);
    for (const note of [...result.notes, ...(gated?.notes ?? [])]) io.stderr(`arch-lint: ${note}\n`);
    if (result.internalErrors.length > 0) {
      for (const e of result.internalErrors) io.stderr(`arch-lint: internal error: ${e}\n`);
      return 2;
    }
    return gated?.exitCode ?? result.exitCode;
  } catch (e) {
    if (e instanceof UsageError) return usage(io, e.message);
    io.stderr(`arch-lint: internal error: ${(e as Error)?.stack ?? e}\n`);
    return 2;
  }
}

/** One report, in chunks (a report of a million results is longer than any string can be). */
async function writeReport(io: CliIO, o: ReportOutput, findings: Finding[], context: ReportContext): Promise<void> {
  const color = o.file === undefined && o.format === 'text' && wantsColor(io);
  const report = reportChunks(o.format, findings, { ...context, color });
  if (o.file !== undefined) writeChunksToFile(o.file, report);
  else if (io.writeReport) await io.writeReport(report);
  else for (const piece of batched(report)) io.stdout(piece);
}

function usage(io: CliIO, message: string): number {
  io.stderr(`arch-lint: ${message}\n`);
  return 2;
}

/** Colors only on a terminal; NO_COLOR and FORCE_COLOR are honoured. */
function wantsColor(io: CliIO): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY;
}

/** Every id a finding can carry, with the severity this run would report it at. */
async function listRules(
  cwd: string,
  positionals: string[],
  values: { config?: string; 'no-config'?: boolean; rule?: string[]; 'skip-rule'?: string[] },
  format: string,
): Promise<string> {
  const options = {
    paths: positionals.length > 0 ? positionals : ['.'],
    configPath: values.config,
    noConfig: values['no-config'],
  };
  const policy = await loadPolicy(options, resolve(cwd), diskSource());
  const config = makeEffectiveConfig(policy.config, {
    cwd,
    rules: builtinRules,
    userRules: policy.userRules,
    select: { only: values.rule, skip: values['skip-rule'] },
  });
  if (format === 'json') {
    const rules = config.rules.map((r) => ({
      id: r.meta.id,
      origin: r.origin,
      category: r.meta.category,
      severity: r.severity,
      defaultSeverity: r.meta.severity,
      title: r.meta.title,
      fixable: r.meta.fixable === true,
    }));
    return `${JSON.stringify({ version: 1, rules }, null, 2)}\n`;
  }
  const rows = config.rules.map((r) => [r.meta.id, r.meta.category, r.severity, r.meta.title]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c)).join('  ')).join('\n') + '\n';
}

/** One line for a parseArgs error: the option named, a suggestion, never the whole help. */
function argumentError(e: Error): string {
  const code = (e as { code?: string }).code;
  const names = Object.keys(OPTIONS).map((n) => `--${n}`);
  const unknown = /Unknown option '([^']+)'/.exec(e.message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    const bare = unknown.split('=')[0];
    const hint = bare.startsWith('--') ? closest(bare, names) : undefined;
    return `unknown option ${bare}${hint ? ` (did you mean ${hint}?)` : ''}; see arch-lint --help`;
  }
  const missing = /Option '(?:-\w, )?(--[\w-]+)/.exec(e.message)?.[1];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && missing)
    return `${missing} needs a value; see arch-lint --help`;
  return `${e.message.split('\n')[0]}; see arch-lint --help`;
}

function badValue(flag: string, value: string, allowed: readonly string[]): string {
  return `unknown ${flag} '${value}'${didYouMean(value, allowed)} (expected ${allowed.join(', ')})`;
}

/** Why a report cannot be written to `path`, checked before linting; undefined when it can. */
function unwritable(path: string): string | undefined {
  try {
    if (statSync(path).isDirectory()) return 'is a directory';
    accessSync(path, constants.W_OK);
    return undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return 'not writable';
  }
  try {
    const dir = dirname(path);
    if (!statSync(dir).isDirectory()) return `${dirname(path)} is not a directory`;
    accessSync(dir, constants.W_OK);
    return undefined;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'its directory does not exist' : 'not writable';
  }
}
