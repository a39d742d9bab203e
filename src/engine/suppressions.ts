// Inline suppressions: `arch-lint-ignore <ids> -- <reason>` on a finding's line or the line
// above it, `arch-lint-ignore-file <ids>` for a whole file, and the Kubernetes annotation
// `arch-lint.io/ignore`. Suppressions that match nothing become findings themselves, so
// stale ignores do not silently outlive the problem they hid. One module: parsing the
// directives, matching them to findings, and reporting the stale ones.

import type { Category } from '../findings/category.js';
import { SEVERITY_RANK, type Finding, type Severity } from '../findings/finding.js';
import type { Range, SourceFile } from '../parse/source.js';
import type { Project } from '../model/project.js';
import { yget, ypair } from '../parse/yaml/ast.js';
import type { ParsedFile } from './parse-files.js';
import { disambiguate } from './fingerprint.js';
import { makeFinding } from './make-finding.js';
import { formatMessage, type RuleMeta } from './rule.js';
import { didYouMean } from './config/suggest.js';

/** An inline suppression or ignore annotation, as written in a linted file. */
export interface SuppressionSite {
  kind: 'line' | 'file' | 'annotation';
  file: string;
  line: number;
  ruleIds: string[];
  reason?: string;
  /** The annotated object (kind `annotation`). */
  resource?: string;
  /** The findings it silenced. */
  silenced: Finding[];
}

export type SuppressionKind = 'line' | 'file' | 'annotation';

/**
 * The file of a suppression: its path, and its text while it is at hand. Suppressions of
 * every unit live until the whole run is matched, so they keep what they need (`snippet`,
 * `lineCount`), not the file.
 */
export type SuppressionFile = Pick<SourceFile, 'path'> & Partial<Pick<SourceFile, 'text' | 'lineCount'>>;

export interface Suppression {
  kind: SuppressionKind;
  /** Rule ids as written; empty when the directive names none (reported as unused). */
  ruleIds: string[];
  /** Text after `--`, when given. */
  reason?: string;
  file: SuppressionFile;
  /** The comment (or annotation value) that declares it. */
  range: Range;
  /** Its text, when `file` no longer holds it (for the stale-suppression fingerprint). */
  snippet?: string;
  /** First and last line covered (kind `line` only): the comment's lines and the one below. */
  fromLine: number;
  toLine: number;
  /** Kind `annotation`: the resource id of the annotated object. */
  resource?: string;
}

export interface ObjectIgnore {
  ruleIds: string[];
  file: SuppressionFile;
  range: Range;
  /** The file's line count, when `file` no longer holds it. */
  lineCount?: number;
}

export const UNUSED_SUPPRESSION_RULE: RuleMeta<'unused' | 'noRuleIds', Category> = {
  id: 'unused-suppression',
  category: 'suppression',
  severity: 'note',
  title: 'Suppressions match a finding',
  description:
    'An arch-lint-ignore comment, arch-lint-ignore-file comment or arch-lint.io/ignore annotation that suppresses ' +
    'nothing is stale: the problem it hid is gone, or the rule id is misspelled. Remove it or fix the id.',
  messages: {
    unused: '{directive} for {ruleIds} matches no finding{where}{unknown}',
    noRuleIds: '{directive} names no rule id: write {directive} <rule-id>[,<rule-id>]',
  },
};

// The directive must open the comment (after its markers), so prose that merely
// mentions it is not a suppression.
const DIRECTIVE = /^arch-lint-ignore(-file)?(?=\s|$|\*\/)([\s\S]*)$/;

/** The comment's body: markers (`#`, `//`, `/*`, `*\/`) and surrounding blanks removed. */
function commentBody(text: string): string {
  let body = text.trim();
  if (body.startsWith('#')) body = body.slice(1);
  else if (body.startsWith('//')) body = body.slice(2);
  else if (body.startsWith('/*')) body = body.slice(2).replace(/\*\/\s*$/, '');
  return body.replace(/^[\s*]+/, '').trimEnd();
}

function splitRuleIds(list: string): string[] {
  return list.split(/[\s,]+/).filter(Boolean);
}

/** Suppression directives among a file's comments (from the HCL or YAML parser). */
export function collectSuppressions(file: SourceFile, comments: { text: string; range: Range }[]): Suppression[] {
  const out: Suppression[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(commentBody(c.text));
    if (!m) continue;
    const rest = m[2];
    const sep = rest.search(/(^|\s)--(\s|$)/);
    const idPart = sep === -1 ? rest : rest.slice(0, sep);
    const reason =
      sep === -1
        ? ''
        : rest
            .slice(sep)
            .replace(/^\s*--/, '')
            .trim();
    const isFile = m[1] !== undefined;
    // A parser may include the line break in a line comment's range; it is not part of it.
    const trailing = /\s*$/.exec(c.text)![0].length;
    const range =
      trailing > 0 && c.range.end.offset - trailing >= c.range.start.offset
        ? file.range(c.range.start.offset, c.range.end.offset - trailing)
        : c.range;
    out.push({
      kind: isFile ? 'file' : 'line',
      ruleIds: splitRuleIds(idPart),
      ...(reason ? { reason } : {}),
      file,
      range,
      fromLine: isFile ? 1 : range.start.line,
      toLine: isFile ? file.lineCount : range.end.line + 1,
    });
  }
  return out;
}

