// docs/registry-modules.md is generated from the registry table: a stale copy would
// list inputs or defaults the rules no longer use.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTRY_DOC_PATH, registryTableDoc } from '../../scripts/gen-rule-docs-lib.js';
import { REGISTRY_TABLE } from '../../src/model/terraform/registry/table.js';
import { REPO_DIR } from '../support/shared.js';

describe('registry table docs', () => {
  it(`${REGISTRY_DOC_PATH} is current (run \`npm run docs\` to regenerate it)`, () => {
    const path = join(REPO_DIR, REGISTRY_DOC_PATH);
    expect(existsSync(path)).toBe(true);
    expect(
      readFileSync(path, 'utf8') === registryTableDoc(),
      `${REGISTRY_DOC_PATH} is stale: run \`npm run docs\``,
    ).toBe(true);
  });

  it('lists every entry, and every input of an entry feeds a resource', () => {
    const doc = registryTableDoc();
    for (const e of REGISTRY_TABLE) {
      const source = e.submodule ? `${e.module}//${e.submodule}` : e.module;
      expect(doc).toContain(`## ${source} (${e.majors.map((m) => `${m}.x`).join(', ')})`);
    }
    const unused = doc.split('\n').filter((l) => /^\| `\w+` \| .* \|  \|$/.test(l));
    expect(unused).toEqual([]);
  });

  it('has at most one row per module and major', () => {
    const keys = REGISTRY_TABLE.flatMap((e) => e.majors.map((m) => `${e.module}//${e.submodule}@${m}`));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
