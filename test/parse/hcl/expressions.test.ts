// Table-driven tests of every expression form: tree shape and exact offsets (see
// show.ts for the notation). Each source is parsed as `x = <source>\n`, so the
// expression starts at offset 4.
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../../src/parse/source.js';
import { parseHcl } from '../../../src/parse/hcl/parser.js';
import type { Expr } from '../../../src/parse/hcl/ast.js';
import { lc, show } from './show.js';

function parseExpr(src: string): { expr: Expr; messages: string[] } {
  const f = parseHcl(new SourceFile('t.tf', `x = ${src}\n`));
  return { expr: f.body.attributes[0].expr, messages: f.diagnostics.map((d) => d.message) };
}

const CASES: [string, string][] = [
  ['42', '42@4-6'],
  ['1.5e3', '1500@4-9'],
  ['true', 'true@4-8'],
  ['null', 'null@4-8'],
  ['"plain"', '"plain"@4-11'],
  ['""', '""@4-6'],
  ['"a\\tb\\u00e9\\U0001F600"', '"a\\tbé😀"@4-26'],
  ['"$${x}%%{y}"', '"${x}%{y}"@4-16'],
  ['"${var.a}"', 'wrap(var@7-10.a@10-12@7-12)@4-14'],
  ['"a-${var.b}-c"', 'tmpl("a-"@5-7 var@9-12.b@12-14@9-14 "-c"@15-17)@4-18'],
  ['"a ${~ x ~} b"', 'tmpl("a"@5-7 x@11-12@11-12 "b"@15-17)@4-18'],
  ['"%{if c}y%{else}n%{endif}"', 'tmpl(if(c@10-11@10-11 tmpl("y"@12-13)@12-13 tmpl("n"@20-21)@20-21)@5-29)@4-30'],
  ['"%{for k, v in m}${k}%{endfor}"', 'tmpl(tfor(k,v m@19-20@19-20 tmpl(k@23-24@23-24)@21-25)@5-34)@4-35'],
  ['[1, "two", x]', '[1@5-6 "two"@8-13 x@15-16@15-16]@4-17'],
  ['[\n  1,\n  2,\n]', '[1@8-9 2@13-14]@4-17'],
  [
    '{ a = 1, "b" = 2, c: 3, (k) = 4 }',
    '{bare:"a"@6-7=1@10-11@6-11 "b"@13-16=2@19-20@13-20 bare:"c"@22-23=3@25-26@22-26 paren(k@29-30@29-30)@28-31=4@34-35@28-35}@4-37',
  ],
  ['{\n  a = 1\n  b = 2\n}', '{bare:"a"@8-9=1@12-13@8-13 bare:"b"@16-17=2@20-21@16-21}@4-23'],
  ['1 + 2 * 3', '(1@4-5 + (2@8-9 * 3@12-13)@8-13)@4-13'],
  ['1 - 2 - 3', '((1@4-5 - 2@8-9)@4-9 - 3@12-13)@4-13'],
  ['a || b && c', '(a@4-5@4-5 || (b@9-10@9-10 && c@14-15@14-15)@9-15)@4-15'],
  ['a == b != c', '((a@4-5@4-5 == b@9-10@9-10)@4-10 != c@14-15@14-15)@4-15'],
  ['a < b + 1', '(a@4-5@4-5 < (b@8-9@8-9 + 1@12-13)@8-13)@4-13'],
  ['!a', '(!a@5-6@5-6)@4-6'],
  ['-1', '(-1@5-6)@4-6'],
  ['- -x', '(-(-x@7-8@7-8)@6-8)@4-8'],
  ['a ? b : c ? d : e', 'cond(a@4-5@4-5 b@8-9@8-9 cond(c@12-13@12-13 d@16-17@16-17 e@20-21@20-21)@12-21)@4-21'],
  ['(1 + 2) * 3', '(paren((1@5-6 + 2@9-10)@5-10)@4-11 * 3@14-15)@4-15'],
  ['f(1, 2)', 'f@4-5(1@6-7 2@9-10)@4-11'],
  ['f()', 'f@4-5()@4-7'],
  ['f(x...)', 'f@4-5(x@6-7@6-7...)@4-11'],
  ['provider::aws::arn_parse(a)', 'provider::aws::arn_parse@4-28(a@29-30@29-30)@4-31'],
  ['f(\n  1,\n  2,\n)', 'f@4-5(1@9-10 2@14-15)@4-18'],
  ['var.a.b', 'var@4-7.a@7-9.b@9-11@4-11'],
  ['var.a[0]', 'var@4-7.a@7-9[0]@9-12@4-12'],
  ['var.a["k"]', 'var@4-7.a@7-9["k"]@9-14@4-14'],
  ['var.a.0.b', 'var@4-7.a@7-9[0]@9-11.b@11-13@4-13'],
  ['var.a[var.i]', 'index(var@4-7.a@7-9@4-9 var@10-13.i@13-15@10-15)@4-16'],
  ['var.a[var.i].b', 'rel(index(var@4-7.a@7-9@4-9 var@10-13.i@13-15@10-15)@4-16.b@16-18)@4-18'],
  ['f()[0].x', 'rel(f@4-5()@4-7[0]@7-10.x@10-12)@4-12'],
  ['(a).b', 'rel(paren(a@5-6@5-6)@4-7.b@7-9)@4-9'],
  ['a[*].b', 'splat[](a@4-5@4-5 rel(anon@5-8.b@8-10)@8-10)@4-10'],
  ['a[*]', 'splat[](a@4-5@4-5 anon@5-8)@4-8'],
  ['a[*].b[0]', 'splat[](a@4-5@4-5 rel(anon@5-8.b@8-10[0]@10-13)@8-13)@4-13'],
  ['a.*.b', 'splat.(a@4-5@4-5 rel(anon@5-7.b@7-9)@7-9)@4-9'],
  ['a.*.b[0]', 'rel(splat.(a@4-5@4-5 rel(anon@5-7.b@7-9)@7-9)@4-9[0]@9-12)@4-12'],
  ['a[*].b[*].c', 'splat[](splat[](a@4-5@4-5 rel(anon@5-8.b@8-10)@8-10)@4-10 rel(anon@10-13.c@13-15)@13-15)@4-15'],
  ['a[*][i]', 'index(splat[](a@4-5@4-5 anon@5-8)@4-8 i@9-10@9-10)@4-11'],
  ['[for x in l : x]', 'for(x l@14-15@14-15 x@18-19@18-19)@4-20'],
  ['[for i, x in l : x if x != ""]', 'for(i,x l@17-18@17-18 x@21-22@21-22 if (x@26-27@26-27 != ""@31-33)@26-33)@4-34'],
  ['{for k, v in m : k => v}', 'for(k,v m@17-18@17-18 k@21-22@21-22 => v@26-27@26-27)@4-28'],
  ['{for x in l : x.k => x...}', 'for(x l@14-15@14-15 x@18-19.k@19-21@18-21 => x@25-26@25-26...)@4-30'],
  ['{\n  for k, v in m :\n  k => v\n}', 'for(k,v m@20-21@20-21 k@26-27@26-27 => v@31-32@31-32)@4-34'],
  ['<<EOT\nhello ${x}\nEOT', 'tmpl("hello "@10-16 x@18-19@18-19 "\\n"@20-21)@4-24'],
  ['<<-EOT\n    a\n      b\n  EOT', '"a\\n  b\\n"@4-30'],
  ['<<EOT\nplain\nEOT', '"plain\\n"@4-19'],
];

