// The pipeline, end to end: read → plan units → (parse → model → rules) per unit → merge →
// suppressions → findings. Shared by the CLI and the GitHub Action; everything it prints
// goes through reporters elsewhere.

import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import { compareFindings, SEVERITY_RANK, type Finding } from '../findings/finding.js';
import type { Candidate } from '../read/discover.js';
import { terragruntTree } from '../read/kinds.js';
import type { FileSource } from '../read/file-source.js';
import { SourceFile } from '../parse/source.js';
import { disambiguate } from './fingerprint.js';
import { chartTemplateSkips } from './helm-charts.js';
import { compareKustomizeNotes } from '../model/kubernetes/kustomize/assemble.js';
import { renderCharts } from './helm-releases.js';
import { HELM_RENDER_ERROR_RULE } from './helm-render-rule.js';
import type { LintOptions, LintResult, SkippedFile } from './lint-api.js';
import { lintUnit, type UnitContext, type UnitOutcome } from './lint-unit.js';
import { unitGroups } from './join-keys.js';
import type { OutcomeStore } from './outcome-store.js';
import { prepareLint, unitContext, type SharedUnitFacts } from './lint-setup.js';
import { lintInProcess, lintInThreads, portableOptions, workerCount } from './unit-workers.js';
import { parseProblems, type FileProblem } from './parse-files.js';
import { problemFinding, PARSE_ERROR_RULE } from './problems.js';
import type { Rule } from './rule.js';
import { ScannedSources } from './scanned-sources.js';
import { applyFileSuppressions, type CollectedSuppressions } from './suppressions.js';
import { scanLinks } from './units/links.js';
import { mergeUnits, planUnits, wholeScan, type LintUnit } from './units/lint-units.js';
import { chartValueUses, scopeFiles, scopeNote } from './units/scope.js';

/**
 * `rules`: the rules to run (the CLI and the Action pass the built-in ones); the policy's
 * user-defined rules are added to them.
 */
