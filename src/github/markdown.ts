// Escaping for untrusted strings (file names, messages quoting PR content, resource names)
// before they go into GitHub-flavoured markdown: no HTML, no links, no @mentions, no
// table breakage, no fake markers.

// Inline markup only: the text never starts a line (it follows a label or sits in a cell),
// and with [ ] escaped no link or image can form.
const SPECIAL = /[\\`*_[\]|~]/g;

/** Text that renders literally in a markdown paragraph or a table cell. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(/@/g, '@\u200b')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\u200b.`);
}

/** An inline code span that holds any text (a fence longer than its longest backtick run). */
export function inlineCode(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ').replace(/\|/g, '¦');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A fenced block (```info) whose fence cannot be closed by the content. */
export function fencedBlock(info: string, content: string): string {
  const longest = Math.max(0, ...(content.match(/^ {0,3}`{3,}/gm) ?? []).map((run) => run.trim().length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const body = content === '' || content.endsWith('\n') ? content : `${content}\n`;
  return `${fence}${info}\n${body}${fence}`;
}

/**
 * Cuts text to at most `maxBytes` UTF-8 bytes (GitHub's limits: 65,536 characters for a
 * comment, 1 MiB for a step summary), on a line boundary when possible, ending with `note`.
 */
export function truncateMarkdown(text: string, maxBytes: number, note: string): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const room = Math.max(0, maxBytes - Buffer.byteLength(note, 'utf8') - 2);
  // Decoding a byte prefix may end in a partial character: drop it.
  let head = Buffer.from(text, 'utf8')
    .subarray(0, room)
    .toString('utf8')
    .replace(/\uFFFD+$/, '');
  const cut = head.lastIndexOf('\n');
  if (cut >= head.length / 2) head = head.slice(0, cut);
  return `${head}\n\n${note}`;
}
