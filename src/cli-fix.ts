// `--fix` (apply every suggested fix that fits, then report what remains) and
// `--fix-dry-run` (print the same changes as a unified diff, write nothing). Both lint
// what the report would show: with `--diff-base` or `--baseline`, only the findings that
// are new or not accepted get fixed.

import { resolve } from 'node:path';
import { gatedLint, isGated, type GatedRun, type GateFlags } from './cli-gate.js';
import { runFixPasses, type LintPass } from './engine/fix/passes.js';
import { SKIP_LABEL, type SkippedFix, type SkipReason } from './engine/fix/plan.js';
import { writeFixedFile } from './engine/fix/write.js';
import { UsageError, type LintOptions, type LintResult } from './engine/lint-api.js';
import { diskSource, type FileSource } from './read/file-source.js';
import { unifiedDiff } from './report/unified-diff.js';

export type FixMode = 'fix' | 'dry-run';

export interface FixRun extends GatedRun {
  /** `--fix-dry-run`: the changes as a unified diff ('' when there are none). */
  diff?: string;
}

type Lint = (options: LintOptions) => Promise<LintResult>;

export async function fixLint(mode: FixMode, gate: GateFlags, options: LintOptions, lint: Lint): Promise<FixRun> {
  if (gate.writeBaseline !== undefined)
    throw new UsageError(`${mode === 'fix' ? '--fix' : '--fix-dry-run'} cannot be combined with --write-baseline`);
  const pass = async (source: FileSource): Promise<LintPass<GatedRun>> => {
    const opts = { ...options, source };
    const run: GatedRun = isGated(gate)
      ? await gatedLint(gate, opts, lint)
      : await lint(opts).then((result) => ({
          result,
          findings: result.findings,
          exitCode: result.exitCode,
          notes: [],
        }));
    return { findings: run.findings, sources: run.result.sources, run };
  };
  const base = diskSource(options.root);
  const outcome = await runFixPasses(pass, { cwd: resolve(options.cwd), paths: options.paths, base });
  const skipNotes = outcome.skipped.map(skipNote);

  if (mode === 'dry-run') {
    // Nothing is written: the report and the exit code are those of the files as they are.
    const diff = outcome.files.map((f) => unifiedDiff(f.path, f.before, f.after)).join('');
    const fixed = outcome.files.reduce((n, f) => n + f.fixed, 0);
    const remain = outcome.last.findings.length;
    const summary = `Would fix ${count(fixed, 'problem')} in ${count(outcome.files.length, 'file')}${skippedText(outcome.skipped)}; ${count(remain, 'problem')} would remain.`;
    const first = outcome.first.run;
    return { ...first, notes: [...first.notes, ...skipNotes, summary], diff };
  }

  const failures: string[] = [];
  let fixed = 0;
  let written = 0;
  for (const f of outcome.files) {
    const why = writeFixedFile(f.abs, f.before, f.after);
    if (why) failures.push(`not fixed: ${f.path} ${why}`);
    else {
      fixed += f.fixed;
      written++;
    }
  }
  // The written files are linted again from disk: that is what the report shows.
  const final = written > 0 ? (await pass(base)).run : outcome.first.run;
  const summary = `Fixed ${count(fixed, 'problem')} in ${count(written, 'file')}${skippedText(outcome.skipped)}.`;
  return { ...final, notes: [...final.notes, ...skipNotes, ...failures, summary] };
}

function skipNote({ finding: f, reason }: SkippedFix): string {
  return `fix skipped: ${f.file}:${f.line}:${f.column} ${f.ruleId}: the fix ${SKIP_LABEL[reason]}.`;
}

/** `; 3 fixes skipped (2 overlap another fix, 1 edits several files)`, or '' when none was. */
function skippedText(skipped: SkippedFix[]): string {
  if (skipped.length === 0) return '';
  const by = new Map<SkipReason, number>();
  for (const s of skipped) by.set(s.reason, (by.get(s.reason) ?? 0) + 1);
  const parts = [...by].map(([reason, n]) => `${n} ${SHORT[reason]}`);
  return `; ${count(skipped.length, 'fix', 'fixes')} skipped (${parts.join(', ')})`;
}

const SHORT: Record<SkipReason, string> = {
  overlap: 'overlapping',
  'several-files': 'spanning several files',
  stdin: 'on stdin',
  rendered: 'in Helm-rendered output',
  outside: 'outside the scanned paths',
  unavailable: 'in files not on disk as linted',
  invalid: 'not fitting their file',
  unresolved: 'not resolving their finding',
  passes: `left after the last pass`,
};

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
