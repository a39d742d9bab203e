// Runs the CLI in-process with captured output: the harness the CLI tests share.
import { runCli, type CliIO } from '../../src/cli.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/**
 * More of the CLI's surroundings: a terminal for the progress line, a clock, and listeners
 * seeing each stdout / stderr write as it happens (to check the order of writes).
 */
export interface CliExtras extends Pick<CliIO, 'progress' | 'now'> {
  onOut?: (text: string) => void;
  onErr?: (text: string) => void;
}

export async function runCliCaptured(
  argv: string[],
  cwd: string,
  stdin: string | Uint8Array = '',
  env: Record<string, string> = {},
  extras: CliExtras = {},
): Promise<CliRun> {
  let out = '';
  let err = '';
  const { onOut, onErr, ...io } = extras;
  const code = await runCli({
    argv,
    cwd,
    stdout: (t) => void ((out += t), onOut?.(t)),
    stderr: (t) => void ((err += t), onErr?.(t)),
    readStdin: async () => stdin,
    isTTY: false,
    env,
    ...io,
  });
  return { code, out, err };
}
