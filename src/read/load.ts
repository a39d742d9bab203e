// Reads one file within the limits: too large or binary files are refused with a reason
// instead of being parsed.

import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { SourceFile } from '../parse/source.js';

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export type Loaded = { ok: true; source: SourceFile } | { ok: false; reason: string };

/**
 * Synchronous on purpose: the four calls cost microseconds each, while as promises
 * through the thread pool they took most of the read time for small files (5x here).
 * The size is checked on the open descriptor, so a file is never read past the limit.
 */
export function loadFileSync(abs: string, path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Loaded {
  let fd: number;
  try {
    fd = openSync(abs, 'r');
  } catch (e) {
    return { ok: false, reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    const { size } = fstatSync(fd);
    if (size > maxBytes)
      return { ok: false, reason: `too large (${formatBytes(size)}, the limit is ${formatBytes(maxBytes)})` };
    return decode(readFileSync(fd), path);
  } catch (e) {
    return { ok: false, reason: `cannot be read (${(e as Error).message})` };
  } finally {
    closeSync(fd);
  }
}

/** Text from bytes: binary (a NUL byte) is refused; a UTF-8 BOM is dropped. */
export function decode(buf: Uint8Array, path: string): Loaded {
  if (buf.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary file' };
  let text = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, source: new SourceFile(path, text) };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}
