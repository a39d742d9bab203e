// Generators for the fast YAML events differential test: Kubernetes-style streams written
// the many ways people and Helm write them, and random mutations of any text. Every choice
// comes from a seeded PRNG, so a seed names one text.

type Rand = () => number;

function prng(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)];
const pad = (n: number) => ' '.repeat(n);

const KEYS = ['apiVersion', 'kind', 'name', 'image', 'app.kubernetes.io/name', 'x-y', 'a b', '1', 'true', 'on', '<<x'];
const QUOTED_KEYS = ["'quoted key'", '"double"', "'it''s'", '"a:b"'];
const PLAIN = [
  'v1',
  'nginx:1.25',
  'ghcr.io/acme/web:1.0',
  '100m',
  '-1',
  '0.5',
  'true',
  'null',
  '~',
  'a b c',
  'a#b',
  'http://x.y/z?q=1',
  'é',
  'ü 😀',
  '--flag=1',
  'x:y',
  '-x',
  '?x',
  '.5',
];
const SINGLE = ["'v'", "''", "'it''s'", "'a # b'", "'a: b'", "'x\ty'", "'é'"];
const DOUBLE = ['"v"', '""', '"x\\ty"', '"\\u00e9\\x41"', '"a\\"b"', '"a # b"', '"\\\\"', '"tab\there"', '"\\/"'];
const FLOW = [
  '[]',
  '{}',
  '[a, b]',
  '{ cpu: 100m, memory: 128Mi }',
  '[a, [b, c]]',
  '{a: [1, 2], b: {c: d}}',
  '[a: b]',
  '{a, b: }',
  '[\'x\', "y"]',
  '[a, b, ]',
  '{ path: /healthz, port: 8080 }',
];

function scalar(r: Rand): string {
  const k = r();
  return k < 0.55 ? pick(r, PLAIN) : k < 0.75 ? pick(r, SINGLE) : pick(r, DOUBLE);
}

function comment(r: Rand): string {
  return pick(r, ['# c', '#', '# a: b', "# it's", '#- x', '## ---']);
}

/** Lines of a block scalar's body at `indent` (with blank and more-indented lines). */
function blockBody(r: Rand, indent: number): string {
  const lines: string[] = [];
  const n = int(r, 4);
  for (let i = 0; i < n; i++) {
    const k = r();
    lines.push(
      k < 0.15
        ? ''
        : k < 0.25 && i > 0
          ? pad(indent + 2) + 'more'
          : k < 0.3
            ? pad(indent) + '# not a comment'
            : pad(indent) + 'line ' + i,
    );
  }
  return lines.map((l) => l + '\n').join('');
}

/** A value after `key:` or `- ` at `indent` (the collection's): inline text and following lines. */
const PROPS = [' &a', ' &base', ' !!str', ' !Ref', ' !<tag:x>', ' &a !!map', ' !!int &n'];

function value(r: Rand, indent: number, depth: number, inSeq: boolean): string {
  const k = r();
  const deeper = depth < 6;
  const tail = () => (r() < 0.15 ? ' ' + comment(r) : r() < 0.05 ? '  ' : '');
  // Anchors and tags before a value, now and then; aliases as values.
  const props = r() < 0.08 ? pick(r, PROPS) : '';
  if (k < 0.45 || !deeper) return props + ' ' + (r() < 0.05 ? pick(r, ['*a', '*base']) : scalar(r)) + tail() + '\n';
  if (k < 0.52) return props + tail() + '\n'; // empty
  if (k < 0.64) {
    const step = pick(r, [2, 2, 4, 1]);
    return props + tail() + '\n' + mapping(r, indent + step, depth + 1);
  }
  if (k < 0.76) {
    // A sequence under a key sits at the key's indent or deeper.
    const at = inSeq ? indent + 2 : pick(r, [indent, indent + 2, indent + 4]);
    return tail() + '\n' + sequence(r, at, depth + 1);
  }
  if (k < 0.84) {
    if (r() < 0.8) return ' ' + pick(r, FLOW) + tail() + '\n';
    return (
      ' [\n' +
      pad(indent + 2) +
      'a,\n' +
      pad(indent + 2) +
      pick(r, ['b', '{c: d}', "'e'"]) +
      '\n' +
      pad(indent + 2) +
      ']\n'
    );
  }
  if (k < 0.93) {
    const header = pick(r, ['|', '|-', '>', '>-', '|+', '>+', '|2', '| # c']);
    return ' ' + header + '\n' + blockBody(r, indent + (header === '|2' ? 2 : pick(r, [2, 2, 4, 1])));
  }
  // A multi-line plain or quoted scalar.
  const cont = pad(indent + pick(r, [1, 2, 4]));
  if (r() < 0.5) return ' first\n' + (r() < 0.3 ? '\n' : '') + cont + 'second\n';
  return ' "first\n' + cont + 'second"\n';
}

function mapping(r: Rand, indent: number, depth: number, compact = false): string {
  let out = '';
  const n = 1 + int(r, 5);
  for (let i = 0; i < n; i++) {
    if (compact && i === 0) {
      // The first key of `- key: v` follows the dash.
    } else if (r() < 0.1) out += pad(int(r, indent + 3)) + comment(r) + '\n';
    if (r() < 0.05 && !(compact && i === 0)) out += '\n';
    const key =
      r() < 0.03 ? pick(r, ['<<', '&k a', '!!str b', '*a']) : r() < 0.9 ? pick(r, KEYS) : pick(r, QUOTED_KEYS);
    out += pad(indent) + key + ':' + value(r, indent, depth, false);
  }
  return out;
}

