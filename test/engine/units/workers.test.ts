// Units linted in worker threads give what one thread gives, byte for byte. The worker entry
// (src/worker.ts) is bundled for the test as scripts/bundle.mjs bundles it into dist/.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { lint as lintWith } from '../../../src/engine/lint.js';
import type { LintOptions, LintResult } from '../../../src/engine/lint-api.js';
import { prepareLint, unitContext } from '../../../src/engine/lint-setup.js';
import { chartTemplateSkips } from '../../../src/engine/helm-charts.js';
import { scanLinks } from '../../../src/engine/units/links.js';
import { planUnits } from '../../../src/engine/units/lint-units.js';
import { lintInProcess, lintInWorkers, portableOptions } from '../../../src/engine/unit-workers.js';
import { unpackOutcome } from '../../../src/engine/packed-outcome.js';
import { REPORTERS } from '../../../src/report/index.js';
import { builtinRules } from '../../../rules/index.js';
import { REPO_DIR } from '../../support/shared.js';

let script: URL;

beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'arch-lint-worker-')), 'worker.js');
  await build({
    entryPoints: [join(REPO_DIR, 'src/worker.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: {
      js: "import { createRequire as __cr } from 'node:module';\nconst require = __cr(import.meta.url);",
    },
    logLevel: 'error',
  });
  script = pathToFileURL(out);
}, 120_000);

function report(result: LintResult): string {
  const context = {
    toolVersion: '0.0.0-test',
    rules: result.rules,
    summary: result.summary,
    source: (p: string) => result.sources.get(p),
    color: false,
  };
  const { skipped, notes, exitCode, internalErrors, suppressions } = result;
  return [
    REPORTERS.json(result.findings, context),
    REPORTERS.sarif(result.findings, context),
    JSON.stringify({ skipped, notes, exitCode, internalErrors, suppressions }),
  ].join('\n');
}

describe('worker threads', () => {
  it('return for each unit exactly what linting it in this thread returns', async () => {
    const options: LintOptions = { paths: ['fixtures/engine/units', 'fixtures/demo'], cwd: REPO_DIR };
    const setup = await prepareLint(options, builtinRules);
    const { files } = await setup.source.discover(setup.paths, { cwd: REPO_DIR, isIgnored: setup.config.isIgnored });
    const charts = chartTemplateSkips(files);
    const links = await scanLinks(charts.lintable, setup.limits, setup.source);
    const units = planUnits(charts.lintable, links);
    expect(units.length).toBeGreaterThan(5);
    const shared = { charts, templateRefs: [...links.templates], joinKeys: true };
    const inProcess = await lintInProcess(unitContext(setup, shared), units);
    const inWorkers = await lintInWorkers(
      script,
      3,
      { options: portableOptions(options), shared },
      units,
      setup.enabled,
    );
    const strings = new Map<string, string>();
    expect(inWorkers.map((o) => unpackOutcome(o, strings))).toStrictEqual(
      inProcess.map((o) => unpackOutcome(o, strings)),
    );
  }, 120_000);

  it.each([
    ['the unit fixtures and the demo', ['fixtures/engine/units', 'fixtures/demo']],
    ['the Terraform and Kubernetes fixtures', ['fixtures/terraform', 'fixtures/k8s']],
  ])(
    'give byte-identical reports on %s',
    async (_name, paths) => {
      const run = (workers: number) =>
        lintWith({ paths, cwd: REPO_DIR, workers }, builtinRules, { workerScript: script });
      expect(report(await run(2))).toBe(report(await run(1)));
    },
    120_000,
  );
});
