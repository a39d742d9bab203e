// Runs the CLI in-process with captured output: the harness the CLI tests share.
import { runCli } from '../../src/cli.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCliCaptured(
  argv: string[],
  cwd: string,
  stdin: string | Uint8Array = '',
  env: Record<string, string> = {},
): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runCli({
    argv,
    cwd,
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: async () => stdin,
    isTTY: false,
    env,
  });
  return { code, out, err };
}
