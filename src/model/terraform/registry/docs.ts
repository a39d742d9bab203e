// docs/registry-modules.md, generated from the registry table: every entry, and for each
// module input its default and the resource arguments it feeds (read from the entry's code).

import type { Block } from '../../../parse/hcl/ast.js';
import { parseHcl } from '../../../parse/hcl/parser.js';
import { SourceFile } from '../../../parse/source.js';
import { referenceAddresses } from '../references.js';
import { REGISTRY_TABLE, type RegistryEntry } from './table.js';

export const REGISTRY_DOC_PATH = 'docs/registry-modules.md';

const INTRO = `# Registry modules judged without \`terraform init\`

When a root has run \`terraform init\`, arch-lint follows every registry and git module into
the code installed under \`.terraform/modules/\` ([terraform-roots.md](terraform-roots.md)).
Without it, the calls of the modules below are judged from this table: for each module and
major version, the resources the module creates, which module input sets which resource
argument, and the input's default. The rules judge the call as if it were those resources
(the same rule code as for a resource); a finding goes to the caller's argument, or to the
\`module\` call when the input is left out, and its message names the module input, for
example \`(module input multi_az of module.db, terraform-aws-modules/rds/aws 6.x, left out:
the module default applies)\`. The resource id is the call (\`module.db\`).

**Which row.** The call's \`version\` constraint must allow one major version only:
\`6.10.0\`, \`~> 6.0\`, \`~> 6.10.1\`, \`>= 6.0, < 7.0\`, or a git source's \`?ref=v6.10.0\`.
Without a version (the latest at \`terraform init\`), with an open range (\`>= 6.0\`) or
with \`~> 6\` (which Terraform reads as 6.0 or later, not 6.x), the major is unknown; so is
a major the table has no row for. Such a call is **not judged**: inputs are renamed and
defaults change between majors (the S3 bucket module turned its public access block on by
default; the Aurora module renamed its instance-class input in 10.x), and a wrong default
would be a wrong finding.

This page is generated from \`src/model/terraform/registry/table.ts\` (\`npm run docs\`); a
test fails when it is stale.
`;

function text(file: SourceFile, range: { start: { offset: number }; end: { offset: number } }): string {
  return file.text.slice(range.start.offset, range.end.offset).replace(/\s+/g, ' ');
}

/** `aws_db_instance.multi_az`, `google_sql_database_instance.settings.backup_configuration.enabled`. */
function uses(blocks: Block[], path: string, out: Map<string, Set<string>>): void {
  for (const b of blocks) {
    const here =
      b.type === 'resource'
        ? b.labels.map((l) => l.value).join('.')
        : b.type === 'dynamic'
          ? `${path}.${b.labels[0]?.value}`
          : b.type === 'content'
            ? path
            : `${path}.${b.type}`;
    for (const a of b.body.attributes) {
      for (const ref of referenceAddresses(a.expr)) {
        if (!ref.startsWith('var.')) continue;
        const name = ref.slice('var.'.length);
        const set = out.get(name) ?? new Set<string>();
        set.add(a.name === 'count' || a.name === 'for_each' ? `${here} (${a.name})` : `${here}.${a.name}`);
        out.set(name, set);
      }
    }
    uses(b.body.blocks, here, out);
  }
}

function entryDoc(e: RegistryEntry): string {
  const file = new SourceFile('table.tf', e.hcl);
  const hcl = parseHcl(file);
  const fed = new Map<string, Set<string>>();
  uses(
    hcl.body.blocks.filter((b) => b.type === 'resource'),
    '',
    fed,
  );
  const resources = hcl.body.blocks
    .filter((b) => b.type === 'resource')
    .map((b) => b.labels.map((l) => l.value).join('.'));
  const rows = hcl.body.blocks
    .filter((b) => b.type === 'variable')
    .map((v) => {
      const name = v.labels[0]?.value ?? '';
      const dflt = v.body.attributes.find((a) => a.name === 'default');
      const to = [...(fed.get(name) ?? [])].map((u) => `\`${u}\``).join(', ');
      return `| \`${name}\` | \`${dflt ? text(file, dflt.expr.range) : '(required)'}\` | ${to} |`;
    });
  const source = e.submodule ? `${e.module}//${e.submodule}` : e.module;
  return [
    `## ${source} (${e.majors.map((m) => `${m}.x`).join(', ')})`,
    '',
    `Resources: ${[...new Set(resources)].map((r) => `\`${r}\``).join(', ')}. Defaults from: ${e.origin}.`,
    '',
    '| input | default | resource argument |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

export function registryTableDoc(): string {
  return [INTRO, ...REGISTRY_TABLE.map(entryDoc)].join('\n');
}
