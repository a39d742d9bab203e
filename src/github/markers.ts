// Hidden HTML-comment markers that let a re-run recognise what arch-lint posted before:
// each inline comment carries its finding's fingerprint, the summary comment and the
// review body carry their own marker. Comments by human accounts are never treated as
// ours, even when they contain a marker (a pasted or forged marker must not make us edit,
// delete or skip anything).

export const SUMMARY_MARKER = '<!-- arch-lint:summary -->';
export const REVIEW_MARKER = '<!-- arch-lint:review -->';
const FINDING_MARKER = /<!-- arch-lint:finding fingerprint=([A-Za-z0-9._:+/=-]{1,200}) -->/;
/** Appended (visibly) when a comment's finding is gone but someone replied to it. */
const FIXED_MARKER = '<!-- arch-lint:fixed -->';

export interface Author {
  login?: string;
  type?: string;
}

/** Fingerprints are ours, but keep the marker parseable whatever they contain. */
export function safeFingerprint(fingerprint: string): string {
  const cleaned = fingerprint.replace(/[^A-Za-z0-9._:+/=-]/g, '_').slice(0, 200);
  return cleaned === '' ? '_' : cleaned;
}

export function findingMarker(fingerprint: string): string {
  return `<!-- arch-lint:finding fingerprint=${safeFingerprint(fingerprint)} -->`;
}

export function fingerprintOf(body: string | null | undefined): string | undefined {
  return body ? FINDING_MARKER.exec(body)?.[1] : undefined;
}

/** Bots post with GITHUB_TOKEN or a GitHub App token; humans never count as us. */
export function isBot(user: Author | null | undefined): boolean {
  return user?.type === 'Bot';
}

export function isSummaryComment(comment: { body?: string | null; user?: Author | null }): boolean {
  return isBot(comment.user) && (comment.body ?? '').includes(SUMMARY_MARKER);
}

export function isMarkedFixed(body: string | null | undefined): boolean {
  return (body ?? '').includes(FIXED_MARKER);
}

/**
 * The body of a comment whose finding is gone but which has replies: the original text
 * struck through, its suggestion block dropped (it must not stay applicable), and a note.
 */
export function markFixed(body: string, sha: string): string {
  const marker = FINDING_MARKER.exec(body)?.[0] ?? '';
  const lines: string[] = [];
  let fence: string | undefined;
  for (const line of body.replace(FINDING_MARKER, '').trimEnd().split('\n')) {
    const opener = /^\s*(`{3,})/.exec(line)?.[1];
    if (fence) {
      if (opener && opener.length >= fence.length && line.trim() === opener) fence = undefined;
      continue;
    }
    if (opener) {
      fence = opener;
      continue;
    }
    lines.push(line.trim() === '' ? line : `~~${line}~~`);
  }
  const shortSha = /^[0-9a-f]{7,64}$/i.test(sha) ? sha.slice(0, 12) : 'the latest commit';
  return `${lines.join('\n').trimEnd()}\n\n**Fixed in ${shortSha}.**\n${FIXED_MARKER}\n${marker}`;
}
