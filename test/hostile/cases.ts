// The hostile-input classes (docs/hostile-input.md): files a pull request could add to
// crash, stall or blind the linter. Each case is a folder; the suite adds a canary stack
// next to it whose finding must survive, and lists the findings the case itself must give.

import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';

export interface HostileCase {
  /** Folder name, kebab-case. */
  name: string;
  /** What the case attacks (the docs page's table). */
  what: string;
  /** Files relative to the case folder. */
  files: Record<string, string | Buffer>;
  /** Findings the case itself must produce: [ruleId, file relative to the case folder, line]. */
  expect?: [string, string, number][];
  /** Text that must not appear in the report (a leak). */
  absent?: string[];
  /** Set up what files cannot express (FIFOs, links, permissions); `dir` is the case folder. */
  setup?: (dir: string) => void;
}

const rds = (name: string, extra = '') =>
  `resource "aws_db_instance" "${name}" {\n  engine   = "postgres"\n  multi_az = false\n${extra}}\n`;

const locals = (body: string) => `locals {\n${body}}\n`;

const deployment = (body = '') =>
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n' +
  body +
  '  template:\n    spec:\n      containers:\n        - name: app\n          image: app:1\n';

function moduleChain(depth: number, fanOut: number): Record<string, string> {
  const files: Record<string, string> = {
    'main.tf': `module "m0" {\n  source = "./m0"\n  count  = ${fanOut}\n}\n`,
  };
  for (let i = 0; i < depth; i++) {
    const next = i + 1 < depth ? `module "next" {\n  source = "../m${i + 1}"\n  count  = ${fanOut}\n}\n` : '';
    files[`m${i}/main.tf`] = next + `resource "aws_instance" "r" {\n  count = ${fanOut}\n}\n`;
  }
  return files;
}

function billionLaughs(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++)
    lines.push(
      `${names[i]}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(',')}]`,
    );
  return (
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lol\ndata:\n' + lines.map((l) => '  ' + l).join('\n') + '\n'
  );
}

function manyContainers(n: number): string {
  let s = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: big\nspec:\n  containers:\n';
  for (let i = 0; i < n; i++) s += `  - {name: c${i}, image: x}\n`;
  return s;
}

