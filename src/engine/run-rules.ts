// model → rules → findings: runs each enabled rule over the project and turns its
// reports into Findings with 1-based ranges, resource ids, fixes and fingerprints.

import type { Finding, Severity } from '../findings/finding.js';
import type { Project } from '../model/project.js';
import type { Range, SourceFile } from '../parse/source.js';
import { ruleDocsUrl, locate, type Edit, type Report, type Rule, type RuleMeta } from './rule.js';
import { compileTemplate, fillTemplate, type MessageTemplate } from './message-template.js';
import { makeFinding, toFix } from './make-finding.js';
import { placeInModule } from '../model/terraform/placement.js';
import type { RelatedLocation } from '../findings/finding.js';

export interface EnabledRule {
  rule: Rule<string, any>;
  severity: Severity;
  options: Record<string, unknown>;
}

/**
 * Moves a report's location elsewhere (Helm output → chart template); undefined keeps it.
 * `release` names the Helm release in the message: one template renders once per release.
 */
export type Relocate = (file: SourceFile, range: Range, subject?: Report['subject']) => Relocated | undefined;

export interface Relocated {
  file: SourceFile;
  range: Range;
  release?: string;
  related?: { file: SourceFile; range: Range; message: string }[];
  /** The rendered value came from a values entry: the rule's edits, as edits of that entry (undefined: no fix). */
  valuesFix?: (edits: Edit[]) => Edit[] | undefined;
}

export interface RuleRunOutcome {
  findings: Finding[];
  /** Rules that threw: bugs, reported on stderr and as exit code 2, never hiding other findings. */
  crashes: { ruleId: string; error: unknown }[];
}

function toRelated(p: { file: SourceFile; range: Range; message: string }): RelatedLocation {
  const { start, end } = p.range;
  return {
    file: p.file.path,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    message: p.message,
  };
}

export function runRules(
  project: Project,
  rules: readonly EnabledRule[],
  relocate: Relocate,
  /** Called after each rule with the number run so far. */
  onRuleDone?: (done: number) => void,
): RuleRunOutcome {
  const findings: Finding[] = [];
  const crashes: RuleRunOutcome['crashes'] = [];
  let done = 0;
  for (const { rule, severity, options } of rules) {
    const meta = rule.meta;
    const url = docsUrlOf(meta); // one string shared by all of the rule's findings
    const report = (r: Report<string>) => {
      const text = meta.messages[r.messageId];
      let formatted = text === undefined ? r.messageId : fillTemplate(compiled(text), r.data, r.resource);
      // Terraform: a finding driven by a module caller's argument goes to the caller.
      const placed = placeInModule(r.at, r.fix?.edits);
      if (placed?.note !== undefined) formatted = `${formatted} (${placed.note})`;
      if (placed?.root !== undefined) formatted = `${formatted} (root module ${placed.root})`;
      const at = placed ?? locate(r.at);
      const edits = placed ? placed.edits : r.fix?.edits;
      const moved = relocate(at.file, at.range, r.subject);
      const message = moved?.release ? `${formatted} [${moved.release}]` : formatted;
      // A fix written against rendered output applies to the values entry that gave the
      // value when it replaces exactly that value; otherwise not to the template. Edits of
      // other files than the finding's name their file (`--fix` applies a fix to one file only).
      const fix =
        !r.fix || !edits ? undefined : !moved ? toFix(r.fix.description, edits, at.file) : valuesFix(r.fix, moved);
      findings.push(
        makeFinding({
          ruleId: meta.id,
          category: meta.category,
          severity,
          message,
          file: moved?.file ?? at.file,
          range: moved?.range ?? at.range,
          resource: r.resource,
          fix: fix && fix.replacements.length > 0 ? fix : undefined,
          unit: r.unit,
          docsUrl: url ?? null,
          related: placed ? placed.related.map(toRelated) : moved?.related?.map(toRelated),
        }),
      );
    };
    try {
      rule.check(project, { options, report });
    } catch (error) {
      crashes.push({ ruleId: meta.id, error });
    }
    onRuleDone?.(++done);
  }
  return { findings, crashes };
}

/** Message templates split once per run (keyed by their text: a few per rule). */
const templates = new Map<string, MessageTemplate>();

function compiled(text: string): MessageTemplate {
  let t = templates.get(text);
  if (t === undefined) {
    if (templates.size >= 10_000) templates.clear(); // a long-lived process with ever new rules
    templates.set(text, (t = compileTemplate(text)));
  }
  return t;
}

/** Each rule's docs link, made once rather than once per rule and unit (runRules runs per unit). */
const docsUrls = new WeakMap<RuleMeta, { id: string; docsUrl: RuleMeta['docsUrl']; url: string | undefined }>();

function docsUrlOf(meta: RuleMeta): string | undefined {
  const known = docsUrls.get(meta);
  if (known !== undefined && known.id === meta.id && known.docsUrl === meta.docsUrl) return known.url;
  const url = ruleDocsUrl(meta);
  docsUrls.set(meta, { id: meta.id, docsUrl: meta.docsUrl, url });
  return url;
}

function valuesFix(fix: NonNullable<Report['fix']>, moved: Relocated) {
  const edits = moved.valuesFix?.(fix.edits);
  return edits && edits.length > 0 ? toFix(fix.description, edits, moved.file) : undefined;
}
