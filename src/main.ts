// Process entry for the CLI bundle: wires runCli to the real process.
import { runCli } from './cli.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const code = await runCli({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin,
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
});
process.exitCode = code;
