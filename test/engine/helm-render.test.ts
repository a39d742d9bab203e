// Rendering charts with `helm template`. The stand-in helm (test/support/fake-helm/helm)
// replays the committed renderings of fixtures/helm/rendered and checks the invocation
// contract; the last suite runs real helm when it is on PATH (skipped otherwise): it
// regenerates those renderings and compares them with the committed, hand-authored ones.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../support/lint.js';
import { findHelm, missingDependencies, planReleases } from '../../src/engine/helm-render.js';
import type { Finding } from '../../src/findings/finding.js';
import { diskSource } from '../../src/read/file-source.js';
import { REPO_DIR } from '../support/shared.js';
import { helmCalls, installFakeHelm } from '../support/fake-helm.js';
import { tempDir } from '../support/temp-dirs.js';

const where = (f: Finding) => `${f.file}:${f.line}:${f.column}`;
const CONFIG = 'fixtures/helm/render.arch-lint.yml';
const LIMITS = { maxFileBytes: 5 << 20, maxTotalBytes: 64 << 20, maxFiles: 10_000 };

describe('planned releases', () => {
  it("defaults to the chart's own values and one release per ci/*-values.yaml; subcharts render with their parent", () => {
    const charts = [
      {
        dir: 'fixtures/helm/shop',
        abs: join(REPO_DIR, 'fixtures/helm/shop'),
        name: 'shop',
        ciFiles: ['ha-values.yaml'],
      },
      {
        dir: 'fixtures/helm/shop/charts/cache',
        abs: join(REPO_DIR, 'fixtures/helm/shop/charts/cache'),
        name: 'cache',
        ciFiles: [],
      },
    ];
    const plans = planReleases(charts, {}, REPO_DIR);
    expect(plans.map((p) => [p.chartDir, p.name, p.namespace, p.values.map((v) => v.path)])).toEqual([
      ['fixtures/helm/shop', 'shop', 'default', []],
      ['fixtures/helm/shop', 'shop-ha', 'default', ['fixtures/helm/shop/ci/ha-values.yaml']],
    ]);
  });

  it('takes releases from config for the charts it names', () => {
    const charts = [
      {
        dir: 'fixtures/helm/shop',
        abs: join(REPO_DIR, 'fixtures/helm/shop'),
        name: 'shop',
        ciFiles: ['ha-values.yaml'],
      },
    ];
    const plans = planReleases(
      charts,
      {
        charts: [
          {
            path: join(REPO_DIR, 'fixtures/helm/shop'),
            values: [join(REPO_DIR, 'x/prod.yaml')],
            releaseName: 'prod',
            namespace: 'shop',
          },
        ],
      },
      REPO_DIR,
    );
    expect(plans.map((p) => [p.name, p.namespace, p.values.map((v) => v.path)])).toEqual([
      ['prod', 'shop', ['x/prod.yaml']],
    ]);
  });

  it('names dependencies declared in Chart.yaml and not vendored in charts/', async () => {
    const missing = async (dir: string) => {
      const snap = await diskSource().snapshot(join(REPO_DIR, dir), LIMITS);
      return snap.ok ? missingDependencies(snap.snapshot) : snap.reason;
    };
    expect(await missing('fixtures/helm/shop')).toEqual(['redis']);
    expect(await missing('fixtures/helm/broken')).toEqual([]);
  });
});

describe('without helm on PATH', () => {
  it('keeps the templates skipped and says once how to enable rendering', async () => {
    const saved = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const result = await lint({ paths: ['fixtures/helm/shop'], cwd: REPO_DIR, configPath: CONFIG });
      expect(result.notes).toEqual([
        '2 Helm charts found; without `helm` on PATH their templates are linted only through committed `helm template` output. Install helm v3 (for example with azure/setup-helm) to render and review them.',
      ]);
      expect(result.findings).toEqual([]);
      expect(result.skipped.map((s) => s.file)).toContain('fixtures/helm/shop/templates/');
    } finally {
      process.env.PATH = saved;
    }
  });
});

