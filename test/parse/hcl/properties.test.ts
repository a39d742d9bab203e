// Property tests for the parser's fast paths, each against an independent reference
// written here: binary operators (parsed by precedence climbing) against HCL's six
// precedence levels as plain recursive descent, and quoted strings without
// interpolation (read without building template pieces) against a direct decoder.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Expr } from '../../../src/parse/hcl/ast.js';
import { parseHcl } from '../../../src/parse/hcl/parser.js';
import { SourceFile } from '../../../src/parse/source.js';
import { show } from './show.js';

function parseExpr(src: string): { expr: Expr; messages: string[] } {
  const f = parseHcl(new SourceFile('t.tf', `x = ${src}\n`));
  return { expr: f.body.attributes[0].expr, messages: f.diagnostics.map((d) => d.message) };
}

const LEVELS = [['||'], ['&&'], ['==', '!='], ['<', '>', '<=', '>='], ['+', '-'], ['*', '/', '%']];

/** Operands and operators alternating, fully parenthesised by one recursive function per level. */
function reference(operands: string[], ops: string[]): string {
  let i = 0;
  const level = (l: number): string => {
    if (l === LEVELS.length) return operands[i];
    let left = level(l + 1);
    while (i < ops.length && LEVELS[l].includes(ops[i])) {
      const op = ops[i++];
      left = `(${left} ${op} ${level(l + 1)})`;
    }
    return left;
  };
  return level(0);
}

/** The tree's shape with the same parenthesisation, ignoring offsets. */
function shape(e: Expr): string {
  if (e.kind === 'BinaryOp') return `(${shape(e.left)} ${e.op} ${shape(e.right)})`;
  if (e.kind === 'UnaryOp') return `${e.op}${shape(e.operand)}`;
  if (e.kind === 'ScopeTraversal') return e.root;
  if (e.kind === 'LiteralValue') return String(e.value);
  return e.kind;
}

describe('binary operators', () => {
  const operand = fc.constantFrom('a', 'b', '1', '2', '-c', '!d');
  const op = fc.constantFrom(...LEVELS.flat());
  it('nest as HCL precedence levels, left-associative, with ranges from left to right operand', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(op, operand), { maxLength: 12 }), operand, (rest, first) => {
        const operands = [first, ...rest.map(([, o]) => o)];
        const ops = rest.map(([o]) => o);
        const src = operands.map((o, k) => (k === 0 ? o : ` ${ops[k - 1]} ${o}`)).join('');
        const { expr, messages } = parseExpr(src);
        expect(messages).toEqual([]);
        expect(shape(expr)).toBe(reference(operands, ops));
        expect([expr.range.start.offset, expr.range.end.offset]).toEqual([4, 4 + src.length]);
      }),
      { seed: 15, numRuns: 400 },
    );
  });
});

describe('quoted strings', () => {
  const piece = fc.constantFrom(
    'a',
    ' ',
    '$',
    '%',
    '{',
    '}',
    '~',
    '#',
    '\t',
    '\r',
    'é',
    '😀',
    '$${',
    '%%{',
    '\\n',
    '\\"',
    '\\\\',
    '\\t',
    '\\u00e9',
  );

  /** The value HCL gives the content of a quoted string, or null when it holds `${` or `%{`. */
  function decode(content: string): string | null {
    const esc: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };
    let out = '';
    for (let p = 0; p < content.length;) {
      const c = content[p];
      if (c === '\\') {
        if (content[p + 1] === 'u') {
          out += String.fromCodePoint(parseInt(content.slice(p + 2, p + 6), 16));
          p += 6;
        } else {
          out += esc[content[p + 1]];
          p += 2;
        }
      } else if ((c === '$' || c === '%') && content[p + 1] === c && content[p + 2] === '{') {
        out += c + '{';
        p += 3;
      } else if ((c === '$' || c === '%') && content[p + 1] === '{') {
        return null;
      } else {
        out += c;
        p++;
      }
    }
    return out;
  }

  it('without interpolation are one literal spanning the quotes', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const content = pieces.join('');
        const value = decode(content);
        fc.pre(value !== null);
        const { expr, messages } = parseExpr(`"${content}"`);
        expect(messages).toEqual([]);
        expect(show(expr)).toBe(`${JSON.stringify(value)}@4-${4 + content.length + 2}`);
      }),
      { seed: 15, numRuns: 600 },
    );
  });

  it('an unterminated one is reported the same with or without escapes', () => {
    for (const content of ['abc', 'a\\nb', 'a $${ b']) {
      const { messages } = parseExpr(`"${content}`);
      expect(messages).toEqual([
        'unterminated string: a quoted string cannot contain a line break (use a heredoc or "\\n")',
      ]);
    }
  });
});
