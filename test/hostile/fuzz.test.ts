// Property-based fuzzing of the parsers a pull request feeds: HCL (native and JSON), the
// Terraform model and evaluator over whatever parses, YAML, and unified diffs. For any
// input: no exception, every error has a position inside the file, and the run is quick.
// Bounded (fixed seed, fixed number of runs) so CI time stays predictable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGitDiff, parsePatch } from '../../src/github/diff.js';
import { buildTerraformProject } from '../../src/model/terraform/build.js';
import { parseTfJson } from '../../src/parse/hcl/json.js';
import { parseHcl } from '../../src/parse/hcl/parser.js';
import { SourceFile, type Range } from '../../src/parse/source.js';
import { parseYamlStream } from '../../src/parse/yaml/parse.js';

const RUNS = { numRuns: 1000, seed: 20261203 };

/** Text made of a language's tokens, so inputs get past the first character. */
function tokens(alphabet: string[], maxLength = 60): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(fc.constantFrom(...alphabet), fc.string({ maxLength: 3 })), { maxLength })
    .map((t) => t.join(''));
}

const HCL = [
  'resource',
  'variable',
  'locals',
  'module',
  'data',
  'dynamic',
  'content',
  'for_each',
  'count',
  ' ',
  '\n',
  '\t',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '"',
  '${',
  '%{',
  '~}',
  '}',
  '<<EOT\n',
  '\nEOT\n',
  '=',
  ':',
  ',',
  '.',
  '*',
  '?',
  '!',
  '&&',
  '||',
  '==',
  '=>',
  '...',
  '#',
  '//',
  '/*',
  '*/',
  'for',
  'in',
  'if',
  'endfor',
  'x',
  'local.a',
  'var.v',
  'count.index',
  'each.key',
  'aws_s3_bucket.b',
  'range(',
  'flatten(',
  'join(',
  'regex(',
  'replace(',
  'format(',
  'toset(',
  'lookup(',
  'try(',
  '1e9',
  '100000000',
  '-1',
  'null',
  'true',
  '"a"',
  '\\',
  '\u00e9',
  '🙂',
  '\r\n',
];

const YAML = [
  'kind: Deployment\n',
  'apiVersion: apps/v1\n',
  'metadata:\n',
  '  name: x\n',
  'spec:\n',
  '  replicas: 3\n',
  '- ',
  '  ',
  '\n',
  ':',
  '? ',
  '---\n',
  '...\n',
  '&a ',
  '*a',
  '<<: ',
  '!!str ',
  '!tag ',
  '|\n',
  '>-\n',
  '"',
  "'",
  '#',
  '{',
  '}',
  '[',
  ']',
  ',',
  '\t',
  'null',
  '~',
  '1e3',
  'containers:\n',
  '  - name: c\n',
  '%YAML 1.2\n',
  '\ufeff',
  '🙂',
];

const DIFF = [
  'diff --git a/x.tf b/x.tf\n',
  '--- a/x.tf\n',
  '+++ b/x.tf\n',
  '@@ -1,3 +1,4 @@\n',
  '@@ -0,0 +1 @@\n',
  '+added\n',
  '-gone\n',
  ' context\n',
  '\\ No newline at end of file\n',
  'new file mode 100644\n',
  'deleted file mode 100644\n',
  'rename from a\n',
  'rename to b\n',
  'Binary files a/x and b/x differ\n',
  '"a/\\303\\251.tf"',
  '@@ -a,b +c,d @@\n',
  '\n',
];

function positionsInside(file: SourceFile, ranges: Range[]): void {
  for (const r of ranges) {
    expect(r.start.offset).toBeGreaterThanOrEqual(0);
    expect(r.end.offset).toBeLessThanOrEqual(file.text.length);
    expect(r.start.line).toBeGreaterThanOrEqual(1);
    expect(r.start.line).toBeLessThanOrEqual(file.lineCount);
  }
}

