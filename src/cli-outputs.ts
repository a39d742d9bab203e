// `--format FORMAT[=FILE]` (repeatable) and `--output FILE` → the reports a run writes.
// A format with `=FILE` goes to that file; the one format without a file goes to
// `--output` when given, else to stdout. Two reports cannot share stdout or a file.

import { resolve } from 'node:path';
import { didYouMean } from './engine/config/suggest.js';
import { FORMAT_NAMES, isFormatName, type FormatName } from './report/index.js';

export interface ReportOutput {
  format: FormatName;
  /** Absolute path; undefined for stdout. */
  file?: string;
  /** The path as the user wrote it, for messages. */
  given?: string;
  /** Where the path came from, for messages: `--format sarif=x` or `--output`. */
  flag?: string;
}

/** The reports to write, or a usage message. */
export function planOutputs(
  formats: string[] | undefined,
  output: string | undefined,
  cwd: string,
): ReportOutput[] | string {
  const specs = formats && formats.length > 0 ? formats : ['text'];
  const outputs: ReportOutput[] = [];
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    const name = eq < 0 ? spec : spec.slice(0, eq);
    if (!isFormatName(name))
      return `unknown --format '${name}'${didYouMean(name, FORMAT_NAMES)} (expected ${FORMAT_NAMES.join(', ')})`;
    if (eq < 0) {
      outputs.push({ format: name });
      continue;
    }
    const given = spec.slice(eq + 1);
    if (given === '') return `--format ${spec}: the file name after '=' is empty`;
    outputs.push({ format: name, file: resolve(cwd, given), given, flag: `--format ${spec}` });
  }
  const bare = outputs.filter((o) => o.file === undefined);
  if (bare.length > 1) {
    const names = bare.map((o) => o.format).join(' and ');
    const target = output === undefined ? 'stdout' : `--output ${output}`;
    return `${names} would both be written to ${target}: give all but one a file (--format ${bare[1].format}=FILE)`;
  }
  if (output !== undefined) {
    if (bare.length === 0) return `--output ${output}: every --format already names its file (--format FORMAT=FILE)`;
    Object.assign(bare[0], { file: resolve(cwd, output), given: output, flag: '--output' });
  }
  const seen = new Map<string, ReportOutput>();
  for (const o of outputs) {
    if (o.file === undefined) continue;
    const first = seen.get(o.file);
    if (first) return `${first.format} and ${o.format} would both be written to ${o.given}`;
    seen.set(o.file, o);
  }
  return outputs;
}
