// The pipeline, end to end: read → parse → model → rules → findings. Shared by the CLI
// and the GitHub Action; everything it prints goes through reporters elsewhere.

import { resolve } from 'node:path';
import { compareFindings, SEVERITY_RANK, type Finding } from '../findings/finding.js';
import type { Candidate } from '../read/discover.js';
import { terragruntTree } from '../read/kinds.js';
import { diskSource } from '../read/file-source.js';
import { DEFAULT_MAX_FILE_BYTES } from '../read/load.js';
import { SourceFile } from '../parse/source.js';
import { buildProject } from './build-project.js';
import { tfVarsFromEnv } from '../model/terraform/env-vars.js';
import { makeEffectiveConfig } from './config/effective.js';
import { findKustomizeBinary, renderKustomizations } from './kustomize-render.js';
import { disambiguate } from './fingerprint.js';
import { helmRelocator, chartTemplateSkips, isHelmFragment } from './helm-charts.js';
import { renderCharts } from './helm-releases.js';
import { HELM_RENDER_ERROR_RULE } from './helm-render-rule.js';
import { terraformTemplates } from './terraform-templates.js';
import type { LintOptions, LintResult, SkippedFile } from './lint-api.js';
import { parseFiles, parseProblems, type FileProblem } from './parse-files.js';
import { readInstalledModules } from './installed-modules.js';
import { EVALUATION_LIMIT_RULE, limitFindings, problemFinding, PARSE_ERROR_RULE } from './problems.js';
import type { Rule } from './rule.js';
import { runRules } from './run-rules.js';
import { loadPolicy } from './policy.js';
import { applyFileSuppressions } from './suppressions.js';
import { chartValueUses, scopeFiles, scopeNote } from './units/scope.js';

/**
 * `rules`: the rules to run (the CLI and the Action pass the built-in ones); the policy's
 * user-defined rules are added to them.
 */
