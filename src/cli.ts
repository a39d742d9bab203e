// `arch-lint [options] [path ...]`: parse arguments, lint, print one report, exit with
// DESIGN.md §1's codes (0 clean, 1 findings at or above --fail-on, 2 usage/internal error).

import { parseArgs } from 'node:util';
import { builtinRules } from '../rules/index.js';
import { gatedLint, isGated } from './cli-gate.js';
import { lint } from './engine/lint.js';
import { UsageError, type FailOn, type LintOptions } from './engine/lint-api.js';
import { FORMAT_NAMES, getReporter, reportChunks, type FormatName } from './report/index.js';
import { batched, writeChunksToFile } from './report/write.js';
import { VERSION } from './version.js';

const FAIL_ON = ['error', 'warning', 'note', 'none'] as const;

const HELP = `Usage: arch-lint [options] [path ...]
       arch-lint -            read a YAML stream (e.g. \`helm template\` output) from stdin

Reviews Terraform, Kubernetes manifests and Helm output for architecture-resilience problems.

Options:
  --format <name>      ${FORMAT_NAMES.join('|')} (default: text)
  --output <file>      write the report to a file instead of stdout
  --fail-on <level>    error|warning|note|none: lowest severity that exits 1 (default: error)
  --config <file>      config file (default: .arch-lint.yml found upward from the first path)
  --var-file <file>    Terraform variables file applied to every root module (repeatable)
  --diff-base <ref>    report only findings new since the merge base of <ref> and HEAD (git);
                       exit 1 on new findings only
  --baseline <file>    ignore the findings recorded in a baseline file
  --write-baseline <file>  record every current finding in a baseline file (exit 0)
  --list-rules         print every rule: id, category, default severity, title
  --version            print the version
  --help               print this help

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or internal error.`;

export interface CliIO {
  argv: string[];
  cwd: string;
  stdout: (text: string) => void;
  /** Writes a (possibly huge) report to stdout with backpressure; without it, chunks go through `stdout`. */
  writeReport?: (chunks: Iterable<string>) => Promise<void>;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

export async function runCli(io: CliIO): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: io.argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        output: { type: 'string' },
        'fail-on': { type: 'string' },
        config: { type: 'string' },
        'var-file': { type: 'string', multiple: true },
        'diff-base': { type: 'string' },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        'list-rules': { type: 'boolean' },
        version: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.stderr(`arch-lint: ${(e as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) return (io.stdout(`${HELP}\n`), 0);
  if (values.version) return (io.stdout(`${VERSION}\n`), 0);
  if (values['list-rules']) return (io.stdout(listRules()), 0);

  const reporter = getReporter(values.format!);
  if (!reporter) return usage(io, `unknown --format '${values.format}' (expected ${FORMAT_NAMES.join(', ')})`);
  const failOn = values['fail-on'];
  if (failOn !== undefined && !(FAIL_ON as readonly string[]).includes(failOn))
    return usage(io, `unknown --fail-on '${failOn}' (expected ${FAIL_ON.join(', ')})`);

  try {
    const paths = positionals.length > 0 ? positionals : ['.'];
    const options: LintOptions = {
      paths,
      cwd: io.cwd,
      configPath: values.config,
      failOn: failOn as FailOn | undefined,
      varFiles: values['var-file'],
      stdin: paths.includes('-') ? await io.readStdin() : undefined,
    };
    const gate = { diffBase: values['diff-base'], baseline: values.baseline, writeBaseline: values['write-baseline'] };
    const gated = isGated(gate) ? await gatedLint(gate, options, lint) : undefined;
    const result = gated?.result ?? (await lint(options));
    const findings = gated?.findings ?? result.findings;
    const color = values.output === undefined && values.format === 'text' && wantsColor(io);
    // In chunks: a report of a million results is longer than any string can be.
    const report = reportChunks(values.format as FormatName, findings, {
      toolVersion: VERSION,
      rules: result.rules,
      summary: result.summary,
      source: (p) => result.sources.get(p),
      color,
      skipped: result.skipped,
    });
    if (values.output) writeChunksToFile(values.output, report);
    else if (io.writeReport) await io.writeReport(report);
    else for (const piece of batched(report)) io.stdout(piece);
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

function listRules(): string {
  const rows = builtinRules
    .map((r) => r.meta)
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((m) => [m.id, m.category, m.severity, m.title]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c)).join('  ')).join('\n') + '\n';
}
