// Terminal safety and display widths. Source lines and messages are untrusted: a file
// can contain escape sequences that would repaint the user's terminal, so control
// characters are shown as visible symbols, one for one (keeping carets aligned).

/** Replaces control characters (except tab) with Unicode control pictures. */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;

export function visible(text: string): string {
  // Almost every text has none: a test is cheaper than a replace with a callback.
  if (!CONTROL.test(text)) return text;
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0x20) return String.fromCharCode(0x2400 + c);
    if (c === 0x7f) return '\u2421';
    return '\ufffd';
  });
}

/** Terminal cells a code point occupies: 0 for combining marks, 2 for wide East Asian and emoji. */
export function charWidth(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if ((c >= 0x0300 && c <= 0x036f) || (c >= 0x200b && c <= 0x200f) || (c >= 0xfe00 && c <= 0xfe0f)) return 0;
  if (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1f300 && c <= 0x1faff) ||
    (c >= 0x20000 && c <= 0x3fffd)
  )
    return 2;
  return 1;
}

export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

const CODES = { red: 31, yellow: 33, cyan: 36, gray: 90, bold: 1 } as const;
export type Style = keyof typeof CODES;

export type Paint = (style: Style, text: string) => string;

export function painter(color: boolean): Paint {
  return color
    ? (style, text) => `\u001b[${CODES[style]}m${text}\u001b[${style === 'bold' ? 22 : 39}m`
    : (_style, text) => text;
}
