// What every reporter receives besides the findings. Reporters are pure: everything they
// need (rule metadata, sources for snippets, counts) comes in through this context.

import type { Finding } from '../findings/finding.js';
import type { RuleMeta } from '../engine/rule.js';
import type { SourceFile } from '../parse/source.js';
import type { ScopeSummary } from '../engine/units/scope.js';

export interface ReportContext {
  toolVersion: string;
  /** Every rule that ran (for SARIF metadata and docs links). */
  rules: RuleMeta[];
  /** `scope`: the run linted some units only (changed-units mode, a shard). */
  summary: { filesScanned: number; filesSkipped: number; scope?: ScopeSummary };
  /** The parsed source of a reported path, to print the offending line. */
  source(path: string): SourceFile | undefined;
  /** Text only: ANSI colors (the CLI sets it from isTTY / NO_COLOR / FORCE_COLOR). */
  color: boolean;
  /** Files not linted, with why (text shows them as info lines). */
  skipped?: { file: string; reason: string }[];
}

/** Renders sorted findings; same input, same bytes. */
export type Reporter = (findings: Finding[], ctx: ReportContext) => string;

export type FormatName = 'text' | 'json' | 'sarif' | 'github' | 'markdown' | 'junit' | 'rdjson';
