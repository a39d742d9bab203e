// The one place that turns untrusted text (file names, messages quoting the scanned code,
// resource names, suggestion bodies) into GitHub-flavoured markdown, for the CLI's markdown
// report and for every comment and summary the Action writes. Whatever the text holds, it
// renders literally: no HTML, no links, no @mentions, no table breakage, no closed code
// span or fence, and no `<!--`/`-->` (so it can never forge or hide an arch-lint marker).

import type { Severity } from '../findings/finding.js';

/** GitHub refuses comment bodies over 65,536 characters; stay well below, with room for a footer. */
export const COMMENT_LIMIT = 60_000;
/** GitHub's limit for one step's job summary is 1 MiB. */
export const JOB_SUMMARY_LIMIT = 1024 * 1024 - 1024;

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  error: '🔴 error',
  warning: '🟡 warning',
  note: '🔵 note',
};

const ZWSP = '\u200b';
// Inline markup only: the text never starts a line (it follows a label or sits in a cell),
// and with [ ] escaped no link or image can form.
const SPECIAL = /[\\`*_[\]|~#!]/g;

/** Text that renders literally in a paragraph or a table cell; line breaks become `<br>`. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(SPECIAL, (c) => `\\${c}`)
    .replace(/@/g, `@${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}${ZWSP}.`)
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** Breaks `<!--` and `-->` in text that is shown verbatim (code spans), invisibly. */
export function neutraliseComments(text: string): string {
  return text.replace(/<!--/g, `<!${ZWSP}--`).replace(/--(?=>)/g, `-${ZWSP}-`);
}

/** True when text holds an HTML comment delimiter: it cannot go verbatim into a fenced block. */
export function hasCommentDelimiter(text: string): boolean {
  return text.includes('<!--') || text.includes('-->');
}

/** An inline code span (in a paragraph) that holds any text on one line. */
export function inlineCode(text: string): string {
  return codeSpanOf(neutraliseComments(text.replace(/\r\n|\r|\n/g, ' ')));
}

/**
 * A code span for a table cell: GFM splits cells before it parses spans, so `|` is escaped
 * (it renders as `|` inside the span).
 */
export function cellCode(text: string): string {
  return codeSpanOf(neutraliseComments(text.replace(/\r\n|\r|\n/g, ' ')).replace(/\|/g, '\\|'));
}

/** Its fence is longer than the longest backtick run inside, so the content cannot close it. */
function codeSpanOf(flat: string): string {
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 || flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * A fenced block (```info) whose fence cannot be closed by the content. The content is
 * verbatim (a suggestion must apply as written): callers refuse content with comment
 * delimiters (hasCommentDelimiter) instead of changing it.
 */
export function fencedBlock(info: string, content: string): string {
  const longest = Math.max(0, ...(content.match(/^ {0,3}`{3,}/gm) ?? []).map((run) => run.trim().length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const body = content === '' || content.endsWith('\n') ? content : `${content}\n`;
  return `${fence}${info}\n${body}${fence}`;
}

/** Docs links come from our rules; still refuse anything but http(s) and keep parentheses out. */
export function safeUrl(url: string): string {
  return /^https?:\/\/[^\s()<>]+$/.test(url) ? url : 'https://github.com/arch-lint/arch-lint#readme';
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

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