export async function lint(options: LintOptions, rules: readonly Rule<string, any>[]): Promise<LintResult> {
  const timing = phaseTimer(process.env.ARCH_LINT_TIMING === '1');
  const cwd = resolve(options.cwd);
  const paths = options.paths.length > 0 ? options.paths : ['.'];
  // The files linted, and the policy (config, rulesDir, var files) they are judged by.
  const source = options.source ?? diskSource(options.root);
  const policy = options.policy ?? (await loadPolicy({ ...options, paths }, cwd, source));
  const config = makeEffectiveConfig(policy.config, {
    cwd,
    rules,
    userRules: policy.userRules,
    onlyRules: options.onlyRules,
    ruleOptions: options.ruleOptions,
    select: options.select,
  });
  const enabled = config.enabledRules();

  // read
  const onDisk = paths.filter((p) => p !== '-');
  const discovery = await source.discover(onDisk, { cwd, root: options.root, isIgnored: config.isIgnored });
  const candidates: Candidate[] = terragruntTree(discovery.files);
  if (paths.includes('-')) candidates.push({ abs: '-', path: '<stdin>', kind: 'yaml', explicit: true });
  const maxFileBytes = config.limits.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  // Changed-units mode and --shard: only the files of the units to model (src/engine/units/).
  const scoped = options.scope
    ? await scopeFiles(options.scope, candidates, source, maxFileBytes, chartValueUses(config.helm, cwd))
    : undefined;
  const inScope = scoped?.inScope ?? (() => true);
  const charts = chartTemplateSkips(scoped?.candidates ?? candidates);
  const { chartSkips, lintable } = charts;

  timing('read');
  const progress = { files: lintable.length, parsed: 0, rules: enabled.length, rulesRun: 0 };
  options.onProgress?.(progress);
  // parse
  const limits = { maxFileBytes, yaml: config.yamlLimits };
  const parsedAll = await parseFiles(lintable, limits, options.stdin, source, (n) =>
    options.onProgress?.({ ...progress, parsed: (progress.parsed = n) }),
  );
  // Helm fragments outside templates/ are not YAML until rendered: an info line each, not parse errors.
  const fragments = parsedAll.parsed.filter((f) => isHelmFragment(f, charts.chartDirs));
  // Terraform templates (templatefile(), file()) are not manifests until rendered either.
  const templates = terraformTemplates(parsedAll.parsed.filter((f) => !fragments.includes(f)));
  // Charts rendered with helm when it is on PATH, from a private copy of the side read (the
  // working tree or a commit): their releases are linted like any YAML stream.
  const rendering = await renderCharts(charts, {
    config: config.helm,
    cwd,
    yamlLimits: config.yamlLimits,
    maxFileBytes: limits.maxFileBytes,
    source,
    cache: options.helmRenders,
  });
  const outcome = {
    ...parsedAll,
    parsed: [
      ...parsedAll.parsed.filter((f) => !fragments.includes(f) && !templates.has(f.source.path)),
      ...rendering.parsed,
    ],
  };
  const varFileOutcome = policy.varFiles;
  const problems = [
    // Directories that cannot be read are reported like files that cannot be read.
    ...discovery.unreadable.map((u) => unreadableProblem(u.path, u.reason)),
    ...outcome.problems,
    ...outcome.parsed.flatMap(parseProblems),
    ...varFileOutcome.problems,
    ...varFileOutcome.parsed.flatMap(parseProblems),
  ];

  // Module code `terraform init` installed under `.terraform/` (not scanned, followed from calls).
  const installed = await readInstalledModules(lintable, source, cwd, limits);

  timing('parse');
  // model
  const varFiles = varFileOutcome.parsed.flatMap((f) => (f.kind === 'hcl' ? [{ file: f.source, hcl: f.hcl }] : []));
  const { project, notKubernetes, notes, kustomizeRoots } = buildProject(
    outcome.parsed,
    varFiles,
    config.evalLimits,
    options.recordAccess,
    tfVarsFromEnv(options.env),
    installed,
  );
  // Kustomization roots rendered by kustomize when it is on PATH (a working tree only: it reads real files).
  const renderKustomize =
    kustomizeRoots.length > 0 &&
    source.label === 'the working tree' &&
    (options.kustomize ?? (process.env.ARCH_LINT_KUSTOMIZE === 'in-process' ? 'in-process' : 'render')) === 'render';
  const kustomized = renderKustomizations(
    project,
    kustomizeRoots,
    outcome.parsed,
    cwd,
    renderKustomize ? findKustomizeBinary() : null,
  );

  timing('model');
  // rules → findings
  const relocate = await helmRelocator({
    parsed: outcome.parsed,
    scan: charts,
    releases: rendering.releases,
    files: source,
  });
  const run = runRules(
    project,
    enabled,
    (f, r, subject) => kustomized.relocate(f, r) ?? relocate.relocate(f, r, subject),
    (n) => options.onProgress?.({ ...progress, rulesRun: (progress.rulesRun = n) }),
  );
  const parseSeverity = config.severityOf(PARSE_ERROR_RULE.id);
  const renderSeverity = config.severityOf(HELM_RENDER_ERROR_RULE.id);
  const limitSeverity = config.severityOf(EVALUATION_LIMIT_RULE.id);
  const raw: Finding[] = [
    ...run.findings,
    ...(parseSeverity ? problems.map((p) => problemFinding(p, parseSeverity)) : []),
    ...(renderSeverity ? rendering.errors.map((p) => problemFinding(p, renderSeverity, HELM_RENDER_ERROR_RULE)) : []),
    // Read after the rules: evaluation is lazy, and rules reading values can hit a budget.
    ...(limitSeverity ? limitFindings(project.terraform.limitHits, limitSeverity) : []),
  ];
  const suppressed = applyFileSuppressions(dedupe(raw), outcome.parsed, project, config);
  const sites = suppressed.sites;
  // With a scope, the findings of the selected units only (after suppressions: a
  // suppression is used or unused by every finding of its file).
  const findings = scoped ? suppressed.findings.filter(scoped.keeps) : suppressed.findings;
  findings.sort(compareFindings);
  disambiguate(findings, (f) => f.file);

  timing('rules');
  const failOn = options.failOn ?? config.failOn;
  const threshold = failOn === 'none' ? Infinity : SEVERITY_RANK[failOn];
  const exitCode = findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;

  // Files that are not Kubernetes are skipped quietly; the rest are listed with why.
  const notKube = new Set(notKubernetes.map((src) => src.path));
  const skipped: SkippedFile[] = [
    ...discovery.problems.map((p) => ({ file: p.path, reason: p.reason })),
    ...chartSkipLines(chartSkips.filter((s) => !rendering.rendered.has(s.chart) && inScope(s.file))),
    ...fragments.map((f) => ({
      file: f.source.path,
      reason: 'Helm template fragment (has `{{ }}` directives): not YAML until a template renders it',
    })),
    ...[...templates].map(([file, reason]) => ({ file, reason })),
  ]
    .filter((s) => inScope(s.file))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const sources = new Map<string, SourceFile>();
  for (const f of outcome.parsed) sources.set(f.source.path, f.source);
  // Files refused at a position (invalid UTF-8) still show the offending line.
  for (const p of outcome.problems) if (p.source.text !== '') sources.set(p.source.path, p.source);
  for (const s of relocate.templates) sources.set(s.path, s);
  for (const s of rendering.sources) sources.set(s.path, s);

  // Counted over the selected units only when scoped: the shards' counts add up to a full run's.
  const count = (paths: Iterable<string>) => {
    let n = 0;
    for (const p of paths) if (inScope(p)) n++;
    return n;
  };
  const unreadable = count(outcome.problems.map((p) => p.source.path)) + count(discovery.unreadable.map((u) => u.path));
  const notKubeCount = count(notKube);
  return {
    findings,
    rules: [...enabled.map((e) => e.rule.meta), ...config.extraMetas].sort((a, b) => (a.id < b.id ? -1 : 1)),
    summary: {
      filesScanned: count(outcome.parsed.map((f) => f.source.path)) - notKubeCount + unreadable,
      filesSkipped:
        count(discovery.problems.map((p) => p.path)) +
        count(chartSkips.map((s) => s.file)) +
        count(fragments.map((f) => f.source.path)) +
        notKubeCount +
        count(templates.keys()),
      ...(scoped ? { scope: scoped.summary } : {}),
    },
    skipped,
    notes: [...(scoped ? [scopeNote(scoped.summary)] : []), ...rendering.notes, ...notes, ...kustomized.notes],
    failOn,
    exitCode: exitCode as 0 | 1,
    internalErrors: run.crashes.map((c) => `rule ${c.ruleId} failed: ${(c.error as Error)?.stack ?? String(c.error)}`),
    sources,
    suppressions: scoped ? sites.filter((s) => inScope(s.file)) : sites,
  };
}