/** Annotation `arch-lint.io/ignore: "a,b"` value → rule ids. */
export function parseIgnoreAnnotation(value: string): string[] {
  return splitRuleIds(value);
}

export function applySuppressions(
  findings: Finding[],
  suppressions: Suppression[],
  objectIgnores: Map<string, ObjectIgnore>,
): { kept: Finding[]; suppressed: Finding[]; unused: Suppression[]; silenced: Map<Suppression, Finding[]> } {
  const all: Suppression[] = [...suppressions];
  for (const [resource, ig] of objectIgnores) {
    all.push({
      kind: 'annotation',
      ruleIds: ig.ruleIds,
      file: ig.file,
      range: ig.range,
      fromLine: 1,
      toLine: ig.lineCount ?? ig.file.lineCount ?? 1,
      resource,
    });
  }
  const byFile = new Map<string, Suppression[]>();
  const byResource = new Map<string, Suppression[]>();
  for (const s of all) {
    if (s.kind === 'annotation') push(byResource, s.resource!, s);
    else push(byFile, s.file.path, s);
  }
  // Which rule ids of which suppression matched at least one finding.
  const used = new Map<Suppression, Set<string>>();
  const silenced = new Map<Suppression, Finding[]>();
  const kept: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const f of findings) {
    let hit = false;
    const candidates = [
      ...(byFile.get(f.file) ?? []),
      ...(f.resource !== undefined ? (byResource.get(f.resource) ?? []) : []),
    ];
    for (const s of candidates) {
      if (!s.ruleIds.includes(f.ruleId)) continue;
      if (s.kind === 'line' && (f.line < s.fromLine || f.line > s.toLine)) continue;
      hit = true;
      push(silenced, s, f);
      let set = used.get(s);
      if (!set) used.set(s, (set = new Set()));
      set.add(f.ruleId);
    }
    (hit ? suppressed : kept).push(f);
  }
  const unused: Suppression[] = [];
  for (const s of all) {
    const set = used.get(s);
    const stale = s.ruleIds.filter((id) => !set?.has(id));
    if (stale.length > 0 || s.ruleIds.length === 0) unused.push({ ...s, ruleIds: stale });
  }
  return { kept, suppressed, unused, silenced };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const DIRECTIVE_NAME: Record<SuppressionKind, string> = {
  line: 'arch-lint-ignore',
  file: 'arch-lint-ignore-file',
  annotation: 'arch-lint.io/ignore',
};

const WHERE: Record<SuppressionKind, string> = {
  line: ' on this line or the next',
  file: ' in this file',
  annotation: ' on this object',
};

/**
 * `unused-suppression` findings (severity note), one per stale suppression, on the
 * comment's range. With `knownRuleIds`, a misspelled id is called out as unknown.
 */
export function unusedSuppressionFindings(unused: Suppression[], knownRuleIds?: ReadonlySet<string>): Finding[] {
  const findings = unused.map((s): Finding => {
    const directive = DIRECTIVE_NAME[s.kind];
    const unknown = knownRuleIds ? s.ruleIds.filter((id) => !knownRuleIds.has(id)) : [];
    const { messages } = UNUSED_SUPPRESSION_RULE;
    const message =
      s.ruleIds.length === 0
        ? formatMessage(messages.noRuleIds, { directive })
        : formatMessage(messages.unused, {
            directive,
            ruleIds: s.ruleIds.join(', '),
            where: WHERE[s.kind],
            unknown:
              unknown.length > 0
                ? ` (unknown rule id${unknown.length > 1 ? 's' : ''}: ${unknown.map((id) => id + didYouMean(id, [...knownRuleIds!])).join(', ')})`
                : '',
          });
    return makeFinding({
      ruleId: UNUSED_SUPPRESSION_RULE.id,
      category: UNUSED_SUPPRESSION_RULE.category,
      // A misspelled id suppresses nothing it was meant to: at least a warning.
      severity: unknown.length > 0 ? 'warning' : UNUSED_SUPPRESSION_RULE.severity,
      message,
      file: s.file,
      range: s.range,
      resource: s.resource,
      // Stable across line moves: the comment's own text and what it names, not its position.
      snippet: s.snippet ?? s.file.text?.slice(s.range.start.offset, s.range.end.offset) ?? '',
    });
  });
  disambiguate(findings);
  return findings;
}

