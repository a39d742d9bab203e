// The hostile-input suite: every class of docs/hostile-input.md in one scan, run as the
// real CLI in a child process with a capped heap. Each case must give the findings it
// promises, and its canary (a separate stack next to it) must still be reported: no
// case may crash, stall or blind the run. Time and memory bounds are safety bounds for a
// loaded 2-core CI machine, not performance targets. Needs the bundle (`npm run build`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_DIR } from '../support/shared.js';
import { HOSTILE_CASES } from './cases.js';

const BIN = join(REPO_DIR, 'bin/arch-lint.js');
const CANARY = 'resource "aws_db_instance" "canary" {\n  engine   = "postgres"\n  multi_az = false\n}\n';
/** Safety bounds: far above the measured figures (docs/hostile-input.md), far below a hang or a blow-up. */
const MAX_SECONDS = 150;
const HEAP_MB = 1536;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  maxRssMb: number;
}

let base: string;

/** Runs the CLI with a heap cap; a preload reports the peak RSS on exit. */
function arch(args: string[], opts: { shell?: string } = {}): Run {
  const preload = join(base, 'rss.cjs');
  const started = performance.now();
  const r = opts.shell
    ? spawnSync('bash', ['-o', 'pipefail', '-c', opts.shell], {
        cwd: base,
        encoding: 'utf8',
        timeout: MAX_SECONDS * 1000,
      })
    : spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '-r', preload, BIN, ...args], {
        cwd: base,
        encoding: 'utf8',
        timeout: MAX_SECONDS * 1000,
        maxBuffer: 64 * 1024 * 1024,
      });
  const rss = /maxRSS=(\d+)/.exec(r.stderr ?? '');
  return {
    code: r.status,
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    seconds: (performance.now() - started) / 1000,
    maxRssMb: rss ? Number(rss[1]) / 1024 : 0,
  };
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'arch-lint-hostile-'));
  writeFileSync(
    join(base, 'rss.cjs'),
    "process.on('exit', () => process.stderr.write('\\nmaxRSS=' + process.resourceUsage().maxRSS + '\\n'));\n",
  );
  for (const c of HOSTILE_CASES) {
    const dir = join(base, 'scan', c.name);
    mkdirSync(join(dir, 'canary'), { recursive: true });
    writeFileSync(join(dir, 'canary', 'main.tf'), CANARY);
    for (const [name, content] of Object.entries(c.files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    c.setup?.(dir);
  }
});

afterAll(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});

describe.skipIf(!existsSync(join(REPO_DIR, 'dist/cli.js')))('hostile input', () => {
  let run: Run;
  let findings: { ruleId: string; file: string; line: number; message: string }[];

  it(`scans all ${HOSTILE_CASES.length} classes in one run, within ${MAX_SECONDS} s and a ${HEAP_MB} MB heap`, () => {
    run = arch(['scan', '--format', 'json', '--output', 'report.json']);
    console.log(
      `hostile suite: ${HOSTILE_CASES.length} classes, exit ${run.code}, ${run.seconds.toFixed(1)} s, peak RSS ${run.maxRssMb.toFixed(0)} MB`,
    );
    expect(run.stderr).not.toMatch(/internal error|RangeError|heap out of memory|EPIPE/);
    expect(run.code).toBe(1);
    expect(run.seconds).toBeLessThan(MAX_SECONDS);
    findings = JSON.parse(readFileSync(join(base, 'report.json'), 'utf8')).findings;
  });

  it.each(HOSTILE_CASES.map((c) => [c.name, c] as const))(
    '%s: its canary survives, its findings are there',
    (name, c) => {
      expect(findings, 'the run above failed').toBeDefined();
      const at = (file: string) => `scan/${name}/${file}`;
      const has = (ruleId: string, file: string, line?: number) =>
        findings.some((f) => f.ruleId === ruleId && f.file === at(file) && (line === undefined || f.line === line));
      expect(has('aws-rds-multi-az', 'canary/main.tf', 3), `canary of ${name}`).toBe(true);
      for (const [ruleId, file, line] of c.expect ?? [])
        expect(
          has(ruleId, file, line),
          `${ruleId} at ${file}:${line}: ${JSON.stringify(findings.filter((f) => f.file.startsWith(at(''))).map((f) => [f.ruleId, f.file, f.line]))}`,
        ).toBe(true);
      const text = readFileSync(join(base, 'report.json'), 'utf8');
      for (const s of c.absent ?? []) expect(text).not.toContain(s);
    },
  );

  it('ends quietly with the lint exit code when the reader goes away (| head)', () => {
    const r = arch([], {
      shell: `"${process.execPath}" "${BIN}" scan/yaml-many-containers --format sarif | head -c 200 > /dev/null`,
    });
    // pipefail: the status is arch-lint's own (1: the canary is an error), not head's.
    expect([r.code, r.stderr]).toEqual([1, '']);
  });

  it('refuses a config alias bomb as a configuration error (exit 2), naming the file', () => {
    const dir = join(base, 'config-bomb');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, '.arch-lint.yml'),
      'a: &a [x, x, x, x, x, x, x, x, x]\n' +
        'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n' +
        'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\nignore: *d\n',
    );
    const r = arch(['config-bomb']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/config-bomb\/\.arch-lint\.yml:\d+:\d+: .*aliases/);
  });
});