describe('fuzzing', () => {
  it('HCL: parsing never throws and every diagnostic is positioned in the file', () => {
    fc.assert(
      fc.property(tokens(HCL), (text) => {
        const file = new SourceFile('f.tf', text);
        const hcl = parseHcl(file);
        positionsInside(
          file,
          hcl.diagnostics.map((d) => d.range),
        );
      }),
      RUNS,
    );
  });

  it('Terraform model: building and evaluating whatever parses never throws', () => {
    const block = fc
      .tuple(tokens(HCL, 25), tokens(HCL, 25))
      .map(
        ([a, b]) =>
          `locals {\n  a = ${a}\n  b = ${b}\n}\nresource "aws_s3_bucket" "b" {\n  count = ${a}\n  bucket = ${b}\n}\n`,
      );
    fc.assert(
      fc.property(block, (text) => {
        const file = new SourceFile('main.tf', text);
        const project = buildTerraformProject([
          { dir: '.', files: [{ file, hcl: parseHcl(file) }], tfvars: [], backendConfigs: [] },
        ]);
        for (const stack of project.stacks) {
          for (const m of stack.modules) void [...m.locals.values()];
          for (const r of stack.resources) for (const a of r.attributes.values()) void a.value;
        }
        positionsInside(
          file,
          project.limitHits.map((h) => h.range),
        );
      }),
      RUNS,
    );
  });

  it('Terragrunt: reading whatever parses as units, includes and remote_state never throws', () => {
    const TG = [
      ...HCL,
      'include',
      'path',
      'remote_state',
      'inputs',
      'terraform',
      'source',
      'generate',
      'contents',
      'dependency.d.outputs.x',
      'include.root.locals.a',
      'find_in_parent_folders(',
      'read_terragrunt_config(',
      'path_relative_to_include()',
      'get_parent_terragrunt_dir()',
      'merge_strategy',
      '"deep"',
      '"root.hcl"',
      '"terragrunt.hcl"',
      '"../m"',
      'tfr:///a/b/c',
    ];
    const config = fc
      .tuple(tokens(TG, 25), tokens(TG, 25), tokens(TG, 25))
      .map(
        ([a, b, c]) =>
          `include "root" {\n  path = ${a}\n  merge_strategy = ${c}\n}\nlocals {\n  a = ${b}\n}\nterraform {\n  source = ${c}\n}\n` +
          `remote_state {\n  backend = "s3"\n  config = ${a}\n}\ninputs = ${b}\n`,
      );
    fc.assert(
      fc.property(config, config, (unitText, rootText) => {
        const unit = new SourceFile('live/app/terragrunt.hcl', unitText);
        const root = new SourceFile('root.hcl', rootText);
        const module = new SourceFile(
          'm/main.tf',
          'variable "x" {}\nresource "aws_s3_bucket" "b" {\n  bucket = var.x\n}\n',
        );
        const project = buildTerraformProject(
          [{ dir: 'm', files: [{ file: module, hcl: parseHcl(module) }], tfvars: [], backendConfigs: [] }],
          { terragrunt: [unit, root].map((file) => ({ file, hcl: parseHcl(file) })) },
        );
        for (const stack of project.stacks) {
          for (const [, s] of stack.root.backend?.config ?? []) void s.value;
          for (const r of stack.resources) for (const a of r.attributes.values()) void a.value;
        }
      }),
      { ...RUNS, numRuns: 300 },
    );
  });

  it('.tf.json: parsing never throws and every diagnostic is positioned in the file', () => {
    const json = fc.oneof(
      fc.json({ maxDepth: 4 }),
      tokens(
        ['{', '}', '[', ']', '"resource"', '"locals"', '"${var.x}"', ':', ',', '1', 'null', '"', '\\u00', ' ', '\n'],
        40,
      ),
    );
    fc.assert(
      fc.property(json, (text) => {
        const file = new SourceFile('f.tf.json', text);
        positionsInside(
          file,
          parseTfJson(file).diagnostics.map((d) => d.range),
        );
      }),
      RUNS,
    );
  });

  it('YAML: parsing never throws, never fails internally, and errors are positioned', () => {
    fc.assert(
      fc.property(tokens(YAML, 80), (text) => {
        const file = new SourceFile('f.yaml', text);
        const s = parseYamlStream(file);
        for (const e of s.errors) expect(e.message).not.toMatch(/internal YAML parser error/);
        positionsInside(
          file,
          s.errors.map((e) => e.range),
        );
      }),
      RUNS,
    );
  });

  it('diffs: parsing a patch or a git diff never throws, and hunks have sane line numbers', () => {
    fc.assert(
      fc.property(tokens(DIFF, 40), (text) => {
        for (const h of parsePatch(text)) expect(h.newStart).toBeGreaterThanOrEqual(0);
        expect(Array.isArray(parseGitDiff(text))).toBe(true);
      }),
      RUNS,
    );
  });
});