export const HOSTILE_CASES: HostileCase[] = [
  // Terraform evaluation
  {
    name: 'count-hundred-million',
    what: 'a resource with `count = 100000000`',
    files: { 'main.tf': 'resource "aws_instance" "x" {\n  count = 100000000\n}\n' },
    expect: [['evaluation-limit', 'main.tf', 2]],
  },
  {
    name: 'module-count-times-resource-count',
    what: 'a module with `count = 100000000` whose resource has the same count',
    files: {
      'main.tf': 'module "m" {\n  source = "./mod"\n  count  = 100000000\n}\n',
      'mod/main.tf': 'resource "aws_instance" "x" {\n  count = 100000000\n}\n',
    },
    expect: [
      ['evaluation-limit', 'main.tf', 3],
      ['evaluation-limit', 'mod/main.tf', 2],
    ],
  },
  {
    name: 'module-fan-out-chain',
    what: 'a chain of 20 modules, each called with `count = 10` (10^20 instances)',
    files: moduleChain(20, 10),
  },
  {
    name: 'nested-for-flatten',
    what: '`for_each = toset(flatten(...))` over a 1,000 × 1,000 nested `for`',
    files: {
      'main.tf':
        'resource "aws_instance" "x" {\n  for_each = toset(flatten([for x in range(1000) : [for y in range(1000) : "${x}-${y}"]]))\n}\n',
    },
    expect: [['evaluation-limit', 'main.tf', 2]],
  },
  {
    name: 'three-level-for',
    what: 'a three-level nested `for` (100^3 elements)',
    files: {
      'main.tf':
        locals('  l = [for a in range(100) : [for b in range(100) : [for c in range(100) : c]]]\n') +
        'resource "aws_instance" "x" {\n  count = length(local.l)\n}\n',
    },
    expect: [['evaluation-limit', 'main.tf', 2]],
  },
  {
    name: 'join-over-large-for',
    what: '`join` over a `for` of a million strings',
    files: {
      'main.tf':
        locals('  s = join(",", [for x in range(1000) : join(",", [for y in range(1000) : "${x}${y}"])])\n') +
        'resource "aws_instance" "x" {\n  count = length(local.s)\n}\n',
    },
    expect: [['evaluation-limit', 'main.tf', 2]],
  },
  {
    name: 'regex-backtracking',
    what: '`regex("(a+)+$", "aaaa…b")`: catastrophic backtracking in a backtracking engine',
    files: {
      'main.tf':
        locals(`  r = regex("(a+)+$", "${'a'.repeat(40000)}b")\n`) +
        'resource "aws_instance" "x" {\n  count = length(local.r)\n}\n',
    },
  },
  {
    name: 'replace-backtracking',
    what: '`replace(…, "/(a|aa)+$/", …)` on a long string',
    files: {
      'main.tf':
        locals(`  r = replace("${'a'.repeat(40000)}b", "/(a|aa)+$/", "x")\n`) +
        'resource "aws_instance" "x" {\n  count = length(local.r) > 0 ? 1 : 0\n}\n',
    },
  },
  {
    name: 'string-doubling',
    what: 'a string doubled by 40 chained locals (2^40 characters)',
    files: {
      'main.tf':
        locals(
          '  s0 = "ab"\n' +
            Array.from({ length: 40 }, (_, i) => `  s${i + 1} = "\${local.s${i}}\${local.s${i}}"\n`).join(''),
        ) + 'resource "aws_instance" "x" {\n  count = length(local.s40)\n}\n',
    },
    expect: [['evaluation-limit', 'main.tf', 22]],
  },
  {
    name: 'format-width',
    what: '`format("%999999999d", 1)`: a billion characters of padding',
    files: {
      'main.tf': 'resource "aws_instance" "x" {\n  count = length(format("%999999999d", 1))\n}\n',
    },
    expect: [['evaluation-limit', 'main.tf', 2]],
  },
  {
    name: 'local-chain-recursion',
    what: 'a chain of 20,000 locals, each depending on the next (stack depth)',
    files: {
      'main.tf':
        locals(Array.from({ length: 20000 }, (_, i) => `  l${i} = local.l${i + 1} + 1\n`).join('') + '  l20000 = 1\n') +
        'resource "aws_instance" "x" {\n  count = local.l0\n}\n',
    },
  },
  {
    name: 'reference-cycles',
    what: 'locals, resources and modules that refer to each other in a cycle',
    files: {
      'main.tf':
        locals('  a = local.b\n  b = local.a\n') +
        'resource "aws_instance" "x" {\n  count = length(aws_instance.y)\n}\n' +
        'resource "aws_instance" "y" {\n  count = length(aws_instance.x)\n}\n' +
        'module "self" {\n  source = "./"\n}\n',
    },
  },
  {
    name: 'distinct-large',
    what: '`distinct` and `toset` over 100,000 elements (quadratic before)',
    files: {
      'main.tf':
        locals('  l = distinct(concat([for x in range(1000) : [for y in range(99) : "${x}.${y}"]]...))\n') +
        'resource "aws_instance" "x" {\n  count = length(toset(local.l)) > 0 ? 1 : 0\n}\n',
    },
  },
  {
    name: 'tfvars-instance-count',
    what: 'a `terraform.tfvars` that sets a count variable to a billion',
    files: {
      'main.tf': 'variable "n" {\n  type = number\n}\nresource "aws_instance" "x" {\n  count = var.n\n}\n',
      'terraform.tfvars': 'n = 1000000000\n',
    },
    expect: [['evaluation-limit', 'main.tf', 5]],
  },
  // HCL syntax
  {
    name: 'hcl-deep-parentheses',
    what: 'an expression nested 50,000 parentheses deep',
    files: { 'main.tf': `locals {\n  x = ${'('.repeat(50000)}1${')'.repeat(50000)}\n}\n` },
    expect: [['parse-error', 'main.tf', 2]],
  },
  {
    name: 'hcl-deep-blocks',
    what: 'blocks nested 20,000 deep',
    files: { 'main.tf': 'resource "aws_instance" "x" {\n' + 'a {\n'.repeat(20000) + '}\n'.repeat(20000) + '}\n' },
    expect: [['parse-error', 'main.tf', 257]],
  },
  {
    name: 'hcl-deep-brackets',
    what: 'a tuple nested 50,000 brackets deep',
    files: { 'main.tf': `locals {\n  x = ${'['.repeat(50000)}${']'.repeat(50000)}\n}\n` },
    expect: [['parse-error', 'main.tf', 2]],
  },
  {
    name: 'hcl-unterminated',
    what: 'an unterminated string, heredoc and template interpolation',
    files: {
      'a.tf': 'resource "aws_instance" "x" {\n  ami = "unterminated\n}\n',
      'b.tf': 'locals {\n  x = <<EOT\nnever closed\n',
      'c.tf': 'locals {\n  x = "${var.a\n}\n',
    },
    expect: [
      ['parse-error', 'a.tf', 2],
      ['parse-error', 'b.tf', 4],
      ['parse-error', 'c.tf', 2],
    ],
  },
  {
    name: 'hcl-garbage',
    what: 'printable garbage in a `.tf` file',
    files: { 'main.tf': '}{ ]] "" = = = resource resource { ${ %{ ~} <<< >>> \\\\ ## // /* \n'.repeat(200) },
    expect: [['parse-error', 'main.tf', 1]],
  },
  {
    name: 'tf-json-deep',
    what: 'a `.tf.json` nested 100,000 arrays deep',
    files: { 'main.tf.json': `{"locals": {"x": ${'['.repeat(100000)}${']'.repeat(100000)}}}` },
    expect: [['parse-error', 'main.tf.json', 1]],
  },
  {
    name: 'tf-json-odd',
    what: '`.tf.json` with huge numbers, duplicate keys, `__proto__` and non-object roots',
    files: {
      'a.tf.json': '{"locals": {"n": 1e999999, "__proto__": {"polluted": true}, "n": 2}}',
      'b.tf.json': '[1, 2, 3]',
      'c.tf.json': '{"resource": {"aws_db_instance": {"x": [{"multi_az": false}, "oops"]}}}',
    },
  },
  {
    name: 'tfvars-deep',
    what: 'a `.tfvars` value nested 50,000 deep',
    files: {
      'main.tf': 'variable "v" {}\n',
      'terraform.tfvars': `v = ${'{a = '.repeat(50000)}1${'}'.repeat(50000)}\n`,
    },
    expect: [['parse-error', 'terraform.tfvars', 1]],
  },
  // Encodings and bytes
  {
    name: 'invalid-utf8-tf',
    what: 'invalid UTF-8 in a `.tf` file (Terraform: "Invalid character encoding")',
    files: {
      'main.tf': Buffer.concat([
        Buffer.from('resource "aws_db_instance" "x" {\n  engine = "pg'),
        Buffer.from([0xff]),
        Buffer.from('"\n}\n'),
      ]),
    },
    expect: [['parse-error', 'main.tf', 2]],
  },
  {
    name: 'invalid-utf8-yaml',
    what: 'invalid UTF-8 in a YAML manifest',
    files: {
      'deploy.yaml': Buffer.concat([Buffer.from(deployment()), Buffer.from('# caf'), Buffer.from([0xe9, 0x0a])]),
    },
    expect: [['parse-error', 'deploy.yaml', 12]],
  },
  {
    name: 'utf16',
    what: 'a UTF-16 encoded `.tf` file (with BOM)',
    files: { 'main.tf': Buffer.from('\ufeff' + rds('x'), 'utf16le') },
    expect: [['parse-error', 'main.tf', 1]],
  },
  {
    name: 'nul-binary',
    what: 'NUL bytes and binary content with `.tf` and `.yaml` names',
    files: {
      'main.tf': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3, 0xff, 0xfe]),
      'x.yaml': Buffer.from('kind: Pod\n\0\0\0'),
    },
    expect: [
      ['parse-error', 'main.tf', 1],
      ['parse-error', 'x.yaml', 1],
    ],
  },
  {
    name: 'huge-file',
    what: 'a 50 MB `.tf` file',
    files: { 'main.tf': Buffer.alloc(50 * 1024 * 1024, '# padding padding padding padding\n') },
    expect: [['parse-error', 'main.tf', 1]],
  },
  {
    name: 'crlf-tabs-emoji',
    what: 'CRLF line ends, tabs and emoji before a finding (columns in UTF-16 code units)',
    files: {
      'main.tf': 'locals {\r\n\tnote = "🙂🙂"\r\n}\r\n' + rds('crlf').replace(/\n/g, '\r\n'),
      'deploy.yaml': '# 🙂 emoji\r\n' + deployment().replace(/\n/g, '\r\n'),
    },
    expect: [['aws-rds-multi-az', 'main.tf', 6]],
  },
  {
    name: 'empty-files',
    what: 'empty and whitespace-only files',
    files: { 'empty.tf': '', 'blank.tf': '\n\n   \n', 'empty.yaml': '', 'blank.yaml': '---\n---\n...\n' },
  },
  // YAML and Kubernetes
  {
    name: 'yaml-alias-bomb',
    what: 'a YAML "billion laughs" alias bomb',
    files: { 'bomb.yaml': billionLaughs() },
    expect: [['parse-error', 'bomb.yaml', 9]],
  },
  {
    name: 'yaml-deep-nesting',
    what: 'a YAML document nested 100,000 deep',
    files: { 'deep.yaml': 'kind: Pod\nspec: ' + '['.repeat(100000) + ']'.repeat(100000) + '\n' },
    expect: [['parse-error', 'deep.yaml', 2]],
  },
  {
    name: 'yaml-duplicate-keys',
    what: 'a manifest with `replicas: 3` then `replicas: 1`',
    files: { 'deploy.yaml': deployment('  replicas: 1\n') },
    expect: [['parse-error', 'deploy.yaml', 7]],
  },
  {
    name: 'yaml-many-documents',
    what: '20,000 documents in one stream',
    files: { 'many.yaml': 'kind: ConfigMap\napiVersion: v1\nmetadata: {name: x}\n---\n'.repeat(20000) },
  },
  {
    name: 'yaml-many-containers',
    what: 'a Pod with 30,000 containers (every one a finding)',
    files: { 'pod.yaml': manyContainers(30000) },
    expect: [['k8s-container-resource-limits', 'pod.yaml', 7]],
  },
  {
    name: 'yaml-long-line',
    what: 'a 2 MB single-line scalar',
    files: {
      'long.yaml': 'kind: ConfigMap\napiVersion: v1\nmetadata: {name: x}\ndata:\n  k: ' + 'x'.repeat(2_000_000) + '\n',
    },
  },
  {
    name: 'yaml-odd-tags',
    what: 'unknown and language-specific tags (`!!python/object`, `!!binary`), merge-key loops',
    files: {
      'tags.yaml':
        'kind: !!python/object:os.system Pod\napiVersion: v1\nmetadata: !!binary aGVsbG8=\n---\na: &a {<<: *a}\n---\nb: &b\n  <<: [*b]\n',
    },
  },
  {
    name: 'k8s-odd-values',
    what: 'Kubernetes objects whose fields have the wrong types (numbers, nulls, lists)',
    files: {
      'odd.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: 12}\nspec:\n  replicas: "three"\n  template:\n    spec:\n      containers: null\n---\n' +
        'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: []\nspec: [1, 2]\n---\napiVersion: v1\nkind: List\nitems: 7\n',
    },
  },
  {
    name: 'helm-source-traversal',
    what: 'a `# Source:` comment pointing out of the repository',
    files: { 'rendered.yaml': '---\n# Source: ../../../../etc/passwd\n' + deployment() },
    absent: ['root:x:0:0'],
  },
  // Reading
  {
    name: 'fifo',
    what: 'a FIFO named `.yaml` (opening it would block forever)',
    files: {},
    setup: (dir) => mkfifo(`${dir}/pipe.yaml`),
  },
  {
    name: 'symlink-loop',
    what: 'symbolic links that point at each other, and a directory link to its parent',
    files: {},
    setup: (dir) => {
      symlink('b.tf', `${dir}/a.tf`);
      symlink('a.tf', `${dir}/b.tf`);
      symlink('..', `${dir}/up`);
    },
  },
  {
    name: 'symlink-out',
    what: 'a symbolic link to a Terraform file outside the scanned path',
    files: {},
    setup: (dir) => {
      writeFileSync(`${dir}/../../outside-secret.tf`, rds('outside_secret_db'));
      symlink('../../outside-secret.tf', `${dir}/leak.tf`);
    },
    absent: ['outside_secret_db'],
  },
  {
    name: 'odd-names',
    what: 'file names with spaces, quotes, unicode and a leading dash',
    files: { 'a b "c".tf': rds('spaces'), 'ünïcödé.yaml': deployment(), '-dash.tf': rds('dash') },
    expect: [
      ['aws-rds-multi-az', '-dash.tf', 3],
      ['aws-rds-multi-az', 'a b "c".tf', 3],
    ],
  },
];

function symlink(target: string, path: string): void {
  symlinkSync(target, path);
}

function mkfifo(path: string): void {
  try {
    execFileSync('mkfifo', [path]);
  } catch {
    // No mkfifo on this system: the case holds only its canary.
  }
}