describe('with the stand-in helm replaying committed renderings', () => {
  let bin = '';
  let saved: string | undefined;
  beforeAll(() => {
    bin = installFakeHelm(join(REPO_DIR, 'fixtures/helm/rendered'));
    saved = process.env.PATH;
    process.env.PATH = `${bin}${delimiter}${saved}`;
  });
  afterAll(() => {
    process.env.PATH = saved;
  });

  it('finds helm v3 on PATH', async () => {
    expect(await findHelm()).toEqual({ path: join(bin, 'helm'), version: 'v3.17.3+ge4da497' });
  });

  it('renders each configured release offline and maps its findings into the chart', async () => {
    const result = await lint({
      paths: ['fixtures/helm/shop', 'fixtures/helm/broken'],
      cwd: REPO_DIR,
      configPath: CONFIG,
    });
    const templateCalls = helmCalls(bin).filter((c) => c.args[0] === 'template');
    // Every chart is rendered from a private copy of its files, deleted afterwards.
    expect(templateCalls.map((c) => c.args.map((a) => a.replace(/^.*arch-lint-helm-[^/]+/, '<tmp>')))).toEqual([
      ['template', 'broken', '<tmp>/chart/broken', '--namespace', 'default'],
      // The missing `redis` dependency: the copy's Chart.yaml does not declare it.
      ['template', 'storefront', '<tmp>/chart/shop', '--namespace', 'default'],
      [
        'template',
        'storefront-ha',
        '<tmp>/chart/shop',
        '--namespace',
        'default',
        '--values',
        '<tmp>/values/1-0/ha-values.yaml',
      ],
    ]);
    for (const c of templateCalls) expect(existsSync(c.args[2])).toBe(false);
    for (const c of templateCalls) {
      expect(c.env.HELM_PLUGINS).toMatch(/arch-lint-helm-.*plugins$/);
      expect(c.env.HELM_REPOSITORY_CONFIG).toMatch(/arch-lint-helm-.*repositories\.yaml$/);
      expect(c.env.HELM_REPOSITORY_CACHE).toMatch(/arch-lint-helm-/);
    }
    expect(result.notes).toEqual([
      'Helm chart `fixtures/helm/shop`: dependency `redis` is not vendored in charts/ (run `helm dependency build`); rendered without it.',
      'Helm chart `fixtures/helm/shop`: dependency `redis` is not vendored in charts/ (run `helm dependency build`); rendered without it.',
    ]);
    const manager = result.findings.filter(
      (f) => f.ruleId === 'k8s-container-resource-limits' && f.message.includes('Container `manager`'),
    );
    expect(manager.map(where)).toEqual(['fixtures/helm/shop/values.yaml:13:3', 'fixtures/helm/shop/values.yaml:13:3']);
    expect(manager.map((f) => f.message.replace(/^.*\[/, '['))).toEqual([
      '[Helm release `storefront-ha` of `fixtures/helm/shop` with `fixtures/helm/shop/ci/ha-values.yaml`]',
      '[Helm release `storefront` of `fixtures/helm/shop`]',
    ]);
    // Nothing is reported in the rendered stream itself: it is not a file.
    expect(result.findings.filter((f) => f.file.includes('(helm template'))).toEqual([]);
  });

  it('reports a render failure on the template line helm names', async () => {
    const result = await lint({ paths: ['fixtures/helm/broken'], cwd: REPO_DIR, configPath: CONFIG });
    const errors = result.findings.filter((f) => f.ruleId === 'helm-render-error');
    expect(errors.map((f) => [where(f), f.severity, f.message])).toEqual([
      [
        'fixtures/helm/broken/templates/deployment.yaml:17:53',
        'error',
        'Helm release `broken` of `fixtures/helm/broken` does not render: execution error at (broken/templates/deployment.yaml:17:53): image.tag is required  Use --debug flag to render out invalid YAML',
      ],
    ]);
    expect(errors[0].docsUrl).toMatch(/docs\/rules\/helm-render-error\.md$/);
  });

  it("names the repository's paths in helm's messages, never the private copy's; symlinks are left out", async () => {
    const dir = tempDir('paths');
    mkdirSync(join(dir, 'chart/templates'), { recursive: true });
    mkdirSync(join(dir, 'env'));
    copyFileSync(join(REPO_DIR, 'fixtures/helm/broken/Chart.yaml'), join(dir, 'chart/Chart.yaml'));
    writeFileSync(join(dir, 'env/prod.yaml'), 'a: 1\nb\n');
    symlinkSync('/etc/hostname', join(dir, 'chart/templates/host.yaml'));
    writeFileSync(
      join(dir, '.arch-lint.yml'),
      'helm:\n  charts:\n    - path: chart\n      releaseName: bad-values\n      values: [env/prod.yaml]\n',
    );
    const result = await lint({ paths: ['.'], cwd: dir });
    expect(result.findings.map((f) => [where(f), f.ruleId, f.message])).toEqual([
      [
        'chart/Chart.yaml:2:1',
        'helm-render-error',
        'Helm release `bad-values` of `chart` with `env/prod.yaml` does not render: failed to parse env/prod.yaml: error converting YAML to JSON: yaml: line 2: did not find expected key',
      ],
      // The values file is YAML the scan reads too.
      [
        'env/prod.yaml:3:1',
        'parse-error',
        'can not read a block mapping entry; a multiline key may not be an implicit key',
      ],
    ]);
    expect(result.notes).toEqual([
      'Helm chart `chart`: `chart/templates/host.yaml` is a symlink (not followed); rendered without it.',
    ]);
    const call = helmCalls(bin).filter((c) => c.args[1] === 'bad-values')[0];
    expect(call.args.slice(5)).toEqual([
      '--values',
      expect.stringMatching(/arch-lint-helm-[^/]+\/values\/0-0\/prod\.yaml$/),
    ]);
    expect(existsSync(join(call.args[2], 'templates/host.yaml'))).toBe(false);
  });

  it("a chart over the reader's limits is not copied nor rendered: a note says why, its templates stay skipped", async () => {
    const dir = tempDir('limits');
    mkdirSync(join(dir, 'chart/templates'), { recursive: true });
    mkdirSync(join(dir, 'chart/files'));
    copyFileSync(join(REPO_DIR, 'fixtures/helm/broken/Chart.yaml'), join(dir, 'chart/Chart.yaml'));
    copyFileSync(join(REPO_DIR, 'fixtures/helm/broken/templates/deployment.yaml'), join(dir, 'chart/templates/d.yaml'));
    writeFileSync(join(dir, 'chart/files/dashboard.json'), 'x'.repeat(3000));
    writeFileSync(join(dir, '.arch-lint.yml'), 'limits:\n  maxFileBytes: 2048\n');
    const before = helmCalls(bin).length;
    const result = await lint({ paths: ['.'], cwd: dir });
    expect(result.notes).toEqual([
      'Helm chart `chart` is not rendered from the working tree: `files/dashboard.json` is too large (2.9 KiB, the limit is 2.0 KiB).',
    ]);
    expect(helmCalls(bin).length - before).toBe(1); // `version --short` only
    expect(result.skipped.map((s) => s.file)).toContain('chart/templates/');
    expect(result.findings).toEqual([]);
  });

  it('stops a render that takes longer than the configured time', async () => {
    const dir = tempDir('slow');
    const chart = join(dir, 'slow');
    copyFileSync(join(REPO_DIR, 'fixtures/helm/broken/Chart.yaml'), join(dir, 'Chart.yaml'));
    writeFileSync(
      join(dir, '.arch-lint.yml'),
      'helm:\n  timeoutSeconds: 1\n  charts:\n    - path: .\n      releaseName: slow\n',
    );
    void chart;
    const result = await lint({ paths: ['.'], cwd: dir });
    expect(result.findings.map((f) => [where(f), f.ruleId, f.message])).toEqual([
      [
        'Chart.yaml:2:1',
        'helm-render-error',
        'Helm release `slow` of `.` does not render: helm template did not finish within 1 s',
      ],
    ]);
  });
});

describe('fixtures/helm/rendered/regenerate.sh', () => {
  it('runs the documented helm commands (checked with the stand-in, which replays the committed files)', () => {
    const bin = installFakeHelm(join(REPO_DIR, 'fixtures/helm/rendered'));
    const out = tempDir('regenerated');
    // The stand-in insists on a private helm home, as arch-lint gives it; the script leaves helm's own.
    const home = join(out, 'arch-lint-helm-home');
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` };
    for (const k of [
      'HELM_PLUGINS',
      'HELM_REPOSITORY_CONFIG',
      'HELM_REPOSITORY_CACHE',
      'HELM_CONFIG_HOME',
      'HELM_CACHE_HOME',
      'HELM_DATA_HOME',
    ])
      env[k] = home;
    execFileSync('sh', [join(REPO_DIR, 'fixtures/helm/rendered/regenerate.sh'), out], { env, stdio: 'pipe' });
    expect(helmCalls(bin).map((c) => c.args.join(' '))).toEqual([
      'template storefront shop --namespace default',
      'template storefront-ha shop --namespace default --values shop/ci/ha-values.yaml',
      'template broken broken --namespace default',
      'version --short',
    ]);
    expect(readdirSync(out).sort()).toEqual([
      'broken.error.txt',
      'helm-version.txt',
      'storefront-ha.yaml',
      'storefront.yaml',
    ]);
  });
});

const REAL_HELM = await findHelm();

describe.skipIf(!REAL_HELM || process.env.PATH?.includes('fake-helm-bin-'))('with real helm on PATH', () => {
  it('reproduces the committed renderings byte for byte (they were hand-authored: see their README)', () => {
    const out = tempDir('regenerated');
    execFileSync('sh', [join(REPO_DIR, 'fixtures/helm/rendered/regenerate.sh'), out], { stdio: 'pipe' });
    for (const file of ['storefront.yaml', 'storefront-ha.yaml', 'broken.error.txt'])
      expect(
        readFileSync(join(out, file), 'utf8'),
        `${file} (helm ${readFileSync(join(out, 'helm-version.txt'), 'utf8').trim()})`,
      ).toBe(readFileSync(join(REPO_DIR, 'fixtures/helm/rendered', file), 'utf8'));
  });

  it('renders fixtures/helm/shop and maps its findings into the chart, as the committed renderings do', async () => {
    const result = await lint({
      paths: ['fixtures/helm/shop', 'fixtures/helm/broken'],
      cwd: REPO_DIR,
      configPath: CONFIG,
    });
    const manager = result.findings.filter(
      (f) => f.ruleId === 'k8s-container-resource-limits' && f.message.includes('Container `manager`'),
    );
    expect(manager.map(where)).toEqual(['fixtures/helm/shop/values.yaml:13:3', 'fixtures/helm/shop/values.yaml:13:3']);
    const web = result.findings.filter(
      (f) => f.message.includes('Container `web`') && f.ruleId === 'k8s-missing-liveness-probe',
    );
    expect(web.map(where)).toEqual([
      'fixtures/helm/shop/templates/_pod.tpl:8:7',
      'fixtures/helm/shop/templates/_pod.tpl:8:7',
    ]);
    const errors = result.findings.filter((f) => f.ruleId === 'helm-render-error');
    expect(errors.map((f) => `${f.file}:${f.line}`)).toEqual(['fixtures/helm/broken/templates/deployment.yaml:17']);
  });
});
