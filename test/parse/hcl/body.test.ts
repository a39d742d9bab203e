// Bodies, blocks, attributes and comments: structure and exact ranges.
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../../src/parse/source.js';
import { exprText, parseHcl } from '../../../src/parse/hcl/parser.js';
import { lc } from './show.js';

const parse = (text: string) => {
  const file = new SourceFile('t.tf', text);
  return { file, hcl: parseHcl(file) };
};

describe('blocks', () => {
  const text = [
    'resource "aws_s3_bucket" "logs" {',
    '  bucket = "logs"',
    '',
    '  versioning {',
    '    enabled = true',
    '  }',
    '}',
    'bare label {',
    '}',
    'one "line" { x = 1 }',
    'empty {}',
    '',
  ].join('\n');
  const { hcl } = parse(text);
  const [resource, bare, one, empty] = hcl.body.blocks;

  it('parses without diagnostics', () => {
    expect(hcl.diagnostics).toEqual([]);
    expect(hcl.body.blocks.map((b) => b.type)).toEqual(['resource', 'bare', 'one', 'empty']);
  });

  it('has type, labels and brace ranges', () => {
    expect(lc(resource.typeRange)).toBe('1:1-1:9');
    expect(resource.labels.map((l) => [l.value, lc(l.range)])).toEqual([
      ['aws_s3_bucket', '1:10-1:25'],
      ['logs', '1:26-1:32'],
    ]);
    expect(lc(resource.openBraceRange)).toBe('1:33-1:34');
    expect(lc(resource.closeBraceRange)).toBe('7:1-7:2');
    expect(lc(resource.range)).toBe('1:1-7:2');
    expect(lc(resource.body.range)).toBe('1:33-7:2');
  });

  it('has attributes with name and full ranges', () => {
    const attr = resource.body.attributes[0];
    expect(attr.name).toBe('bucket');
    expect(lc(attr.nameRange)).toBe('2:3-2:9');
    expect(lc(attr.range)).toBe('2:3-2:18');
    expect(attr.expr).toMatchObject({ kind: 'LiteralValue', value: 'logs' });
  });

  it('nests blocks', () => {
    const v = resource.body.blocks[0];
    expect(v.type).toBe('versioning');
    expect(v.labels).toEqual([]);
    expect(lc(v.range)).toBe('4:3-6:4');
    expect(v.body.attributes[0]).toMatchObject({ name: 'enabled', expr: { kind: 'LiteralValue', value: true } });
  });

  it('accepts bare (identifier) labels', () => {
    expect(bare.labels.map((l) => [l.value, lc(l.range), l.range.start.offset])).toEqual([['label', '8:6-8:11', 98]]);
  });

  it('parses one-line blocks', () => {
    expect(one.labels[0].value).toBe('line');
    expect(one.body.attributes.map((a) => a.name)).toEqual(['x']);
    expect(lc(one.range)).toBe('10:1-10:21');
    expect(empty.body.attributes).toEqual([]);
    expect(lc(empty.range)).toBe('11:1-11:9');
  });

  it('gives the file body the whole file as its range', () => {
    expect(hcl.body.range.start.offset).toBe(0);
    expect(hcl.body.range.end.offset).toBe(text.length);
  });
});

describe('comments', () => {
  const text = '# hash\na = 1 // slashes\n/* block\n comment */ b = 2 # arch-lint-ignore x -- why\r\n';
  const { hcl } = parse(text);

  it('collects all three comment forms with ranges, without the line break', () => {
    expect(hcl.comments.map((c) => [c.text, lc(c.range)])).toEqual([
      ['# hash', '1:1-1:7'],
      ['// slashes', '2:7-2:17'],
      ['/* block\n comment */', '3:1-4:12'],
      ['# arch-lint-ignore x -- why', '4:19-4:46'],
    ]);
  });

  it('treats a line comment as the end of the line', () => {
    expect(hcl.diagnostics).toEqual([]);
    expect(hcl.body.attributes.map((a) => a.name)).toEqual(['a', 'b']);
  });
});

describe('exprText', () => {
  it('returns the source of an expression', () => {
    const { file, hcl } = parse('x = merge(var.a, { b = 1 })\n');
    expect(exprText(file, hcl.body.attributes[0].expr)).toBe('merge(var.a, { b = 1 })');
  });
});

describe('files without a final newline and with a BOM', () => {
  it('parses an attribute at end of file', () => {
    const { hcl } = parse('\uFEFFa = "x"');
    expect(hcl.diagnostics).toEqual([]);
    expect(hcl.body.attributes[0].name).toBe('a');
  });

  it('parses CRLF line endings', () => {
    const { hcl } = parse('a {\r\n  b = 1\r\n}\r\n');
    expect(hcl.diagnostics).toEqual([]);
    expect(lc(hcl.body.blocks[0].body.attributes[0].range)).toBe('2:3-2:8');
  });
});
