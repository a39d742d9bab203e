// The CLI contract (docs/design.md, "CLI and exit codes"): options, formats, exit codes, stdin, --output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../support/cli.js';
import { builtinRules } from '../../rules/index.js';
import { ENGINE_RULES } from '../../src/engine/config/effective.js';
import { VERSION } from '../../src/version.js';
import { REPO_DIR } from '../support/shared.js';
import { tempDir } from '../support/temp-dirs.js';

const cli = (argv: string[], stdin: string | Uint8Array = '') => runCliCaptured(argv, REPO_DIR, stdin);

describe('arch-lint CLI', () => {
  it('--version prints the package version', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, out: `${VERSION}\n`, err: '' });
  });

  it('--list-rules prints every id once (rules and engine ids), sorted, with category, severity and title', async () => {
    const { code, out } = await cli(['--list-rules']);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(builtinRules.length + ENGINE_RULES.length);
    const ids = lines.map((l) => l.split(/\s+/)[0]);
    expect(ids).toEqual([...ids].sort());
    for (const rule of builtinRules) {
      const line = lines.find((l) => l.startsWith(`${rule.meta.id} `))!;
      expect(line).toContain(rule.meta.category);
      expect(line).toContain(rule.meta.severity);
      expect(line).toContain(rule.meta.title);
    }
  });

  it('exits 2 with a message on usage errors', async () => {
    for (const argv of [['--format', 'xml'], ['--fail-on', 'fatal'], ['--no-such-flag']]) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^arch-lint: /);
    }
  });

  it('exits 1 on findings at or above --fail-on and 0 below it', async () => {
    const path = 'fixtures/demo/kubernetes/api.yaml';
    expect((await cli([path])).code).toBe(1);
    expect((await cli([path, '--fail-on', 'none'])).code).toBe(0);
  });

  it('writes the report to --output and nothing to stdout', async () => {
    const file = join(tempDir('cli'), 'report.json');
    const r = await cli(['fixtures/demo/kubernetes/api.yaml', '--format', 'json', '--output', file]);
    expect(r.out).toBe('');
    const report = JSON.parse(readFileSync(file, 'utf8'));
    expect(report.version).toBe(1);
    expect(report.tool).toEqual({ name: 'arch-lint', version: VERSION });
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it('reads a YAML stream from stdin for the path -', async () => {
    const stdin = readFileSync(join(REPO_DIR, 'fixtures/demo/kubernetes/api.yaml'), 'utf8');
    const r = await cli(['-', '--format', 'json'], stdin);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).findings.every((f: { file: string }) => f.file === '<stdin>')).toBe(true);
  });

  it('checks stdin bytes like a file: invalid UTF-8 is a parse error at its position', async () => {
    const stdin = Buffer.concat([Buffer.from('kind: ConfigMap\nname: '), Buffer.from([0xff]), Buffer.from('\n')]);
    const r = await cli(['-', '--format', 'json'], stdin);
    const [finding] = JSON.parse(r.out).findings;
    expect(finding).toMatchObject({ ruleId: 'parse-error', file: '<stdin>', line: 2, column: 7 });
    expect(finding.message).toContain('byte 0xFF is not UTF-8');
  });

  it('prints text with the source line and a caret under the range, without colors off a TTY', async () => {
    const r = await cli(['fixtures/demo/kubernetes/api.yaml']);
    expect(r.out).toContain('fixtures/demo/kubernetes/api.yaml:19:17 error ');
    expect(r.out).toMatch(/19 \|\s+- name: api\n\s+\|\s+\^~~/);
    expect(r.out).not.toContain('\u001b[');
  });
});
