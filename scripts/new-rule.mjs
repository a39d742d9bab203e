#!/usr/bin/env node
// Scaffolds a Terraform rule in one step: the rule file in its provider's folder (and the
// regenerated index), passing and failing fixtures, the table test, and the docs page.
//   npm run new-rule -- <id> --resource <terraform type> --attribute <bool attribute>
// The skeleton flags `<attribute> = false` and offers `= true`: a working rule from the
// first run. What is left is marked TODO (title, description, message, docs prose); the
// meta-test (test/meta/rules.test.ts) refuses a rule while any TODO remains. Then run
// `npm run docs` to list it in docs/rules/README.md.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeIndexes } from './rule-indexes.mjs';

const FOLDERS = [
  [/^(aws)-/, 'aws'],
  [/^(azure)-/, 'azure'],
  [/^(gcp)-/, 'gcp'],
  [/^tf-kubernetes-/, 'kubernetes'],
  [/^tf-/, 'terraform'],
];

/** The provider folder of a rule id; undefined when the id names no Terraform provider. */
export function folderOf(id) {
  return FOLDERS.find(([re]) => re.test(id))?.[1];
}

/** Every file the scaffold writes, by repo-relative path. */
export function scaffold(id, resource, attribute) {
  const folder = folderOf(id);
  const fixtures = `fixtures/rules/${id}`;
  const valueColumn = 3 + attribute.length + 3; // `  <attribute> = ` then the value
  const rule = `// TODO: one or two lines: what ${id} flags, and why an architect cares.

import { defineRule, valueAt } from '../../src/engine/rule.js';
import { boolSetting, literalFix, resourcesOf } from '../lib/terraform.js';

export default defineRule({
  meta: {
    id: '${id}',
    // One of src/findings/category.ts.
    category: 'availability',
    severity: 'warning',
    fixable: true,
    title: 'TODO: one line, shown by --list-rules',
    description: 'TODO: a paragraph: what it checks, and what happens in an outage when it is wrong.',
    messages: {
      disabled: '{resource} sets ${attribute} = false: TODO what happens in an outage, and what to do.',
    },
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, '${resource}')) {
      if (boolSetting(resource, '${attribute}') !== 'false') continue;
      context.report({
        messageId: 'disabled',
        at: valueAt(resource.attr('${attribute}')) ?? resource,
        resource: resource.address,
        fix: literalFix(resource, '${attribute}', 'true'),
      });
    }
  },
});
`;
  const test = `import { ruleTester } from '../support/rule-tester.js';

const F = '${fixtures}';

ruleTester('${id}', {
  valid: [\`\${F}/pass/enabled.tf\`],
  invalid: [
    {
      path: \`\${F}/fail/disabled.tf\`,
      findings: [
        {
          line: 2,
          column: ${valueColumn},
          endLine: 2,
          endColumn: ${valueColumn + 5},
          resource: '${resource}.example',
          message: 'sets ${attribute} = false',
          fixText: 'true',
        },
      ],
    },
  ],
});
`;
  const tf = (value) => `resource "${resource}" "example" {\n  ${attribute} = ${value}\n}\n`;
  const doc = `# ${id}

TODO: one line, shown by --list-rules

| Category | Default severity | Fixable |
| --- | --- | --- |
| \`availability\` | \`warning\` | yes |

## What it checks
\`${resource}\` resources that set \`${attribute} = false\`. TODO: what else is and is not checked.

## Why it matters
TODO: what happens in an outage, in the words of an architect.

## How to fix
Set \`${attribute} = true\`.

## Examples

### Failing
\`\`\`hcl fail
${tf('false')}\`\`\`

### Passing
\`\`\`hcl pass
${tf('true')}\`\`\`
`;
  return {
    [`rules/${folder}/${id}.ts`]: rule,
    [`test/rules/${id}.test.ts`]: test,
    [`${fixtures}/fail/disabled.tf`]: tf('false'),
    [`${fixtures}/pass/enabled.tf`]: tf('true'),
    [`docs/rules/${id}.md`]: doc,
  };
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { resource: { type: 'string' }, attribute: { type: 'string' } },
  });
  const [id] = positionals;
  const usage = 'usage: npm run new-rule -- <id> --resource <terraform type> --attribute <bool attribute>';
  if (!id || !values.resource || !values.attribute || positionals.length !== 1) fail(usage);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail(`${id}: a rule id is kebab-case`);
  if (!folderOf(id))
    fail(`${id}: start the id with its provider (aws-, azure-, gcp-, tf-kubernetes-, or tf- for state and backends)`);
  if (!/^[a-z0-9_]+$/.test(values.resource) || !/^[a-z0-9_]+$/.test(values.attribute))
    fail('--resource and --attribute are Terraform names (lower case, digits, _)');
  const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
  const files = scaffold(id, values.resource, values.attribute);
  const taken = Object.keys(files).filter((p) => existsSync(join(repo, p)));
  if (taken.length > 0) fail(`${id} exists already: ${taken.join(', ')}`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
    console.log(`wrote ${path}`);
  }
  for (const path of writeIndexes(join(repo, 'rules'))) console.log(`wrote ${path.slice(repo.length + 1)}`);
  console.log(
    'Next: replace every TODO, then `npm run docs` and `npx vitest run test/meta/rules.test.ts test/rules/' +
      id +
      '.test.ts`.',
  );
}

function fail(message) {
  console.error(message);
  process.exit(2);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