/**
 * A module called from two places yields the same finding twice: keep one. Grouped by
 * file and range, then compared field by field, rather than one joined key per finding
 * (each would copy the whole message, held until the last finding is seen).
 */
function dedupe(findings: Finding[]): Finding[] {
  // Most positions hold one finding: it is stored as is, a list only when there are more.
  const byFile = new Map<string, Map<string, Finding | Finding[]>>();
  const same = (a: Finding, b: Finding) => a.ruleId === b.ruleId && a.message === b.message;
  return findings.filter((f) => {
    let atFile = byFile.get(f.file);
    if (!atFile) byFile.set(f.file, (atFile = new Map()));
    const at = `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
    const seen = atFile.get(at);
    if (seen === undefined) atFile.set(at, f);
    else if (Array.isArray(seen)) {
      if (seen.some((g) => same(g, f))) return false;
      seen.push(f);
    } else {
      if (same(seen, f)) return false;
      atFile.set(at, [seen, f]);
    }
    return true;
  });
}

function unreadableProblem(path: string, reason: string): FileProblem {
  const source = new SourceFile(path, '');
  return { source, message: `Not linted: ${reason}.`, range: source.range(0, 0) };
}

/** One line per chart, not one per template. */
function chartSkipLines(skips: { chart: string }[]): SkippedFile[] {
  const byChart = new Map<string, number>();
  for (const s of skips) byChart.set(s.chart, (byChart.get(s.chart) ?? 0) + 1);
  return [...byChart].map(([chart, n]) => ({
    file: chart === '.' ? 'templates/' : `${chart}/templates/`,
    reason: `Helm chart templates are not YAML until rendered (${n} file${n === 1 ? '' : 's'}); lint \`helm template\` output instead`,
  }));
}

/** ARCH_LINT_TIMING=1 prints how long each phase took, on stderr (like ESLint's TIMING). */
function phaseTimer(on: boolean): (phase: string) => void {
  let last = performance.now();
  return (phase) => {
    if (!on) return;
    const now = performance.now();
    process.stderr.write(`arch-lint timing: ${phase} ${(now - last).toFixed(1)} ms\n`);
    last = now;
  };
}
