// Fingerprints identify a finding across runs, line moves and unrelated edits: they hash
// what the finding is about — rule, file, resource and what is wrong (the message) —
// never its line. The flagged source text counts only for findings without a resource
// (a parse error, a stale suppression), where nothing else tells two apart. Identical
// ones in a file get an occurrence suffix.

import { hash } from 'node:crypto';

export interface FingerprintInput {
  ruleId: string;
  file: string;
  resource?: string;
  message: string;
  /** The flagged source text, whitespace-normalised. */
  snippet: string;
}

export function fingerprint(input: FingerprintInput): string {
  const text = [
    input.ruleId,
    input.file,
    input.resource ?? '',
    input.message,
    input.resource === undefined ? input.snippet.replace(/\s+/g, ' ').trim() : '',
  ].join('\u0000');
  // The first 32 hex digits. Hex straight from `hash` (a Buffer per finding, allocated
  // outside the heap, cost twice the time), joined into a string of its own: a bare slice
  // would keep the whole 64-character digest alive for as long as the finding lives.
  const hex = hash('sha256', text, 'hex');
  return [hex.slice(0, 16), hex.slice(16, 32)].join('');
}

/**
 * Makes fingerprints unique in order of appearance (`…:2`, `…:3`). Items sorted by file
 * may pass `fileOf`: equal fingerprints hash the same file, so counting restarts at each
 * file instead of holding one entry per finding of the whole run.
 */
export function disambiguate<T extends { fingerprint: string }>(items: T[], fileOf?: (item: T) => string): void {
  const count = new Map<string, number>();
  let file: string | undefined;
  for (const item of items) {
    if (fileOf && fileOf(item) !== file) {
      file = fileOf(item);
      count.clear();
    }
    const n = (count.get(item.fingerprint) ?? 0) + 1;
    count.set(item.fingerprint, n);
    if (n > 1) item.fingerprint = `${item.fingerprint}:${n}`;
  }
}