function sequence(r: Rand, indent: number, depth: number): string {
  let out = '';
  const n = 1 + int(r, 4);
  for (let i = 0; i < n; i++) {
    if (r() < 0.08) out += pad(int(r, indent + 3)) + comment(r) + '\n';
    const k = r();
    if (k < 0.35 && depth < 6) {
      // `- key: v` with further keys under the first.
      const gap = pick(r, [1, 1, 3]);
      const inner = mapping(r, indent + 1 + gap, depth + 1, true);
      out += pad(indent) + '-' + pad(gap) + inner.slice(indent + 1 + gap);
    } else if (k < 0.42 && depth < 6) {
      const inner = sequence(r, indent + 2, depth + 1);
      out += pad(indent) + '- ' + inner.slice(indent + 2);
    } else out += pad(indent) + '-' + value(r, indent, depth, true);
  }
  return out;
}

/** A stream of one to three documents. */
export function documentText(seed: number): string {
  const r = prng(seed);
  let out = r() < 0.3 ? comment(r) + '\n' : '';
  const docs = 1 + int(r, 3);
  for (let d = 0; d < docs; d++) {
    if (d > 0 || r() < 0.3) out += '---' + (r() < 0.2 ? ' ' + comment(r) : '') + '\n';
    const k = r();
    if (k < 0.75) out += mapping(r, 0, 0);
    else if (k < 0.9) out += sequence(r, pick(r, [0, 0, 2]), 0);
    else if (k < 0.95) out += scalar(r) + '\n';
    if (r() < 0.1) out += '...\n';
    if (r() < 0.1) out += comment(r) + '\n';
  }
  return r() < 0.1 ? out.slice(0, -1) : out;
}

const INSERTS = [
  ' ',
  '  ',
  '\t',
  ':',
  ': ',
  '-',
  '- ',
  '#',
  ' #',
  "'",
  '"',
  '|',
  '>',
  '&a ',
  '*a',
  '!',
  '!!str ',
  '---',
  '---\n',
  '...\n',
  '\n',
  '[',
  ']',
  '{',
  '}',
  ',',
  '?',
  '? ',
  '%',
  '\\',
  '\r\n',
  '\r',
  '\uFEFF',
  '\x7f',
  'é',
  '\uD800',
  '@',
  '`',
  '0',
  '|2',
  '\\u00',
];

/** One to three random edits: characters in or out, an indentation shift, CRLF, a BOM, trailing blanks. */
export function mutate(text: string, seed: number): string {
  const r = prng(seed ^ 0x9e3779b9);
  let t = text;
  const edits = 1 + int(r, 3);
  for (let e = 0; e < edits; e++) {
    const k = r();
    const at = int(r, t.length + 1);
    if (k < 0.45) t = t.slice(0, at) + pick(r, INSERTS) + t.slice(at);
    else if (k < 0.65) t = t.slice(0, at) + t.slice(at + 1 + int(r, 3));
    else if (k < 0.8) {
      // Shift one line's indentation by one or two columns either way.
      const ls = t.lastIndexOf('\n', at - 1) + 1;
      if (r() < 0.5) t = t.slice(0, ls) + pad(1 + int(r, 2)) + t.slice(ls);
      else if (t[ls] === ' ') t = t.slice(0, ls) + t.slice(ls + (t[ls + 1] === ' ' && r() < 0.5 ? 2 : 1));
    } else if (k < 0.86) t = t.replace(/\n/g, '\r\n');
    else if (k < 0.9) t = '\uFEFF' + t;
    else if (k < 0.95) t = t.replace(/\n/g, () => (r() < 0.3 ? ' \n' : '\n'));
    else {
      // Swap two lines.
      const lines = t.split('\n');
      const i = int(r, lines.length);
      const j = int(r, lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      t = lines.join('\n');
    }
  }
  return t;
}

const TOKENS = [
  '- ',
  '-',
  'key: ',
  'key:',
  'k: v',
  ': ',
  '? ',
  '[',
  ']',
  '{',
  '}',
  ', ',
  ',',
  'a',
  'a b',
  'x:y',
  "'q'",
  "'it''s",
  "s'",
  '"d"',
  '"multi',
  'line"',
  '"\\t\\u00e9"',
  '|',
  '|-',
  '>',
  '>+2',
  '# c',
  '#',
  '---',
  '...',
  '--- ',
  '- - ',
  '&a ',
  '*a',
  '!t ',
  '%YAML 1.2',
  ' ',
  '  ',
  '\t',
  'é',
  '@',
  '`',
  '\\',
  ':',
  '0x1F',
  '~',
];

/** Lines of random YAML tokens at random indentation: mostly invalid, some valid in odd ways. */
export function tokenSoup(seed: number): string {
  const r = prng(seed ^ 0x5bd1e995);
  const lines = 1 + int(r, 10);
  let out = '';
  for (let i = 0; i < lines; i++) {
    out += pad(int(r, 6));
    const n = 1 + int(r, 4);
    for (let k = 0; k < n; k++) out += pick(r, TOKENS);
    out += r() < 0.05 ? '\r\n' : '\n';
  }
  return r() < 0.2 ? out.trimEnd() : out;
}