describe('expressions', () => {
  it.each(CASES)('%s', (src, expected) => {
    const { expr, messages } = parseExpr(src);
    expect(messages).toEqual([]);
    expect(show(expr)).toBe(expected);
  });
});

describe('expression positions in lines and columns', () => {
  it('places a multi-line object and its items', () => {
    const { expr } = parseExpr('{\n  alpha = "a"\n  beta  = [1,\n    2]\n}');
    expect(expr.kind).toBe('ObjectCons');
    if (expr.kind !== 'ObjectCons') return;
    expect(lc(expr.range)).toBe('1:5-5:2');
    expect(lc(expr.items[0].key.range)).toBe('2:3-2:8');
    expect(lc(expr.items[0].value.range)).toBe('2:11-2:14');
    expect(lc(expr.items[1].range)).toBe('3:3-4:7');
    expect(expr.items[1].value.range.end).toEqual({ line: 4, column: 7, offset: 40 });
  });

  it('places heredoc lines after indentation removal', () => {
    const { expr } = parseExpr('<<-EOT\n    a ${x}\n  EOT');
    expect(expr.kind).toBe('Template');
    if (expr.kind !== 'Template') return;
    expect(expr.heredoc).toEqual({ marker: 'EOT', indented: true });
    expect(lc(expr.range)).toBe('1:5-3:6');
    const [lit, interp, nl] = expr.parts;
    expect(lit).toMatchObject({ kind: 'TemplateLiteral', value: 'a ' });
    expect(lc(lit.range)).toBe('2:5-2:7');
    expect(lc(interp.range)).toBe('2:9-2:10');
    expect(nl).toMatchObject({ kind: 'TemplateLiteral', value: '\n' });
  });

  it('counts columns in UTF-16 code units after astral characters', () => {
    const { expr } = parseExpr('"😀${x}"');
    expect(expr.kind).toBe('Template');
    if (expr.kind !== 'Template') return;
    expect(lc(expr.parts[1].range)).toBe('1:10-1:11');
  });

  it('keeps a heredoc with only literal text as a string literal', () => {
    expect(parseExpr('<<EOT\n  $${a}\nEOT').expr).toMatchObject({ kind: 'LiteralValue', value: '  ${a}\n' });
  });

  it('removes heredoc indentation counting tabs as one character and ignoring blank lines', () => {
    expect(parseExpr('<<-EOT\n\t\ta\n\n\t  b\n  EOT').expr).toMatchObject({ kind: 'LiteralValue', value: 'a\n\n b\n' });
  });
});