// Applying them to a run: comments of every parsed file, annotations of every object.

const ANNOTATION = 'arch-lint.io/ignore';

/** What applying suppressions needs from the effective config. */
export interface SuppressionConfig {
  severityOf(ruleId: string): Severity | undefined;
  /** Every rule id that exists, and those that ran this time. */
  known: ReadonlySet<string>;
  ran: ReadonlySet<string>;
}

/** The suppressions of a set of parsed files and modelled objects (one unit, or the whole scan). */
export interface CollectedSuppressions {
  /** Comment directives, in file order. */
  suppressions: Suppression[];
  /** `arch-lint.io/ignore` annotations, in object order (a later object with the same id wins). */
  objectIgnores: [string, ObjectIgnore][];
}

/**
 * Directives in the comments of `parsed` (those `owns` accepts) and annotations of the
 * project's objects, detached from their files: they outlive the unit's parse trees.
 */
export function collectFileSuppressions(
  parsed: ParsedFile[],
  project: Project,
  owns: (path: string) => boolean = () => true,
): CollectedSuppressions {
  const suppressions = parsed.flatMap((f) => {
    if (!owns(f.source.path)) return [];
    const found =
      f.kind === 'hcl'
        ? collectSuppressions(f.source, f.hcl.comments)
        : f.kind === 'yaml'
          ? collectSuppressions(f.source, f.stream.comments)
          : [];
    return found.map((s) => detach(s));
  });
  const objectIgnores: [string, ObjectIgnore][] = [];
  for (const obj of project.kubernetes.objects) {
    const value = obj.annotations[ANNOTATION];
    if (value === undefined) continue;
    const range = ypair(yget(obj.metadata, 'annotations'), ANNOTATION)?.range ?? obj.headerRange;
    objectIgnores.push([
      obj.id,
      {
        ruleIds: parseIgnoreAnnotation(value),
        file: { path: obj.file.path },
        range: plainRange(range),
        lineCount: obj.file.lineCount,
      },
    ]);
  }
  return { suppressions, objectIgnores };
}

function detach(s: Suppression): Suppression {
  const snippet = s.snippet ?? s.file.text?.slice(s.range.start.offset, s.range.end.offset) ?? '';
  return { ...s, file: { path: s.file.path }, range: plainRange(s.range), snippet };
}

/** Positions as plain data (parsers' ranges compute them when read), to outlive the unit or cross threads. */
function plainRange(r: Range): Range {
  return { start: { ...r.start }, end: { ...r.end } };
}

/**
 * The findings that remain, and every suppression directive of the files with the findings
 * it silenced (for "suppressions this change adds").
 */
export function applyFileSuppressions(
  findings: Finding[],
  collected: CollectedSuppressions,
  config: SuppressionConfig,
): { findings: Finding[]; sites: SuppressionSite[] } {
  const { suppressions } = collected;
  const objectIgnores = new Map<string, ObjectIgnore>(collected.objectIgnores);
  const { kept, unused, silenced } = applySuppressions(findings, suppressions, objectIgnores);
  const sites = [...suppressions, ...[...silenced.keys()].filter((s) => s.kind === 'annotation')].map(
    (s): SuppressionSite => ({
      kind: s.kind,
      file: s.file.path,
      line: s.range.start.line,
      ruleIds: s.ruleIds,
      ...(s.reason ? { reason: s.reason } : {}),
      ...(s.resource !== undefined ? { resource: s.resource } : {}),
      silenced: silenced.get(s) ?? [],
    }),
  );
  for (const [resource, ig] of objectIgnores) {
    if (sites.some((s) => s.kind === 'annotation' && s.resource === resource)) continue;
    sites.push({
      kind: 'annotation',
      file: ig.file.path,
      line: ig.range.start.line,
      ruleIds: ig.ruleIds,
      resource,
      silenced: [],
    });
  }

  const severity = config.severityOf(UNUSED_SUPPRESSION_RULE.id);
  if (!severity) return { findings: kept, sites };
  // A suppression for a known rule that did not run (off, or --only) is not stale.
  const relevant = unused
    .map((s) => ({ ...s, ruleIds: s.ruleIds.filter((id) => config.ran.has(id) || !config.known.has(id)) }))
    .filter((s, i) => s.ruleIds.length > 0 || unused[i].ruleIds.length === 0);
  const stale = unusedSuppressionFindings(relevant, config.known).map((f) => ({
    ...f,
    severity: f.severity === 'warning' && SEVERITY_RANK[severity] < SEVERITY_RANK.warning ? f.severity : severity,
  }));
  return { findings: [...kept, ...stale], sites };
}
