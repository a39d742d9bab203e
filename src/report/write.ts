// Writing a report that may be larger than any one string: chunks are gathered into
// buffers of about 64 KiB and written as they come, to a file or to a stream that may
// close early (`arch-lint … | head`), in which case writing stops quietly.

import { closeSync, openSync, writeSync } from 'node:fs';

const BATCH = 64 * 1024;

/** Chunks regrouped into pieces of about BATCH characters (fewer, larger writes). */
export function* batched(chunks: Iterable<string>): Generator<string> {
  let parts: string[] = [];
  let size = 0;
  for (const c of chunks) {
    parts.push(c);
    size += c.length;
    if (size >= BATCH) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) yield parts.join('');
}

/** Writes the chunks to a file (created or truncated). Errors opening it propagate. */
export function writeChunksToFile(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    for (const piece of batched(chunks)) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}

export interface ReportStream {
  /** False when the stream's buffer is full: wait for `drained()`. */
  write(chunk: string): boolean;
  /** Resolves when the buffer has drained, or the stream has closed. */
  drained(): Promise<void>;
  /** True once the reader has gone away (EPIPE): nothing more is written. */
  readonly closed: boolean;
}

/** Writes the chunks, waiting for the stream to drain (bounded memory); stops when the reader has gone. */
export async function writeChunksToStream(stream: ReportStream, chunks: Iterable<string>): Promise<void> {
  for (const piece of batched(chunks)) {
    if (stream.closed) return;
    if (!stream.write(piece)) await stream.drained();
  }
}
