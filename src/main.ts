// Process entry for the CLI bundle: wires runCli to the real process.
import { runCli } from './cli.js';
import { tuneHeapForRuns } from './engine/heap.js';
import { writeChunksToStream, type ReportStream } from './report/write.js';

tuneHeapForRuns();

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// `arch-lint … | head`: once the reader goes away, writes fail with EPIPE. That is not an
// error of the run: stop writing, and exit with the code the lint result gives.
let stdoutClosed = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') stdoutClosed = true;
  else throw e;
});

const stdout: ReportStream = {
  write: (chunk) => process.stdout.write(chunk),
  drained: () =>
    new Promise<void>((resolve) => {
      // A reader that goes away while we wait never drains the pipe: closing ends the wait too.
      const done = () => {
        process.stdout.off('drain', done);
        process.stdout.off('close', done);
        process.stdout.off('error', done);
        resolve();
      };
      process.stdout.on('drain', done);
      process.stdout.on('close', done);
      process.stdout.on('error', done);
    }),
  get closed() {
    return stdoutClosed;
  },
};

const code = await runCli({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  stdout: (t) => {
    if (!stdoutClosed) process.stdout.write(t);
  },
  writeReport: (chunks) => writeChunksToStream(stdout, chunks),
  stderr: (t) => process.stderr.write(t),
  readStdin,
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  progress: {
    isTTY: Boolean(process.stderr.isTTY),
    get columns() {
      return process.stderr.columns;
    },
    write: (t) => void process.stderr.write(t),
  },
});
process.exitCode = code;
