// Reads one file within the limits: too large or binary files are refused with a reason
// instead of being parsed.

import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { SourceFile } from '../parse/source.js';

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export type Loaded =
  | { ok: true; source: SourceFile }
  | {
      ok: false;
      reason: string;
      /** When the text is readable enough to show: the file, and the offset of the problem in it. */
      at?: { source: SourceFile; offset: number };
    };

/**
 * Synchronous on purpose: the calls cost microseconds each, while as promises through the
 * thread pool they took most of the read time for small files (5x here). Most files fit
 * the scratch buffer: one read, no size call, no allocation. A larger one has its size
 * checked on the open descriptor, so a file is never read past the limit.
 */
export function loadFileSync(abs: string, path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Loaded {
  let fd: number;
  try {
    fd = openSync(abs, 'r');
  } catch (e) {
    return { ok: false, reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    // A read that comes back short has reached the end of the file.
    const n = readSync(fd, SCRATCH, 0, Math.min(SCRATCH.length, maxBytes + 1), 0);
    if (n < SCRATCH.length && n <= maxBytes) return decode(SCRATCH.subarray(0, n), path);
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

/**
 * A small file's bytes, read whole in one call within `maxBytes` (a copy a caller may keep),
 * or undefined when it cannot be (a read error, larger than the scratch buffer or the
 * limit): loadFileSync() then reads it and says why. No decoding: a caller can look at the
 * bytes before paying for text.
 */
export function readSmallFileSync(abs: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(abs, 'r');
  } catch {
    return undefined;
  }
  try {
    const n = readSync(fd, SCRATCH, 0, Math.min(SCRATCH.length, maxBytes + 1), 0);
    return n < SCRATCH.length && n <= maxBytes ? Buffer.from(SCRATCH.subarray(0, n)) : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Reused by every read (decode() copies the text out before the next one). */
const SCRATCH = Buffer.allocUnsafe(64 * 1024);

/**
 * Text from bytes: a UTF-8 BOM is dropped; UTF-16, binary (a NUL byte) and invalid UTF-8
 * are refused, like Terraform ("Invalid character encoding"), rather than linted as
 * U+FFFD replacement characters: the file is reported at the first bad byte.
 */
export function decode(buf: Uint8Array, path: string): Loaded {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))
    return { ok: false, reason: 'UTF-16 encoded; all input files must be UTF-8' };
  if (buf.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary file' };
  const bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const text = bytes.toString('utf8', bom);
  if (!isUtf8(bytes)) {
    const bad = firstInvalidUtf8(bytes);
    const source = new SourceFile(path, text);
    const offset = bytes.toString('utf8', bom, bad).length;
    const hex = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      reason: `invalid character encoding (byte 0x${hex} is not UTF-8); all input files must be UTF-8`,
      at: { source, offset },
    };
  }
  return { ok: true, source: new SourceFile(path, text) };
}

/**
 * The text decode() gives for bytes it accepts, without the line index of a SourceFile (a
 * reader that scans each file once, like the unit planner); undefined when it refuses them.
 */
export function decodedText(buf: Uint8Array): string | undefined {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) return undefined;
  if (buf.subarray(0, 8192).includes(0)) return undefined;
  const bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (!isUtf8(bytes)) return undefined;
  return bytes.toString('utf8', bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
}

/** Index of the first byte that does not start a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n: number;
    let min: number;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) [n, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [n, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (x & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}
