// One deployment unit (units.ts) through parse → model → rules. What it returns outlives
// its parse trees and model: findings, the unit's suppressions, and small facts for the
// run's summary; everything else is released when the unit is done. Plain data only, so
// a worker thread can return it.

import type { Finding } from '../findings/finding.js';
import type { FileSource } from '../read/file-source.js';
import { SourceFile } from '../parse/source.js';
import type { AccessRecorder } from '../model/terraform/access.js';
import { buildProject } from './build-project.js';
import { readInstalledModules } from './installed-modules.js';
import type { EffectiveConfig } from './config/effective.js';
import { findKustomizeBinary, renderKustomizations } from './kustomize-render.js';
import { helmRelocator, isHelmFragment, type ChartScan } from './helm-charts.js';
import type { RenderedCharts } from './helm-releases.js';
import { terraformTemplates } from './terraform-templates.js';
import type { SkippedFile } from './lint-api.js';
import { parseFiles, parseProblems, type FileProblem, type ParsedFile, type ParseLimits } from './parse-files.js';
import { EVALUATION_LIMIT_RULE, limitFindings, problemFinding, PARSE_ERROR_RULE } from './problems.js';
import { runRules, type EnabledRule } from './run-rules.js';
import { planMapping } from './plan-mapping.js';
import { collectFileSuppressions, type CollectedSuppressions } from './suppressions.js';
import { encodeJoinKey } from './join-keys.js';
import type { LintUnit } from './units/lint-units.js';
import type { TfFileInput } from '../model/terraform/build.js';

/** What every unit of a run shares. */
export interface UnitContext {
  config: EffectiveConfig;
  enabled: readonly EnabledRule[];
  limits: ParseLimits;
  source: FileSource;
  cwd: string;
  stdin?: Uint8Array | string;
  /** `TF_VAR_name` values of the run's environment (env-vars.ts). */
  tfVars?: ReadonlyMap<string, string>;
  charts: ChartScan;
  /** Charts helm rendered (whole-scan runs only). */
  rendering?: RenderedCharts;
  varFiles: TfFileInput[];
  /** Files the whole scan's Terraform reads with templatefile() / file(); undefined: this unit's own. */
  templateRefs?: ReadonlySet<string>;
  kustomize: 'render' | 'in-process';
  /** Told after each file of the unit with the number parsed so far (progress; in-process only). */
  onParsed?: (done: number) => void;
  /** Collect the join keys of rules that look across units (a run split into units). */
  joinKeys: boolean;
  /** Return the text of every file (a source that cannot read a file twice, such as a commit's tree). */
  keepSources: boolean;
  recordAccess?: AccessRecorder;
}

export interface UnitOutcome {
  /** Rule findings with the index of the rule that reported them, in report order. */
  ruleFindings: [number, Finding][];
  /** Parse and render problems of the files the unit owns, as findings. */
  problemFindings: Finding[];
  /** Evaluation budgets hit, as findings, with the key that makes each hit one per limit and position. */
  limitFindings: [string, Finding][];
  suppressions: CollectedSuppressions;
  kubernetesNotes: string[];
  kustomizeNotes: string[];
  /** Owned files skipped after parsing (Helm fragments, Terraform templates). */
  skipped: SkippedFile[];
  /** Owned files by how the summary counts them (the run counts those of the selected units). */
  counted: {
    parsed: string[];
    notKubernetes: string[];
    loadProblems: string[];
    fragments: string[];
    templates: string[];
  };
  /** Owned files parsed, and files with problems that show their text: the run's linted paths. */
  scanned: string[];
  /** Sources not on disk (renderings, stdin) or read for relocation, for snippets. */
  extraSources: { path: string; text: string }[];
  crashes: string[];
  /** What rules that look across units can join on (Rule.joinKeys): units sharing one are linted together. */
  joinKeys: string[];
}

