// docs/rules/README.md is generated from the rules' metadata; a stale copy misleads
// readers about which rules exist, their severity and whether they fix.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleMeta } from '../../src/engine/rule.js';
import { builtinRuleIndex, renderRuleIndex, RULE_INDEX_PATH } from '../../scripts/gen-rule-docs-lib.js';
import { builtinRules } from '../../rules/index.js';
import { REPO_DIR } from '../support/shared.js';

const meta = (id: string, category: string, extra: Partial<RuleMeta> = {}): RuleMeta => ({
  id,
  category,
  severity: 'warning',
  title: `Title of ${id}`,
  description: 'd',
  messages: { m: 'm' },
  ...extra,
});

describe('rule index', () => {
  it(`${RULE_INDEX_PATH} is current (run \`npm run docs\` to regenerate it)`, () => {
    const path = join(REPO_DIR, RULE_INDEX_PATH);
    expect(existsSync(path), `${RULE_INDEX_PATH} is missing: run \`npm run docs\``).toBe(true);
    const committed = readFileSync(path, 'utf8');
    expect(committed === builtinRuleIndex(), `${RULE_INDEX_PATH} is stale: run \`npm run docs\` and commit it`).toBe(
      true,
    );
  });

  it('lists every built-in rule once, linking to its page', () => {
    const index = builtinRuleIndex();
    for (const r of builtinRules) {
      expect(index.split(`| [\`${r.meta.id}\`](${r.meta.id}.md) |`).length - 1, r.meta.id).toBe(1);
    }
  });

  it('groups by category, mission categories first in their order (src/findings/category.ts), then added ones alphabetically', () => {
    const text = renderRuleIndex([
      meta('zz-added', 'security'),
      meta('b-state', 'unversioned-state', { fixable: true }),
      meta('a-db', 'single-az-database', { severity: 'error' }),
      meta('c-avail', 'availability'),
      meta('a-state', 'unversioned-state'),
    ]);
    const headings = text.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(['## single-az-database', '## unversioned-state', '## availability', '## security']);
    const state = text.slice(text.indexOf('## unversioned-state'), text.indexOf('## availability'));
    expect(state.indexOf('a-state')).toBeLessThan(state.indexOf('b-state'));
    expect(text).toContain('| [`b-state`](b-state.md) | `unversioned-state` | `warning` | yes | Title of b-state |');
    expect(text).toContain('| [`a-db`](a-db.md) | `single-az-database` | `error` | no | Title of a-db |');
    expect(text).toContain('arch-lint has 5 built-in rules in 4 categories.');
  });

  it('keeps a title with a pipe inside its table cell', () => {
    const text = renderRuleIndex([meta('x', 'availability', { title: 'A | B\nC' })]);
    expect(text).toContain('| A \\| B C |');
  });
});
