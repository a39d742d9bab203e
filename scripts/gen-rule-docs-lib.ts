// Entry bundled by scripts/gen-rule-docs.mjs, and imported by test/meta/rule-index.test.ts:
// the rule index (docs/rules/README.md) rendered from the built-in rules' metadata.
import type { RuleMeta } from '../src/engine/rule.js';
import { isMissionCategory, MISSION_CATEGORIES } from '../src/findings/category.js';
import { builtinRules } from '../rules/index.js';

export const RULE_INDEX_PATH = 'docs/rules/README.md';

export function renderRuleIndex(metas: readonly RuleMeta[]): string {
  const byCategory = new Map<string, RuleMeta[]>();
  for (const m of metas) byCategory.set(m.category, [...(byCategory.get(m.category) ?? []), m]);
  // The mission's five in their order; categories added later follow alphabetically.
  const added = [...byCategory.keys()].filter((c) => !isMissionCategory(c)).sort();
  const order = [...MISSION_CATEGORIES.filter((c) => byCategory.has(c)), ...added];

  const out: string[] = [
    "<!-- Generated from the rules' metadata by `npm run docs` (scripts/gen-rule-docs.mjs). Do not edit by hand. -->",
    '',
    '# Rules',
    '',
    `arch-lint has ${metas.length} built-in rule${metas.length === 1 ? '' : 's'} in ${order.length} categor${order.length === 1 ? 'y' : 'ies'}. ` +
      'Each id links to its page: what it checks, why it matters, how to fix it, and examples.',
    '',
    ...order.map((c) => `- [\`${c}\`](#${c}) (${byCategory.get(c)!.length})`),
  ];
  for (const category of order) {
    const rules = [...byCategory.get(category)!].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    out.push(
      '',
      `## ${category}`,
      '',
      '| Rule | Category | Default severity | Fixable | Title |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const r of rules) {
      out.push(
        `| [\`${r.id}\`](${r.id}.md) | \`${r.category}\` | \`${r.severity}\` | ${r.fixable === true ? 'yes' : 'no'} | ${cell(r.title)} |`,
      );
    }
  }
  return out.join('\n') + '\n';
}

/** The index of the rules this build ships. */
export function builtinRuleIndex(): string {
  return renderRuleIndex(builtinRules.map((r) => r.meta));
}

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

export { REGISTRY_DOC_PATH, registryTableDoc } from '../src/model/terraform/registry/docs.js';
