// action.yml, the README's inputs table and readInputs describe one contract: every input
// is documented, read, and its default is valid.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/github/inputs.js';
import { REPO_DIR } from '../support/shared.js';
import { tempDir } from '../support/temp-dirs.js';

const action = load(readFileSync(join(REPO_DIR, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  runs: { using: string };
};
const readme = readFileSync(join(REPO_DIR, 'README.md'), 'utf8');
const names = Object.keys(action.inputs);

describe('the Action inputs contract', () => {
  it.each(names)('%s is in the README inputs table', (name) => {
    expect(readme).toContain(`| \`${name}\` |`);
  });

  it('readInputs reads exactly the inputs action.yml declares, and accepts every default', () => {
    const asked = new Set<string>();
    const defaults = (name: string) => {
      asked.add(name);
      const value = action.inputs[name]?.default ?? '';
      // The runner expands ${{ github.token }} before the Action sees it.
      return value.startsWith('${{') ? 'ghs_token' : value;
    };
    const result = readInputs(defaults, tempDir('inputs'));
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect([...asked].sort()).toEqual([...names].sort());
  });

  it('runs on node24, whose minimum runner version the docs state', () => {
    expect(action.runs.using).toBe('node24');
    expect(readFileSync(join(REPO_DIR, 'docs/action.md'), 'utf8')).toMatch(
      /runner must be version 2\.\d+\.\d+ or later/,
    );
  });
});
