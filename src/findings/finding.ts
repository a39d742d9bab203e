// The one diagnostic type every reporter and publisher consumes (reviewdog's lesson).
// Lines and columns are 1-based; the end is exclusive.

export type Severity = 'error' | 'warning' | 'note';

/** The lowest severity that fails a run (`--fail-on`), or none. */
export type FailOn = Severity | 'none';

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, note: 1 };

export interface TextRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Replacement extends TextRange {
  text: string;
  /** The file this replacement edits, when it is not the finding's (a fix may edit another file). */
  file?: string;
}

export interface Fix {
  description: string;
  replacements: Replacement[];
}

/** Another place that explains the finding (the template line that rendered a values entry). */
export interface RelatedLocation extends TextRange {
  file: string;
  message: string;
}

export interface Finding extends TextRange {
  ruleId: string;
  category: string;
  severity: Severity;
  message: string;
  /** Relative to the working directory, '/' separators. */
  file: string;
  resource?: string;
  /** Kubernetes: the deployment unit the object belongs to (`kustomization:apps/prod`, `directory:k8s`, ...). */
  unit?: string;
  fingerprint: string;
  /** Absent for a user's rule without a docs page of its own. */
  docsUrl?: string;
  fix?: Fix;
  related?: RelatedLocation[];
}

/** Sort by file, line, column, ruleId, then message: the order every report uses. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.message, b.message) ||
    cmp(a.resource ?? '', b.resource ?? '')
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
