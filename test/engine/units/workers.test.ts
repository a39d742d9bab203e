// Units linted in worker threads give what one thread gives, byte for byte. The worker entry
// (src/worker.ts) is bundled for the test as scripts/bundle.mjs bundles it into dist/.
import { writeFileSync } from 'node:fs';
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
import { lintInProcess, lintInThreads, portableOptions } from '../../../src/engine/unit-workers.js';
import { REPORTERS } from '../../../src/report/index.js';
import { builtinRules } from '../../../rules/index.js';
import { REPO_DIR } from '../../support/shared.js';
import { tempDir } from '../../support/temp-dirs.js';

let script: URL;

beforeAll(async () => {
  const out = join(tempDir('worker'), 'worker.js');
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

async function unitsOf(paths: string[]) {
  const options: LintOptions = { paths, cwd: REPO_DIR };
  const setup = await prepareLint(options, builtinRules);
  const { files } = await setup.source.discover(setup.paths, { cwd: REPO_DIR, isIgnored: setup.config.isIgnored });
  const charts = chartTemplateSkips(files);
  const links = await scanLinks(charts.lintable, setup.limits, setup.source);
  const units = planUnits(charts.lintable, links);
  const shared = { charts, templateRefs: [...links.templates], joinKeys: true };
  return { setup, units, shared, ctx: unitContext(setup, shared) };
}

describe('worker threads', () => {
  it('return for each unit exactly what linting it in this thread returns', async () => {
    const options: LintOptions = { paths: ['fixtures/engine/units', 'fixtures/demo'], cwd: REPO_DIR };
    const { setup, ctx, units, shared } = await unitsOf(options.paths);
    expect(units.length).toBeGreaterThan(5);
    const inProcess = await lintInProcess(ctx, units);
    const inWorkers = await lintInThreads({
      script,
      threads: 2,
      setup: { options: portableOptions(options), shared },
      ctx,
      units,
      enabled: setup.enabled,
      mainThreadLints: false,
    });
    expect(inWorkers.takeAll()).toStrictEqual(inProcess.takeAll());
  }, 120_000);

  it.each([
    ['enables other rules', 'parentPort.postMessage({ ready: ["another-rule"] });', /enabled other rules/],
    ['sends what no worker sends', 'parentPort.postMessage(42);', /unexpected message/],
    [
      'fails on a unit',
      'parentPort.postMessage({ ready: workerData.options.expected });\n' +
        'parentPort.on("message", ({ index }) => parentPort.postMessage({ index, error: "boom in unit " + index }));',
      /boom in unit/,
    ],
  ])('fail the run, not hang it, when a worker %s', async (_name, body, error) => {
    const { setup, ctx, units, shared } = await unitsOf(['fixtures/engine/units']);
    const bad = join(tempDir('bad-worker'), 'worker.mjs');
    writeFileSync(bad, `import { parentPort, workerData } from 'node:worker_threads';\n${body}\n`);
    const expected = setup.enabled.map((e) => e.rule.meta.id);
    const run = lintInThreads({
      script: pathToFileURL(bad),
      threads: 2,
      setup: { options: { ...portableOptions({ paths: [], cwd: REPO_DIR }), expected } as never, shared },
      ctx,
      units,
      enabled: setup.enabled,
      mainThreadLints: false,
    });
    await expect(run).rejects.toThrow(error);
  });

  it('leave the units of a worker that exits before it is ready to the other threads', async () => {
    const { setup, ctx, units, shared } = await unitsOf(['fixtures/engine/units']);
    const gone = join(tempDir('gone-worker'), 'worker.mjs');
    writeFileSync(gone, 'process.exit(3);\n');
    const viaThreads = await lintInThreads({
      script: pathToFileURL(gone),
      threads: 3,
      setup: { options: portableOptions({ paths: [], cwd: REPO_DIR }), shared },
      ctx,
      units,
      enabled: setup.enabled,
    });
    const inProcess = await lintInProcess(ctx, units);
    expect(viaThreads.takeAll()).toStrictEqual(inProcess.takeAll());
  });

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
