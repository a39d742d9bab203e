// A rule is metadata plus a pure check over the Project model (ESLint's shape, with
// typescript-eslint's typed messages). Rules never read files, the environment or the
// network: they ask the model and report.

import type { Category } from '../findings/category.js';
import type { Severity } from '../findings/finding.js';
import type { Project } from '../model/project.js';
import type { Edit, Range, SourceFile } from '../parse/source.js';
import type { YNode } from '../parse/yaml/ast.js';

export const DOCS_BASE = 'https://github.com/arch-lint/arch-lint/blob/main/docs/rules/';

/** `C` is `Category` for built-in rules; a user's declarative rule may name its own. */
export interface RuleMeta<M extends string = string, C extends string = string> {
  /** Stable kebab-case id. */
  id: string;
  /** One of the categories (src/findings/category.ts). */
  category: C;
  severity: Severity;
  /** One line, shown by --list-rules and in SARIF shortDescription. */
  title: string;
  /** A paragraph: what it checks and why it matters. SARIF fullDescription. */
  description: string;
  /** Message templates; `{name}` placeholders are filled from report data. */
  messages: Record<M, string>;
  /** JSON Schema of the rule's options (validated with ajv when config is loaded). */
  optionsSchema?: object;
  defaultOptions?: Record<string, unknown>;
  /** The rule offers automatic fixes (the docs index says so; a meta-test holds rules to it). */
  fixable?: boolean;
  /**
   * Documentation link. Unset: arch-lint's page for the id (built-in and engine rules);
   * a URL: the rule's own page (a user's rule); null: none.
   */
  docsUrl?: string | null;
}

export type { Edit };

/** A place in a file: what a finding points at. */
export interface Location {
  file: SourceFile;
  range: Range;
  /** Set by valueAt(): the attribute whose value this is. */
  valueOf?: unknown;
  /** The Terraform view the location lies in: in an installed or registry module the finding moves to the call. */
  of?: unknown;
}

/**
 * Where a report points: a location, or any positioned node. A node with a `headerRange`
 * (a Terraform block, a Kubernetes object) points at its header, which names it; any other
 * node (an attribute, a grant, a YAML value with its file) at its `range`.
 */
export type At = Location | { file: SourceFile; headerRange: Range };

export interface Report<M extends string = string> {
  messageId: M;
  /** Message placeholders; `{resource}` is filled from `resource` unless given here. */
  data?: Record<string, string | number>;
  at: At;
  /** Resource id (docs/design.md, "Resource ids"); also fills the `{resource}` placeholder. */
  resource?: string;
  /** Kubernetes: the id of the object's deployment unit. */
  unit?: string;
  fix?: { description: string; edits: Edit[] };
  /**
   * The mapping and key that hold (or would hold) the flagged value: a container's
   * `resources`, a pod spec's `replicas`. Lets a finding in Helm output point at the
   * template line, or the values entry, that controls it.
   */
  subject?: { node: YNode; key: string };
}

/** The location an `at` designates. */
export function locate(at: At): Location {
  return 'headerRange' in at ? { file: at.file, range: at.headerRange } : at;
}

/** The value of an attribute (`= expr`), rather than the whole `name = expr`. */
export function valueAt(attr: { file: SourceFile; valueRange: Range }): Location;
export function valueAt(attr: { file: SourceFile; valueRange: Range } | undefined): Location | undefined;
export function valueAt(attr: { file: SourceFile; valueRange: Range } | undefined): Location | undefined {
  // `valueOf` keeps the attribute, so a finding on a module's `= var.x` can move to the caller.
  return attr && { file: attr.file, range: attr.valueRange, valueOf: attr };
}

export interface RuleContext<M extends string = string, O = Record<string, unknown>> {
  options: O;
  report(report: Report<M>): void;
}

export interface Rule<M extends string = string, O = Record<string, unknown>, C extends string = string> {
  meta: RuleMeta<M, C>;
  check(project: Project, context: RuleContext<M, O>): void;
  /**
   * For a rule that joins what different deployment units declare (a state bucket in one
   * root, the backends naming it in others): the names this project declares (a bucket's
   * name) and those it points at (a backend's bucket). Units that declare a name are linted
   * together with the units pointing at it, so the rule finds what a run over the whole
   * repository finds; units that only point at the same name are not joined. Unset: the
   * rule looks within one stack or one Kubernetes unit at a time.
   */
  joinKeys?(project: Project, options: O): Iterable<JoinKey>;
}

/** A name a project declares, or one it points at (Rule.joinKeys). */
export type JoinKey = { declares: string } | { uses: string };

/** Declares a rule with typed message ids and options; the docs link derives from the id. */
export function defineRule<M extends string, O = Record<string, unknown>>(
  rule: Rule<M, O, Category>,
): Rule<M, O, Category> {
  return rule;
}

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

/** A rule's documentation link, or undefined when it has none (see RuleMeta.docsUrl). */
export function ruleDocsUrl(meta: Pick<RuleMeta, 'id' | 'docsUrl'>): string | undefined {
  return meta.docsUrl === undefined ? docsUrl(meta.id) : (meta.docsUrl ?? undefined);
}

/** Fills `{name}` placeholders. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}