export async function lint(
  options: LintOptions,
  rules: readonly Rule<string, any>[],
  runner: { workerScript?: string | URL } = {},
): Promise<LintResult> {
  const timing = phaseTimer(process.env.ARCH_LINT_TIMING === '1');
  const setup = await prepareLint(options, rules);
  const { cwd, paths, source, policy, config, enabled, limits } = setup;

  // read
  const onDisk = paths.filter((p) => p !== '-');
  const discovery = await source.discover(onDisk, { cwd, root: options.root, isIgnored: config.isIgnored });
  const candidates: Candidate[] = terragruntTree(discovery.files);
  if (paths.includes('-')) candidates.push({ abs: '-', path: '<stdin>', kind: 'yaml', explicit: true });
  // Changed-units mode and --shard: only the files of the units to model (src/engine/units/).
  const scoped = options.scope
    ? await scopeFiles(options.scope, candidates, source, limits.maxFileBytes, chartValueUses(config.helm, cwd))
    : undefined;
  const inScope = scoped?.inScope ?? (() => true);
  const charts = chartTemplateSkips(scoped?.candidates ?? candidates);
  const { chartSkips, lintable } = charts;

  timing('read');
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
  const varFileOutcome = policy.varFiles;
  const onDiskSource = source.label === 'the working tree' && !source.prefetch;
  // One unit at a time; the whole scan at once when asked to, when helm rendered charts
  // (their releases are mapped back across the chart's files), or for Terragrunt (a unit
  // runs a module its terraform { source } names: links the planner does not read yet).
  const whole =
    (options.units ?? process.env.ARCH_LINT_UNITS) === 'off' ||
    rendering.parsed.length > 0 ||
    lintable.some((c) => c.kind === 'terragrunt' || c.kind === 'hcl');
  const links = whole ? undefined : await scanLinks(lintable, limits, source);
  const units = links ? planUnits(lintable, links) : wholeScan(lintable);
  const shared: SharedUnitFacts = { charts, templateRefs: links && [...links.templates], joinKeys: units.length > 1 };
  const ctx: UnitContext = {
    ...unitContext(setup, shared),
    // The files the planner read are handed to their units, not read again.
    ...(links ? { source: links.source } : {}),
    ...(whole ? { rendering } : {}),
    stdin: options.stdin,
    ...(options.recordAccess ? { recordAccess: options.recordAccess } : {}),
  };
  // Progress: the files of the units done (in this thread: file by file), then the rules.
  const progress = { files: lintable.length, parsed: 0, rules: enabled.length, rulesRun: 0 };
  options.onProgress?.(progress);
  let filesDone = 0;
  const report = (parsed: number) => {
    if (parsed !== progress.parsed) options.onProgress?.({ ...progress, parsed: (progress.parsed = parsed) });
  };
  const unitDone = (i: number) => report((filesDone += units[i].owned.size));
  const unitParsed = (i: number, n: number) => report(filesDone + Math.min(n, units[i].owned.size));
  // Worker threads when the units can be linted anywhere: on disk, by a policy a worker can read again.
  const workers = workerCount(options.workers);
  const store =
    runner.workerScript &&
    workers > 1 &&
    units.length > 1 &&
    onDiskSource &&
    !whole &&
    !paths.includes('-') &&
    !options.policy &&
    !options.recordAccess &&
    !options.source
      ? await lintInThreads({
          script: runner.workerScript,
          threads: workers,
          setup: { options: portableOptions(options), shared },
          ctx,
          units,
          enabled,
          onUnitDone: unitDone,
        })
      : await lintInProcess(ctx, units, unitDone, options.onProgress && unitParsed);
  options.onProgress?.({ ...progress, rulesRun: (progress.rulesRun = enabled.length) });
  const joined = await joinAcrossUnits(units, store.joinKeys(), ctx, new Map(lintable.map((c, i) => [c, i])));
  const outcomes = withJoined(store.takeAll(), joined);
  timing('units');

  const parseSeverity = config.severityOf(PARSE_ERROR_RULE.id);
  const renderSeverity = config.severityOf(HELM_RENDER_ERROR_RULE.id);
  const globalProblems = [
    // Directories that cannot be read are reported like files that cannot be read.
    ...discovery.unreadable.map((u) => unreadableProblem(u.path, u.reason)),
    ...varFileOutcome.problems,
    ...varFileOutcome.parsed.flatMap(parseProblems),
  ];
  // In the whole scan's order: rule by rule (each over the units in order), then problems, then budgets.
  const byRule: Finding[][] = enabled.map(() => []);
  for (const o of outcomes) for (const [i, f] of o.ruleFindings) byRule[i].push(f);
  const limitKeys = new Set<string>();
  const raw: Finding[] = [
    ...byRule.flat(),
    ...(parseSeverity
      ? globalProblems.slice(0, discovery.unreadable.length).map((p) => problemFinding(p, parseSeverity))
      : []),
    ...outcomes.flatMap((o) => o.problemFindings),
    ...(parseSeverity
      ? globalProblems.slice(discovery.unreadable.length).map((p) => problemFinding(p, parseSeverity))
      : []),
    ...(renderSeverity ? rendering.errors.map((p) => problemFinding(p, renderSeverity, HELM_RENDER_ERROR_RULE)) : []),
    ...outcomes.flatMap((o) =>
      o.limitFindings.flatMap(([key, f]) => (limitKeys.has(key) ? [] : (limitKeys.add(key), [f]))),
    ),
  ];
  const suppressed = applyFileSuppressions(dedupe(raw), mergeSuppressions(outcomes, lintable), config);
  const sites = suppressed.sites;
  // With a scope, the findings of the selected units only (after suppressions: a
  // suppression is used or unused by every finding of its file).
  const findings = scoped ? suppressed.findings.filter(scoped.keeps) : suppressed.findings;
  findings.sort(compareFindings);
  disambiguate(findings, (f) => f.file);

  timing('merge');
  const failOn = options.failOn ?? config.failOn;
  const threshold = failOn === 'none' ? Infinity : SEVERITY_RANK[failOn];
  const exitCode = findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;

  // Files that are not Kubernetes are skipped quietly; the rest are listed with why.
  const skipped: SkippedFile[] = [
    ...discovery.problems.map((p) => ({ file: p.path, reason: p.reason })),
    ...chartSkipLines(chartSkips.filter((s) => !rendering.rendered.has(s.chart) && inScope(s.file))),
    ...outcomes.flatMap((o) => o.skipped),
  ]
    .filter((s) => inScope(s.file))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // Counted over the selected units only when scoped: the shards' counts add up to a full run's.
  const count = (paths: Iterable<string>) => {
    let n = 0;
    for (const p of paths) if (inScope(p)) n++;
    return n;
  };
  const sum = (pick: (c: UnitOutcome['counted']) => string[]) =>
    outcomes.reduce((n, o) => n + count(pick(o.counted)), 0);
  const notKube = sum((c) => c.notKubernetes);

  const sources = new ScannedSources(
    new Map(lintable.map((c) => [c.path, c])),
    onDiskSource ? (c) => loadedSource(source, c, limits.maxFileBytes) : () => undefined,
  );
  for (const o of outcomes) {
    for (const path of o.scanned) sources.scanned(path);
    for (const s of o.extraSources) sources.set(s.path, new SourceFile(s.path, s.text));
  }
  for (const s of rendering.sources) sources.set(s.path, s);

  const unreadable = sum((c) => c.loadProblems) + count(discovery.unreadable.map((u) => u.path));
  const crashed = new Set<string>();
  return {
    findings,
    rules: [...enabled.map((e) => e.rule.meta), ...config.extraMetas].sort((a, b) => (a.id < b.id ? -1 : 1)),
    summary: {
      filesScanned: sum((c) => c.parsed) - notKube + unreadable,
      filesSkipped:
        count(discovery.problems.map((p) => p.path)) +
        count(chartSkips.map((s) => s.file)) +
        sum((c) => c.fragments) +
        notKube +
        sum((c) => c.templates),
      ...(scoped ? { scope: scoped.summary } : {}),
    },
    skipped,
    // Each unit's notes, in the order one scan of everything gives them.
    notes: [
      ...(scoped ? [scopeNote(scoped.summary)] : []),
      ...rendering.notes,
      ...outcomes.flatMap((o) => o.kubernetesNotes).sort(compareKustomizeNotes),
      ...outcomes.flatMap((o) => o.kustomizeNotes).sort(byRootDir),
    ],
    failOn,
    exitCode: exitCode as 0 | 1,
    // A rule that fails does so in every unit it meets: once is enough.
    internalErrors: outcomes
      .flatMap((o) => o.crashes)
      .filter((c) => !crashed.has(c.split(' failed:')[0]) && !!crashed.add(c.split(' failed:')[0])),
    sources,
    suppressions: scoped ? sites.filter((s) => inScope(s.file)) : sites,
  };
}