export async function lintUnit(ctx: UnitContext, unit: LintUnit): Promise<UnitOutcome> {
  const { config } = ctx;
  // A unit reports on the files it owns, and on those it made (renderings, stdin).
  const read = new Set(unit.files.map((c) => c.path));
  const owns = (path: string) => unit.owned.has(path) || !read.has(path);
  const parsedAll = await parseFiles(unit.files, ctx.limits, ctx.stdin, ctx.source, ctx.onParsed);
  // Helm fragments outside templates/ are not YAML until rendered: an info line each, not parse errors.
  const fragments = new Set(parsedAll.parsed.filter((f) => isHelmFragment(f, ctx.charts.chartDirs)));
  // Terraform templates (templatefile(), file()) are not manifests until rendered either.
  const templates = terraformTemplates(
    parsedAll.parsed.filter((f) => !fragments.has(f)),
    ctx.templateRefs,
  );
  const rendering = ctx.rendering;
  const parsed: ParsedFile[] = [
    ...parsedAll.parsed.filter((f) => !fragments.has(f) && !templates.has(f.source.path)),
    ...(rendering?.parsed ?? []),
  ];
  const problems: FileProblem[] = [
    ...parsedAll.problems.filter((p) => owns(p.source.path)),
    ...parsed.filter((f) => owns(f.source.path)).flatMap(parseProblems),
  ];

  // Module code `terraform init` installed under `.terraform/` (not scanned, followed from calls).
  const installed = await readInstalledModules(unit.files, ctx.source, ctx.cwd, ctx.limits);
  const built = buildProject({
    files: parsed,
    varFiles: ctx.varFiles,
    evalLimits: config.evalLimits,
    recordAccess: ctx.recordAccess,
    tfVars: ctx.tfVars,
    installed,
    unit: unit.roots && { roots: unit.roots, owns: (dir) => unit.ownedDirs?.has(dir) ?? false },
  });
  const { project } = built;
  const renderKustomize =
    built.kustomizeRoots.length > 0 && ctx.source.label === 'the working tree' && ctx.kustomize === 'render';
  const kustomized = renderKustomizations(
    project,
    built.kustomizeRoots,
    parsed,
    ctx.cwd,
    renderKustomize ? findKustomizeBinary() : null,
  );
  const relocate = await helmRelocator({
    parsed,
    scan: ctx.charts,
    releases: rendering?.releases,
    files: ctx.source,
  });
  // Terraform plans: findings move to the configuration's lines; its duplicates are dropped.
  const plans = planMapping(project);
  // One rule at a time, so each finding keeps the index of its rule (the run's merge order).
  const ruleFindings: [number, Finding][] = [];
  const crashes: string[] = [];
  ctx.enabled.forEach((rule, i) => {
    const run = runRules(
      project,
      [rule],
      (f, r, subject) => plans.relocate(f, r) ?? kustomized.relocate(f, r) ?? relocate.relocate(f, r, subject),
    );
    for (const f of run.findings) if (plans.keep(f)) ruleFindings.push([i, f]);
    for (const c of run.crashes)
      crashes.push(`rule ${c.ruleId} failed: ${(c.error as Error)?.stack ?? String(c.error)}`);
  });
  const parseSeverity = config.severityOf(PARSE_ERROR_RULE.id);
  const limitSeverity = config.severityOf(EVALUATION_LIMIT_RULE.id);
  const problemFindings = parseSeverity ? problems.map((p) => problemFinding(p, parseSeverity)) : [];
  // Read after the rules: evaluation is lazy, and rules reading values can hit a budget.
  const hits = project.terraform.limitHits;
  const limits: [string, Finding][] = limitSeverity
    ? limitFindings(hits, limitSeverity).map((f, i) => [
        `${hits[i].limit}\0${f.file}\0${hits[i].range.start.offset}`,
        f,
      ])
    : [];

  // After the budgets are read: keys may evaluate values no rule asked for.
  const joinKeys = new Set<string>();
  if (ctx.joinKeys)
    for (const { rule, options } of ctx.enabled)
      for (const key of rule.joinKeys?.(project, options) ?? []) joinKeys.add(encodeJoinKey(key));

  const notKubernetes = built.notKubernetes.filter((s) => owns(s.path));
  const ownedParsed = parsed.filter((f) => owns(f.source.path));
  const extraSources: SourceFile[] = [
    // Files refused at a position (invalid UTF-8) still show the offending line.
    ...parsedAll.problems.filter((p) => p.source.text !== '' && owns(p.source.path)).map((p) => p.source),
    ...relocate.templates,
    // Not on disk (stdin, renderings), or read from somewhere a later read may not reach.
    ...parsed
      .filter((f) => ctx.keepSources || !read.has(f.source.path) || f.candidate.abs === '-')
      .map((f) => f.source),
  ];
  return {
    ruleFindings,
    problemFindings,
    limitFindings: limits,
    suppressions: collectFileSuppressions(parsed, project, owns),
    kubernetesNotes: built.notes,
    kustomizeNotes: kustomized.notes,
    skipped: [
      ...[...fragments]
        .filter((f) => owns(f.source.path))
        .map((f) => ({
          file: f.source.path,
          reason: 'Helm template fragment (has `{{ }}` directives): not YAML until a template renders it',
        })),
      ...[...templates].filter(([file]) => owns(file)).map(([file, reason]) => ({ file, reason })),
    ],
    counted: {
      parsed: ownedParsed.map((f) => f.source.path),
      notKubernetes: notKubernetes.map((s) => s.path),
      loadProblems: parsedAll.problems.filter((p) => owns(p.source.path)).map((p) => p.source.path),
      fragments: [...fragments].filter((f) => owns(f.source.path)).map((f) => f.source.path),
      templates: [...templates.keys()].filter(owns),
    },
    scanned: ownedParsed.map((f) => f.source.path),
    extraSources: extraSources.map((s) => ({ path: s.path, text: s.text })),
    crashes,
    joinKeys: [...joinKeys],
  };
}
