// Writing a fixed file: to a temporary file beside it, then renamed over it, so a reader
// (or a crash) never sees half a file. The mode is kept, and so are a UTF-8 byte-order
// mark and a symlink (the file it points to is written).

import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { decode } from '../../read/load.js';

/**
 * Replaces the file's text `before` (as linted: without a byte-order mark) with `after`.
 * Returns why it did not, when the file is gone or changed since it was read.
 */
export function writeFixedFile(abs: string, before: string, after: string): string | undefined {
  let real: string;
  let bytes: Buffer;
  try {
    real = realpathSync(abs);
    bytes = readFileSync(real);
  } catch (e) {
    return `cannot be read (${(e as NodeJS.ErrnoException).code ?? e})`;
  }
  const loaded = decode(bytes, abs);
  if (!loaded.ok || loaded.source.text !== before) return 'changed on disk while arch-lint ran';
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\ufeff' : '';
  const mode = statSync(real).mode & 0o7777;
  const temp = join(dirname(real), `.${basename(real)}.${randomBytes(6).toString('hex')}.arch-lint-fix`);
  try {
    writeFileSync(temp, bom + after, { mode, flag: 'wx' });
    chmodSync(temp, mode); // the umask narrows the mode given to writeFileSync
    renameSync(temp, real);
    return undefined;
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // Not created, or already renamed.
    }
    return `cannot be written (${(e as NodeJS.ErrnoException).code ?? e})`;
  }
}

/** The file's text as the linter reads it (no byte-order mark), or undefined when it cannot be read as text. */
export function diskText(abs: string): string | undefined {
  try {
    const loaded = decode(readFileSync(abs), abs);
    return loaded.ok ? loaded.source.text : undefined;
  } catch {
    return undefined;
  }
}