/** The worker entry bundled next to the calling bundle (dist/worker.js), when there is one. */
export function workerScript(callerUrl: string): URL | undefined {
  const url = new URL('./worker.js', callerUrl);
  return url.protocol === 'file:' && existsSync(url) ? url : undefined;
}

/** Notes about kustomization roots (`<root>/kustomization.yaml: ...`), in root folder order. */
function byRootDir(a: string, b: string): number {
  const dir = (note: string) => posix.dirname(note.slice(0, note.indexOf(': ')));
  return dir(a) < dir(b) ? -1 : dir(a) > dir(b) ? 1 : 0;
}

/**
 * Rules that join facts of different units (Rule.joinKeys) run again over each group of
 * units that share a key, linted together; their findings there replace the per-unit ones
 * (`findings`: by unit, those of the group's first unit, none for the others).
 */
async function joinAcrossUnits(
  units: LintUnit[],
  joinKeys: string[][],
  ctx: UnitContext,
  order: Map<Candidate, number>,
): Promise<JoinedFindings | undefined> {
  const joining = new Set(ctx.enabled.flatMap((e, i) => (e.rule.joinKeys ? [i] : [])));
  if (joining.size === 0) return undefined;
  const findings = new Map<number, [number, Finding][]>();
  for (const group of unitGroups(joinKeys)) {
    const merged = await lintUnit(
      { ...ctx, joinKeys: false },
      mergeUnits(
        group.map((i) => units[i]),
        (c) => order.get(c) ?? order.size,
      ),
    );
    for (const i of group) findings.set(i, []);
    findings.set(
      group[0],
      merged.ruleFindings.filter(([r]) => joining.has(r)),
    );
  }
  return { joining, findings };
}

interface JoinedFindings {
  /** Indices of the rules that join. */
  joining: Set<number>;
  findings: Map<number, [number, Finding][]>;
}

/** Each unit's outcome with its findings of the joining rules replaced by the joins'. */
function withJoined(outcomes: UnitOutcome[], joined: JoinedFindings | undefined): UnitOutcome[] {
  if (joined)
    outcomes.forEach((outcome, i) => {
      const replaced = joined.findings.get(i);
      if (replaced)
        outcome.ruleFindings = [...outcome.ruleFindings.filter(([r]) => !joined.joining.has(r)), ...replaced];
    });
  return outcomes;
}

/** Every unit's suppressions, in scan order of their files (renderings last), as the whole scan collects them. */
function mergeSuppressions(outcomes: UnitOutcome[], scan: Candidate[]): CollectedSuppressions {
  const order = new Map(scan.map((c, i) => [c.path, i]));
  const rank = (path: string) => order.get(path) ?? scan.length;
  const byFile = <T>(list: T[], path: (t: T) => string) =>
    list
      .map((t, i) => ({ t, i }))
      .sort((a, b) => rank(path(a.t)) - rank(path(b.t)) || a.i - b.i)
      .map((x) => x.t);
  return {
    suppressions: byFile(
      outcomes.flatMap((o) => o.suppressions.suppressions),
      (s) => s.file.path,
    ),
    objectIgnores: outcomes.flatMap((o) => o.suppressions.objectIgnores),
  };
}

function loadedSource(source: FileSource, c: Candidate, maxBytes: number): SourceFile | undefined {
  const loaded = c.abs === '-' ? undefined : source.load(c, maxBytes);
  return loaded?.ok ? loaded.source : loaded && !loaded.ok && loaded.at ? loaded.at.source : undefined;
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
    const { heapUsed, rss } = process.memoryUsage();
    const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
    process.stderr.write(
      `arch-lint timing: ${phase} ${(now - last).toFixed(1)} ms (heap ${mb(heapUsed)} MB, rss ${mb(rss)} MB, peak rss ${mb(process.resourceUsage().maxRSS * 1024)} MB)\n`,
    );
    last = now;
  };
}
