// `arch-lint merge-sarif REPORT... [--output FILE] [--fail-on LEVEL]`: the reports of the
// jobs of a sharded run (`--shard i/n`) as one report (SARIF or JSON, as given), with one
// verdict: exit 1 when a merged finding is at or above --fail-on, like a single run.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { FailOn } from './findings/finding.js';
import { mergedExitCode, mergeReports } from './report/merge.js';
import { writeChunksToFile } from './report/write.js';

const FAIL_ON = ['error', 'warning', 'note', 'none'];

export const MERGE_HELP = `Usage: arch-lint merge-sarif <report> ... [--output <file>] [--fail-on <level>]

Merges the SARIF (or JSON) reports of the shards of one run (arch-lint --shard i/n) into one
report: with every shard present, the report of a single full run.

Options:
  -o, --output <file>  write the merged report to a file instead of stdout
  --fail-on <level>    error|warning|note|none: lowest severity that exits 1 (default: error)

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage error.`;

export interface MergeIO {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export function runMerge(argv: string[], io: MergeIO): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return fail(io, `merge-sarif: ${(e as Error).message.split('\n')[0]}`);
  }
  if (args.values.help) return (io.stdout(`${MERGE_HELP}\n`), 0);
  const failOn = args.values['fail-on'] ?? 'error';
  if (!FAIL_ON.includes(failOn))
    return fail(io, `merge-sarif: unknown --fail-on '${failOn}' (expected ${FAIL_ON.join(', ')})`);
  if (args.positionals.length === 0)
    return fail(io, 'merge-sarif needs the reports to merge; see arch-lint merge-sarif --help');
  const inputs = [];
  for (const name of args.positionals) {
    try {
      inputs.push({ name, text: readFileSync(resolve(io.cwd, name), 'utf8') });
    } catch (e) {
      return fail(io, `merge-sarif: ${name}: cannot be read (${(e as NodeJS.ErrnoException).code ?? e})`);
    }
  }
  const merged = mergeReports(inputs);
  if (!merged.ok) return fail(io, `merge-sarif: ${merged.error}`);
  if (args.values.output !== undefined) {
    try {
      writeChunksToFile(resolve(io.cwd, args.values.output), [merged.text]);
    } catch (e) {
      return fail(
        io,
        `merge-sarif: --output ${args.values.output}: cannot be written (${(e as NodeJS.ErrnoException).code ?? e})`,
      );
    }
  } else io.stdout(merged.text);
  return mergedExitCode(merged.severities, failOn as FailOn);
}

function fail(io: MergeIO, message: string): number {
  io.stderr(`arch-lint: ${message}\n`);
  return 2;
}
