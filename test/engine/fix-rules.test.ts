// `--fix` on every failing fixture of every fixable rule (fixtures/rules/<id>/fail/*), in
// a copy: the rule no longer reports what it fixed, a second --fix changes no byte, and
// the fixed files still parse (our parsers; `terraform fmt` as HashiCorp's parser when
// terraform is on PATH; js-yaml for YAML). Fixes aimed at Helm-rendered output are
// skipped with a note and leave the file as it was.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { loadAll } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { isHelmOutput } from '../../src/engine/fix/plan.js';
import type { Finding } from '../../src/findings/finding.js';
import { fixtureCases } from '../meta/support/fixture-cases.js';
import { lint } from '../support/lint.js';
import { runCliCaptured } from '../support/cli.js';
import { REPO_DIR } from '../support/shared.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const HAS_TERRAFORM = spawnSync('terraform', ['version'], { env: tfEnv() }).status === 0;

function tfEnv(): NodeJS.ProcessEnv {
  return { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', CHECKPOINT_DISABLE: '1' };
}

const fix = (cwd: string, ruleId: string) => runCliCaptured(['--fix', '--rule', ruleId, '.'], cwd);

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile())
      out.set(relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8'));
  return out;
}

/** What "the rule still reports there" means: same file, resource and message. */
const where = (f: Finding) => `${f.file} | ${f.resource ?? ''} | ${f.message}`;

/** Why `text` (a fixed file) does not parse with the reference parser for its kind; undefined when it does. */
function referenceParseError(path: string, text: string): string | undefined {
  if (/\.ya?ml$/.test(path)) {
    try {
      loadAll(text);
      return undefined;
    } catch (e) {
      return String(e);
    }
  }
  if (HAS_TERRAFORM && /\.(tf|tfvars|tfbackend)$/.test(path)) {
    const r = spawnSync('terraform', ['fmt', '-no-color', '-'], { input: text, encoding: 'utf8', env: tfEnv() });
    return r.status === 0 ? undefined : r.stderr;
  }
  return undefined;
}

const fixable = builtinRules.filter((r) => r.meta.fixable === true).map((r) => r.meta.id);

describe('--fix on the failing fixtures of every fixable rule', () => {
  it('covers every rule that declares fixable: true', () => {
    expect(fixable.length).toBeGreaterThanOrEqual(37);
  });

  for (const id of fixable) {
    describe(id, () => {
      const fixedCases: string[] = [];
      for (const c of fixtureCases(id, 'fail')) {
        it(basename(c.path), async () => {
          const dir = mkdtempSync(join(tmpdir(), 'arch-lint-fix-rule-'));
          dirs.push(dir);
          cpSync(join(REPO_DIR, c.path), join(dir, basename(c.path)), { recursive: true });
          const before = (await lint({ paths: ['.'], cwd: dir, onlyRules: [id] })).findings.filter(
            (f) => f.ruleId === id,
          );
          const withFix = before.filter((f) => f.fix);
          if (withFix.length === 0) return; // this case has no fix to apply
          fixedCases.push(c.path);
          const original = files(dir);
          const rendered = (f: Finding) => isHelmOutput(original.get(f.fix!.replacements[0].file ?? f.file) ?? '');

          const first = await fix(dir, id);
          expect(first.code, first.err).not.toBe(2);
          const applied = withFix.filter((f) => !rendered(f));
          expect(first.err).toMatch(/Fixed [1-9]\d* problems? in [1-9]\d* files?|Fixed 0 problems in 0 files; \d+ fix/);
          for (const f of withFix.filter(rendered))
            expect(first.err).toContain(
              `fix skipped: ${f.file}:${f.line}:${f.column} ${id}: the fix edits Helm-rendered`,
            );

          const result = await lint({ paths: ['.'], cwd: dir, onlyRules: [id] });
          expect(result.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
          const after = result.findings.filter((f) => f.ruleId === id);
          const still = new Set(after.map(where));
          expect(applied.filter((f) => still.has(where(f))).map(where)).toEqual([]);
          expect(after.filter((f) => f.fix && !rendered(f)).map(where)).toEqual([]);

          const fixed = files(dir);
          for (const [path, text] of fixed) {
            if (text === original.get(path)) continue;
            expect(referenceParseError(path, text), `${path}:\n${text}`).toBeUndefined();
          }
          if (applied.length === 0) expect(fixed).toEqual(original);

          const second = await fix(dir, id);
          expect(second.err).toContain('Fixed 0 problems in 0 files');
          expect(files(dir)).toEqual(fixed);
        });
      }
      it('has a failing fixture that gets a fix', () => {
        expect(fixedCases).not.toEqual([]);
      });
    });
  }
});
