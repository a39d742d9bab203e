// Hidden HTML-comment markers that let a re-run recognise what arch-lint posted before:
// each inline comment carries its finding's fingerprint, the summary comment and the
// review body carry their own marker. The instance `name` is part of every marker, so
// several arch-lint jobs can keep their own conversation on one pull request.
//
// A marker counts only on the LAST line of a body, where the Action writes it, and only
// on a comment posted by our own identity (see identity.ts): untrusted text is escaped so
// it never contains `<!--`, and a marker pasted anywhere else is just text.

export const DEFAULT_NAME = 'arch-lint';
/** Instance names: they go into markers and headings, so they are kept to a safe alphabet. */
export const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const FINGERPRINT_CHARS = /[^A-Za-z0-9._:+/=-]/g;
const FIXED_LINE = '<!-- arch-lint:fixed -->';

function scope(name: string): string {
  return name === DEFAULT_NAME ? '' : ` name=${name}`;
}

export function summaryMarker(name: string): string {
  return `<!-- arch-lint:summary${scope(name)} -->`;
}

export function reviewMarker(name: string): string {
  return `<!-- arch-lint:review${scope(name)} -->`;
}

/** Fingerprints are ours, but keep the marker parseable whatever they contain. */
export function safeFingerprint(fingerprint: string): string {
  const cleaned = fingerprint.replace(FINGERPRINT_CHARS, '_').slice(0, 200);
  return cleaned === '' ? '_' : cleaned;
}

export function findingMarker(name: string, fingerprint: string): string {
  return `<!-- arch-lint:finding${scope(name)} fingerprint=${safeFingerprint(fingerprint)} -->`;
}

function lines(body: string | null | undefined): string[] {
  return (body ?? '').replace(/\s+$/, '').split(/\r?\n/);
}

/** The fingerprint in the trailing marker of this instance, if the body ends with one. */
export function fingerprintOf(body: string | null | undefined, name: string): string | undefined {
  const last = lines(body).at(-1) ?? '';
  const prefix = `<!-- arch-lint:finding${scope(name)} fingerprint=`;
  if (!last.startsWith(prefix) || !last.endsWith(' -->')) return undefined;
  const fp = last.slice(prefix.length, -' -->'.length);
  return fp !== '' && fp.length <= 200 && safeFingerprint(fp) === fp ? fp : undefined;
}

/** The body ends with this instance's summary marker. */
export function hasSummaryMarker(body: string | null | undefined, name: string): boolean {
  return lines(body).at(-1) === summaryMarker(name);
}

/** The body ends with this instance's review marker. */
export function hasReviewMarker(body: string | null | undefined, name: string): boolean {
  return lines(body).at(-1) === reviewMarker(name);
}

/** A finding comment we marked fixed: the fixed marker sits right above the trailing marker. */
export function isMarkedFixed(body: string | null | undefined): boolean {
  const all = lines(body);
  return all.length >= 2 && all[all.length - 2] === FIXED_LINE;
}

/**
 * The body of a comment whose finding is gone but which has replies: the original text
 * struck through, its suggestion block dropped (it must not stay applicable), and a note.
 */
export function markFixed(body: string, sha: string): string {
  const all = lines(body);
  const marker = all.pop() ?? '';
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of all) {
    const opener = /^\s*(`{3,})/.exec(line)?.[1];
    if (fence) {
      if (opener && opener.length >= fence.length && line.trim() === opener) fence = undefined;
      continue;
    }
    if (opener) {
      fence = opener;
      continue;
    }
    out.push(line.trim() === '' ? line : `~~${line}~~`);
  }
  const shortSha = /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 12) : 'the latest commit';
  return `${out.join('\n').trimEnd()}\n\n**Fixed in ${shortSha}.**\n${FIXED_LINE}\n${marker}`;
}
