// Terraform JSON syntax: structure, positions, templates inside strings, errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '@cdktf/hcl2json';
import { SourceFile } from '../../../src/parse/source.js';
import { parseTfJson } from '../../../src/parse/hcl/json.js';
import { exprText } from '../../../src/parse/hcl/parser.js';
import { REPO_DIR } from '../../support/shared.js';
import { lc, show } from './show.js';
import { toHcl2Json } from './to-hcl2json.js';

const parseJson = (text: string, path = 't.tf.json') => {
  const file = new SourceFile(path, text);
  return { file, hcl: parseTfJson(file) };
};

describe('a .tf.json file means the same as its native twin', () => {
  it('renders like hcl2json renders main.tf', async () => {
    const dir = join(REPO_DIR, 'fixtures', 'hcl', 'json');
    const { file, hcl } = parseJson(readFileSync(join(dir, 'main.tf.json'), 'utf8'), 'main.tf.json');
    expect(hcl.diagnostics).toEqual([]);
    const native = await parse('main.tf', readFileSync(join(dir, 'main.tf'), 'utf8'));
    expect(JSON.parse(JSON.stringify(toHcl2Json(file, hcl, true)))).toEqual(native);
  });
});

describe('structure', () => {
  const text = [
    '{',
    '  "resource": { "aws_s3_bucket": { "b": {',
    '    "bucket": "x",',
    '    "versioning": { "enabled": true },',
    '    "//": "ignored"',
    '  } } },',
    '  "locals": [ { "a": 1 }, { "b": 2 } ]',
    '}',
  ].join('\n');
  const { hcl } = parseJson(text);

  it('makes resource blocks with labels from the nested keys', () => {
    expect(hcl.diagnostics).toEqual([]);
    const [res, l1, l2] = hcl.body.blocks;
    expect(res.type).toBe('resource');
    expect(lc(res.typeRange)).toBe('2:3-2:13');
    expect(res.labels.map((l) => [l.value, lc(l.range)])).toEqual([
      ['aws_s3_bucket', '2:17-2:32'],
      ['b', '2:36-2:39'],
    ]);
    expect(lc(res.openBraceRange)).toBe('2:41-2:42');
    expect(lc(res.closeBraceRange)).toBe('6:3-6:4');
    expect(lc(res.range)).toBe('2:3-6:4');
    expect([l1.type, l2.type]).toEqual(['locals', 'locals']);
    expect(l2.body.attributes[0].name).toBe('b');
  });

  it('keeps unknown nested objects as attributes holding objects, and drops "//" keys', () => {
    const body = hcl.body.blocks[0].body;
    expect(body.blocks).toEqual([]);
    expect(body.attributes.map((a) => a.name)).toEqual(['bucket', 'versioning']);
    const v = body.attributes[1];
    expect(lc(v.nameRange)).toBe('4:5-4:17');
    expect(show(v.expr)).toBe('{"enabled"@83-92=true@94-98@83-98}@81-100');
  });

  it('reads .tfvars.json as attributes only', () => {
    const { hcl: vars } = parseJson('{ "resource": "x", "n": 1 }', 'prod.tfvars.json');
    expect(vars.body.blocks).toEqual([]);
    expect(vars.body.attributes.map((a) => a.name)).toEqual(['resource', 'n']);
  });
});

describe('templates in strings', () => {
  it('parses interpolations with positions inside the JSON string', () => {
    const { file, hcl } = parseJson('{"locals": {"a": "x-${var.name}-y"}}');
    const e = hcl.body.blocks[0].body.attributes[0].expr;
    expect(show(e)).toBe('tmpl("x-"@18-20 var@22-25.name@25-30@22-30 "-y"@31-33)@17-34');
    if (e.kind !== 'Template') return;
    expect(exprText(file, e.parts[1] as never)).toBe('var.name');
  });

  it('maps positions across JSON escapes', () => {
    const { file, hcl } = parseJson('{"locals": {"a": "\\"q\\" ${f(\\"s\\")}"}}');
    const e = hcl.body.blocks[0].body.attributes[0].expr;
    expect(e.kind).toBe('Template');
    if (e.kind !== 'Template') return;
    expect(e.parts[0]).toMatchObject({ kind: 'TemplateLiteral', value: '"q" ' });
    const call = e.parts[1];
    expect(call).toMatchObject({ kind: 'FunctionCall', name: 'f', args: [{ kind: 'LiteralValue', value: 's' }] });
    expect(exprText(file, call as never)).toBe('f(\\"s\\")');
  });

  it('makes a lone interpolation a TemplateWrap and a plain string a literal', () => {
    const { hcl } = parseJson('{"locals": {"a": "${1 + 2}", "b": "plain $${x}"}}');
    const [a, b] = hcl.body.blocks[0].body.attributes;
    expect(a.expr.kind).toBe('TemplateWrap');
    expect(b.expr).toMatchObject({ kind: 'LiteralValue', value: 'plain ${x}' });
  });

  it('reports an error inside an interpolation at its JSON position', () => {
    const { hcl } = parseJson('{"locals": {"a": "${var.}"}}');
    expect(hcl.diagnostics.map((d) => [lc(d.range), d.message])).toEqual([
      ['1:25-1:26', "expected an attribute name after '.', found '}'"],
    ]);
  });
});

