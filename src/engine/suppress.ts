// Applies inline suppressions (comments) and Kubernetes ignore annotations to the
// findings, and reports suppressions that matched nothing.

import type { Finding } from '../findings/finding.js';
import type { Project } from '../model/project.js';
import { yget, ypair } from '../parse/yaml/ast.js';
import type { ParsedFile } from './parse-files.js';
import {
  applySuppressions,
  collectSuppressions,
  parseIgnoreAnnotation,
  unusedSuppressionFindings,
  UNUSED_SUPPRESSION_RULE,
  type ObjectIgnore,
} from './suppressions.js';
import type { EffectiveConfig } from './effective-config.js';
import type { SuppressionSite } from './lint-api.js';

const ANNOTATION = 'arch-lint.io/ignore';

/** The suppression directives of the parsed files, in file order. */
export function suppressionSites(parsed: ParsedFile[], project: Project): SuppressionSite[] {
  const sites: SuppressionSite[] = [];
  for (const f of parsed) {
    const comments = f.kind === 'hcl' ? f.hcl.comments : f.kind === 'yaml' ? f.stream.comments : [];
    for (const s of collectSuppressions(f.source, comments)) {
      sites.push({
        kind: s.kind,
        file: s.file.path,
        line: s.range.start.line,
        ruleIds: s.ruleIds,
        ...(s.reason ? { reason: s.reason } : {}),
      });
    }
  }
  for (const obj of project.kubernetes.objects) {
    const value = obj.annotations[ANNOTATION];
    if (value === undefined) continue;
    const range = ypair(yget(obj.metadata, 'annotations'), ANNOTATION)?.range ?? obj.headerRange;
    sites.push({
      kind: 'annotation',
      file: obj.file.path,
      line: range.start.line,
      ruleIds: parseIgnoreAnnotation(value),
      resource: obj.id,
    });
  }
  return sites;
}

export function applyFileSuppressions(
  findings: Finding[],
  parsed: ParsedFile[],
  project: Project,
  config: EffectiveConfig,
): Finding[] {
  const suppressions = parsed.flatMap((f) => {
    if (f.kind === 'hcl') return collectSuppressions(f.source, f.hcl.comments);
    if (f.kind === 'yaml') return collectSuppressions(f.source, f.stream.comments);
    return [];
  });
  const objectIgnores = new Map<string, ObjectIgnore>();
  for (const obj of project.kubernetes.objects) {
    const value = obj.annotations[ANNOTATION];
    if (value === undefined) continue;
    const range = ypair(yget(obj.metadata, 'annotations'), ANNOTATION)?.range ?? obj.headerRange;
    objectIgnores.set(obj.id, { ruleIds: parseIgnoreAnnotation(value), file: obj.file, range });
  }
  const { kept, unused } = applySuppressions(findings, suppressions, objectIgnores);

  const severity = config.severityOf(UNUSED_SUPPRESSION_RULE.id);
  if (!severity) return kept;
  // A suppression for a known rule that did not run (off, or --only) is not stale.
  const relevant = unused
    .map((s) => ({ ...s, ruleIds: s.ruleIds.filter((id) => config.ran.has(id) || !config.known.has(id)) }))
    .filter((s, i) => s.ruleIds.length > 0 || unused[i].ruleIds.length === 0);
  const stale = unusedSuppressionFindings(relevant, config.known).map((f) => ({ ...f, severity }));
  return [...kept, ...stale];
}
