// A strict JSON parser that keeps the offsets of every value and key (JSON.parse
// keeps none). Never throws: the first syntax error stops the scan and is returned
// with its position, together with whatever was parsed before it.

export interface JsonBase {
  /** Offsets of the value in the text; for strings, including the quotes. */
  start: number;
  end: number;
}

export interface JsonMember {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: JsonValue;
}

export type JsonValue =
  | (JsonBase & { kind: 'object'; members: JsonMember[] })
  | (JsonBase & { kind: 'array'; items: JsonValue[] })
  | (JsonBase & { kind: 'string'; value: string })
  | (JsonBase & { kind: 'number'; value: number })
  | (JsonBase & { kind: 'bool'; value: boolean })
  | (JsonBase & { kind: 'null' });

export interface JsonError {
  message: string;
  start: number;
  end: number;
}

export const MAX_JSON_DEPTH = 256;

class Stop extends Error {}

export function scanJson(text: string): { root: JsonValue | null; error: JsonError | null } {
  const s = new Scanner(text);
  let root: JsonValue | null = null;
  try {
    s.ws();
    root = s.value(0);
    s.ws();
    if (s.p < text.length) s.fail('unexpected text after the JSON value', s.p, s.p + 1);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  if (s.error && s.partial) dropUnfinished(s.partial);
  return { root: root ?? s.partial, error: s.error };
}

/** After a failed scan, removes members and items whose value was never produced. */
function dropUnfinished(v: JsonValue): void {
  if (v.kind === 'object') {
    v.members = v.members.filter((m) => m.value !== undefined);
    for (const m of v.members) dropUnfinished(m.value);
  } else if (v.kind === 'array') {
    v.items = v.items.filter((i) => i !== undefined);
    for (const i of v.items) dropUnfinished(i);
  }
}

/** Links a container into its parent as soon as it opens, so a failed scan keeps it. */
type Attach = ((v: JsonValue) => void) | null;

const ESC: Record<number, string> = {
  34: '"',
  92: '\\',
  47: '/',
  98: '\b',
  102: '\f',
  110: '\n',
  114: '\r',
  116: '\t',
};

/** Decodes a JSON string literal at `start` (the opening quote). `map[i]` is the offset of decoded char i. */
export function decodeJsonString(text: string, start: number, end: number): { value: string; map: number[] } {
  let value = '';
  const map: number[] = [];
  let p = start + 1;
  const stop = end - 1;
  while (p < stop) {
    const c = text.charCodeAt(p);
    if (c === 92) {
      const n = text.charCodeAt(p + 1);
      if (n === 117) {
        value += String.fromCharCode(parseInt(text.slice(p + 2, p + 6), 16) || 0);
        map.push(p);
        p += 6;
      } else {
        value += ESC[n] ?? '';
        map.push(p);
        p += 2;
      }
    } else {
      value += text[p];
      map.push(p);
      p++;
    }
  }
  map.push(Math.min(p, stop));
  return { value, map };
}

class Scanner {
  p = 0;
  error: JsonError | null = null;
  /** The outermost container, kept so a failed scan still returns what it saw. */
  partial: JsonValue | null = null;

  constructor(private readonly text: string) {}

  fail(message: string, start: number, end: number): never {
    this.error = { message, start, end: Math.min(Math.max(end, start), this.text.length) };
    throw new Stop();
  }

  ws(): void {
    const t = this.text;
    for (;;) {
      const c = t.charCodeAt(this.p);
      if (c === 32 || c === 10 || c === 13 || c === 9 || (c === 0xfeff && this.p === 0)) this.p++;
      else return;
    }
  }

  private describe(): string {
    if (this.p >= this.text.length) return 'end of file';
    return `'${this.text[this.p]}'`;
  }

  /** Set by a container just before it scans a child value. */
  private attach: Attach = null;

  value(depth: number): JsonValue {
    const attach = this.attach;
    this.attach = null;
    if (depth > MAX_JSON_DEPTH) this.fail(`JSON is nested more than ${MAX_JSON_DEPTH} levels deep`, this.p, this.p + 1);
    const t = this.text;
    const c = t.charCodeAt(this.p);
    const start = this.p;
    switch (c) {
      case 123:
        return this.object(depth, attach);
      case 91:
        return this.array(depth, attach);
      case 34: {
        const end = this.string();
        return { kind: 'string', value: decodeJsonString(t, start, end).value, start, end };
      }
      case 116:
      case 102:
      case 110: {
        for (const [word, v] of [
          ['true', true],
          ['false', false],
          ['null', null],
        ] as const) {
          if (t.startsWith(word, start)) {
            this.p += word.length;
            return v === null ? { kind: 'null', start, end: this.p } : { kind: 'bool', value: v, start, end: this.p };
          }
        }
        break;
      }
      default:
        if (c === 45 || (c >= 48 && c <= 57)) return this.number();
    }
    return this.fail(`expected a JSON value, found ${this.describe()}`, start, start + 1);
  }

  private number(): JsonValue {
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = this.p;
    const r = m.exec(this.text);
    if (!r || r[0] === '-') this.fail('invalid number', this.p, this.p + 1);
    const start = this.p;
    this.p += r[0].length;
    return { kind: 'number', value: Number(r[0]), start, end: this.p };
  }

  /** Scans a string at the current quote; returns the offset after the closing quote. */
  private string(): number {
    const t = this.text;
    const start = this.p;
    let p = start + 1;
    for (;;) {
      if (p >= t.length) this.fail('unterminated string', start, p);
      const c = t.charCodeAt(p);
      if (c === 34) break;
      if (c < 32) this.fail('control character in string: escape it (for example \\n)', p, p + 1);
      if (c === 92) {
        const n = t.charCodeAt(p + 1);
        if (n === 117) {
          if (!/^[0-9a-fA-F]{4}$/.test(t.slice(p + 2, p + 6)))
            this.fail("invalid escape: '\\u' needs 4 hex digits", p, p + 6);
          p += 6;
          continue;
        }
        if (ESC[n] === undefined) this.fail(`invalid escape sequence '\\${t[p + 1] ?? ''}' in string`, p, p + 2);
        p += 2;
        continue;
      }
      p++;
    }
    this.p = p + 1;
    return this.p;
  }

  private object(depth: number, attach: Attach): JsonValue {
    const t = this.text;
    const node: JsonValue = { kind: 'object', members: [], start: this.p, end: this.p };
    this.partial ??= node;
    attach?.(node);
    this.p++;
    this.ws();
    if (t.charCodeAt(this.p) === 125) {
      this.p++;
      node.end = this.p;
      return node;
    }
    for (;;) {
      this.ws();
      if (t.charCodeAt(this.p) !== 34)
        this.fail(`expected a string key in the object, found ${this.describe()}`, this.p, this.p + 1);
      const keyStart = this.p;
      const keyEnd = this.string();
      this.ws();
      if (t.charCodeAt(this.p) !== 58)
        this.fail(`expected ':' after the object key, found ${this.describe()}`, this.p, this.p + 1);
      this.p++;
      this.ws();
      const member = { key: decodeJsonString(t, keyStart, keyEnd).value, keyStart, keyEnd } as JsonMember;
      node.members.push(member);
      this.attach = (v) => (member.value = v);
      member.value = this.value(depth + 1);
      this.ws();
      const c = t.charCodeAt(this.p);
      if (c === 44) {
        this.p++;
        continue;
      }
      if (c === 125) {
        this.p++;
        node.end = this.p;
        return node;
      }
      this.fail(`expected ',' or '}' after the object member, found ${this.describe()}`, this.p, this.p + 1);
    }
  }

  private array(depth: number, attach: Attach): JsonValue {
    const t = this.text;
    const node: JsonValue = { kind: 'array', items: [], start: this.p, end: this.p };
    this.partial ??= node;
    attach?.(node);
    this.p++;
    this.ws();
    if (t.charCodeAt(this.p) === 93) {
      this.p++;
      node.end = this.p;
      return node;
    }
    for (;;) {
      this.ws();
      const i = node.items.length;
      node.items.push(undefined as unknown as JsonValue);
      this.attach = (v) => (node.items[i] = v);
      node.items[i] = this.value(depth + 1);
      this.ws();
      const c = t.charCodeAt(this.p);
      if (c === 44) {
        this.p++;
        continue;
      }
      if (c === 93) {
        this.p++;
        node.end = this.p;
        return node;
      }
      this.fail(`expected ',' or ']' after the array element, found ${this.describe()}`, this.p, this.p + 1);
    }
  }
}