describe('meta-arguments that are references', () => {
  it('parses depends_on strings as traversals with positions in the string', () => {
    const { hcl } = parseJson('{"resource": {"t": {"n": {"depends_on": ["aws_x.y"], "type": "plain"}}}}');
    const [dependsOn, type] = hcl.body.blocks[0].body.attributes;
    expect(show(dependsOn.expr)).toBe('[aws_x@42-47.y@47-49@42-49]@40-51');
    expect(type.expr).toMatchObject({ kind: 'LiteralValue', value: 'plain' });
  });

  it('parses a variable type as an expression', () => {
    const { hcl } = parseJson('{"variable": {"v": {"type": "map(string)"}}}');
    expect(hcl.body.blocks[0].body.attributes[0].expr).toMatchObject({ kind: 'FunctionCall', name: 'map' });
  });

  it('reports a malformed reference at its position', () => {
    const { hcl } = parseJson('{"module": {"m": {"depends_on": ["a b"]}}}');
    expect(hcl.diagnostics.map((d) => [lc(d.range), d.message])).toEqual([
      ['1:37-1:38', "expected the end of the expression, found 'b'"],
    ]);
  });
});

describe('JSON syntax errors', () => {
  it.each([
    ['{"a": 1,}', '1:9-1:10', "expected a string key in the object, found '}'"],
    ['{"a" 1}', '1:6-1:7', "expected ':' after the object key, found '1'"],
    ['{"a": tru}', '1:7-1:8', "expected a JSON value, found 't'"],
    ['{"a": "x\ny"}', '1:9-2:1', 'control character in string: escape it (for example \\n)'],
    ['{"a": "\\q"}', '1:8-1:10', "invalid escape sequence '\\q' in string"],
    ['{"a": [1, 2}', '1:12-1:13', "expected ',' or ']' after the array element, found '}'"],
    ['{"a": 1} x', '1:10-1:11', 'unexpected text after the JSON value'],
    ['', '1:1-1:1', 'expected a JSON value, found end of file'],
    ['[]', '1:1-1:3', 'a Terraform JSON file must hold an object at the top level'],
    [
      '{"resource": {"t": "x"}}',
      '1:20-1:23',
      '"resource" must be an object keyed by block label in Terraform JSON, found string',
    ],
  ])('%j', (text, range, message) => {
    const { hcl } = parseJson(text);
    expect(hcl.diagnostics.map((d) => [lc(d.range), d.message])).toEqual([[range, message]]);
  });

  it('keeps what came before an error', () => {
    const { hcl } = parseJson('{"variable": {"a": {}}, "locals": {"x": 1,');
    expect(hcl.body.blocks.map((b) => b.type)).toEqual(['variable', 'locals']);
    expect(hcl.body.blocks[1].body.attributes.map((a) => a.name)).toEqual(['x']);
  });

  it('limits nesting depth', () => {
    const { hcl } = parseJson('{"locals": {"a": ' + '['.repeat(10_000) + ']'.repeat(10_000) + '}}');
    expect(hcl.diagnostics[0].message).toBe('JSON is nested more than 256 levels deep');
  });

  it('never throws on random input', () => {
    let seed = 99;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const alphabet = '{}[]":,\\u0 tfn1-.e${}%{}//\n';
    const base = readFileSync(join(REPO_DIR, 'fixtures', 'hcl', 'json', 'main.tf.json'), 'utf8');
    for (let i = 0; i < 400; i++) {
      const chars = [...base.slice(0, Math.floor(next() * base.length))];
      for (let k = 0; k < 4; k++)
        chars[Math.floor(next() * chars.length)] = alphabet[Math.floor(next() * alphabet.length)];
      expect(() => parseJson(chars.join(''))).not.toThrow();
    }
  });
});
