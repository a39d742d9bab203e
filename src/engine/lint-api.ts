// The programmatic entry point shared by the CLI and the GitHub Action.

import type { AccessRecorder } from '../model/terraform/access.js';
import type { FailOn, Finding, Severity } from '../findings/finding.js';
import type { SourceFile } from '../parse/source.js';
import type { FileSource } from '../read/file-source.js';
import type { ArchLintConfig } from './config/load.js';
import type { HelmRenderCache } from './helm-render.js';
import { UsageError } from './usage-error.js';
import type { RuleSelection } from './config/effective.js';
import type { ParseOutcome } from './parse-files.js';
import type { Rule, RuleMeta } from './rule.js';
import type { ScopeSummary, UnitScope } from './units/scope.js';

export type { FailOn };

/** What a run is judged by: config, user rules and var files, read from one place. */
export interface Policy {
  config: ArchLintConfig;
  userRules: Rule<string>[];
  /** The config's var files and `--var-file`s, parsed. */
  varFiles: ParseOutcome;
  /** Where it was read from ("commit 1a2b3c4d5e6f", "the working tree"). */
  origin: string;
}

export interface LintOptions {
  /** Test-only: told of every Terraform resource attribute and nested block the rules read. */
  recordAccess?: AccessRecorder;
  /** Files or directories to scan, relative to `cwd`. `-` reads a YAML stream from `stdin`. */
  paths: string[];
  /** Working directory: reported paths are relative to it. */
  cwd: string;
  /** Explicit config file; otherwise `.arch-lint.yml` is searched upward from the first path. */
  configPath?: string;
  /** Overrides the config's `failOn`. */
  failOn?: FailOn;
  /** Content for the path `-`. */
  stdin?: Uint8Array | string;
  /** Extra Terraform var files (`--var-file`). */
  varFiles?: string[];
  /**
   * The environment Terraform would run in: its `TF_VAR_name` entries set root variables
   * (below tfvars and var files, above defaults). The CLI passes its environment; the
   * Action passes none. Nothing else in it is read.
   */
  env?: Readonly<Record<string, string | undefined>>;
  /** Told how far the run is, as it goes (the CLI draws a progress line on a terminal). */
  onProgress?: (progress: Readonly<LintProgress>) => void;
  /** `--rule` / `--skip-rule`: ids or globs selecting the rules that run. */
  select?: RuleSelection;
  /** `--no-config`: ignore config files (the defaults apply). */
  noConfig?: boolean;
  /** Run only these rules (tests, docs examples). */
  onlyRules?: string[];
  /**
   * Kustomization roots: `render` (default) with `kubectl kustomize` / `kustomize build`
   * when one is on PATH, else in-process; `in-process` never runs the binary
   * (also `ARCH_LINT_KUSTOMIZE=in-process`).
   */
  kustomize?: 'render' | 'in-process';
  /** Rule options by rule id, merged over the config's (tests, docs examples). */
  ruleOptions?: Record<string, Record<string, unknown>>;
  /**
   * Directory outside which nothing is read (the Action sets the workspace): paths and
   * symlinks that resolve outside it are refused.
   */
  root?: string;
  /** Where the linted files are read from (default: the file system, confined to `root`). */
  source?: FileSource;
  /** A policy loaded beforehand (default: loaded from `source`). */
  policy?: Policy;
  /**
   * Helm renderings by their inputs, shared by the two sides of a change: a chart whose
   * files, values and release are byte-identical on both is rendered once.
   */
  helmRenders?: HelmRenderCache;
  /** Lint only some units (changed-units mode, `--shard`): see src/engine/units/. */
  scope?: UnitScope;
  /**
   * `off` lints the whole scan as one unit (the reference the per-unit run must match;
   * also `ARCH_LINT_UNITS=off`). Default: one deployment unit at a time.
   */
  units?: 'on' | 'off';
  /**
   * Worker threads that lint units (`--workers`, ARCH_LINT_WORKERS; default: one per core but one).
   * 1 lints in the calling thread. The output is the same either way.
   */
  workers?: number;
}

/** How far a run is: files found, files parsed, rules run. */
export interface LintProgress {
  files: number;
  parsed: number;
  rules: number;
  rulesRun: number;
}

import type { SuppressionSite } from './suppressions.js';
export type { SuppressionSite };

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface LintResult {
  findings: Finding[];
  /** Every rule that ran, for reporters. */
  rules: RuleMeta[];
  /** With a scope, counts cover the selected units only, and `scope` says which and how many. */
  summary: { filesScanned: number; filesSkipped: number; scope?: ScopeSummary };
  /** Files not linted and why (too large, binary, not Kubernetes, chart templates, ...). */
  skipped: SkippedFile[];
  /** Info lines worth showing once (e.g. a chart's templates are skipped until rendered). */
  notes: string[];
  failOn: FailOn;
  /** 0 when nothing reaches failOn, 1 otherwise. */
  exitCode: 0 | 1;
  /** Rules that crashed (bugs): the CLI prints them and exits 2; other findings still stand. */
  internalErrors: string[];
  /** Parsed sources by reported path, for snippets. */
  sources: Map<string, SourceFile>;
  /** Every suppression directive in the linted files (for "new suppressions in this change"). */
  suppressions: SuppressionSite[];
}

export { UsageError };
