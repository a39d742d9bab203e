import { describe, expect, it } from 'vitest';
import { EMPTY_SCOPE, bindScope, evaluate } from '../../../src/model/terraform/evaluate.js';
import { UNKNOWN, type Value } from '../../../src/model/terraform/value.js';
import { parseExpr } from './helpers.js';

const scope = bindScope(EMPTY_SCOPE, {
  s: 'hello',
  n: 3,
  l: ['a', 'b', 'c'],
  m: { a: 1, b: 2 },
  u: UNKNOWN,
  objs: [
    { name: 'x', port: 80 },
    { name: 'y', port: 443 },
  ],
});

function ev(text: string): Value {
  return evaluate(parseExpr(text), scope);
}

describe('evaluate', () => {
  it.each<[string, Value]>([
    ['1 + 2 * 3', 7],
    ['"1" + 1', 2],
    ['1 == "1"', false],
    ['"a" == "a"', true],
    ['!true || false', false],
    ['-n', -3],
    ['10 % 4', 2],
    ['"${s}-${n}"', 'hello-3'],
    ['"${n}"', 3],
    ['"x%{ if n > 2 }big%{ else }small%{ endif }"', 'xbig'],
    ['"%{ for x in l }${x},%{ endfor }"', 'a,b,c,'],
    ['[for x in l : upper(x) if x != "b"]', ['A', 'C']],
    ['{ for k, v in m : k => v * 10 }', { a: 10, b: 20 }],
    ['{ for x in ["a", "b", "a"] : x => x... }', { a: ['a', 'a'], b: ['b'] }],
    ['objs[*].name', ['x', 'y']],
    ['objs.*.port', [80, 443]],
    ['m["a"]', 1],
    ['l[1]', 'b'],
    ['n > 2 ? "big" : "small"', 'big'],
    ['true ? 1 : "a"', '1'],
    ['u ? "same" : "same"', 'same'],
    ['false && u', false],
    ['true || u', true],
    ['merge(m, { c = 3 })', { a: 1, b: 2, c: 3 }],
    ['lookup(m, "z", 9)', 9],
    ['try(m.z, "fallback")', 'fallback'],
    ['can(m.z)', false],
    ['can(m.a)', true],
    ['format("%05.1f|%-3s|%d", 3.14159, "a", 7)', '003.1|a  |7'],
    ['replace("a-b-c", "/-(\\\\w)/", "_$1")', 'a_b_c'],
    ['jsonencode({ b = [1, true], a = "<x>" })', '{"a":"\\u003cx\\u003e","b":[1,true]}'],
    ['cidrsubnet("10.0.0.0/16", 8, 2)', '10.0.2.0/24'],
    ['length(u)', UNKNOWN],
    ['length([u, 1])', 2],
    ['"${u}"', UNKNOWN],
    ['u ? 1 : 2', UNKNOWN],
    ['u == 1', UNKNOWN],
    ['[for x in u : x]', UNKNOWN],
    ['nosuchfunction(1)', UNKNOWN],
    ['file("x.txt")', UNKNOWN],
    ['undeclared.thing', UNKNOWN],
    ['1 / 0', UNKNOWN],
    ['tonumber("abc")', UNKNOWN],
    ['l[7]', UNKNOWN],
    // Known bounds give a known length over an unknown list; unknown bounds do not.
    ['slice(u, 0, 1)', [UNKNOWN]],
    ['length(slice(u, 1, 3))', 2],
    ['slice(u, 0, n)', [UNKNOWN, UNKNOWN, UNKNOWN]],
    ['slice(u, u, 1)', UNKNOWN],
    ['slice(u, 2, 1)', UNKNOWN],
    ['slice(l, 1, 2)', ['b']],
    ['[element(u, 0)]', [UNKNOWN]],
  ])('%s', (text, expected) => {
    expect(ev(text)).toEqual(expected);
  });

  it('never throws on invalid expressions', () => {
    expect(evaluate({ kind: 'Invalid', range: parseExpr('1').range }, scope)).toBe(UNKNOWN);
  });
});
