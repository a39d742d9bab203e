// How a change's verdict is shown: the new / existing / fixed findings (new first, linked
// to the head commit's lines), the policy changes, the new suppressions, and the step's
// failure message naming the new findings that failed it. Pure functions over the run.

import { hash } from 'node:crypto';
import type { PolicyChange } from '../engine/policy-changes.js';
import { describeSuppression } from '../engine/policy-changes.js';
import type { SuppressionSite } from '../engine/lint-api.js';
import type { FindingDelta } from '../findings/delta.js';
import { SEVERITY_RANK, type Finding } from '../findings/finding.js';
import { cellCode, escapeMarkdown, inlineCode, plural, SEVERITY_LABEL } from '../report/markdown-text.js';

export interface GateView {
  gate: 'new' | 'all';
  headSha: string;
  baseSha?: string;
  delta?: FindingDelta;
  policyChanges: PolicyChange[];
  suppressions: SuppressionSite[];
  /** Link to a line of the head commit (undefined when the repository is unknown). */
  lineUrl: (path: string, line: number) => string | undefined;
  /** Link to a line of the base commit, for fixed findings. */
  baseLineUrl: (path: string, line: number) => string | undefined;
}

export const POLICY_RULE_ID = 'policy-change';
const POLICY_DOCS = 'https://github.com/arch-lint/arch-lint/blob/main/docs/action.md#policy-comes-from-the-base';

/** `https://github.com/o/r/blob/<sha>/<path>#L<line>` from the runner's variables, when they are sane. */
export function blobLinker(
  env: NodeJS.ProcessEnv,
  sha: string | undefined,
): (path: string, line: number) => string | undefined {
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const repo = env.GITHUB_REPOSITORY ?? '';
  if (
    !sha ||
    !/^[0-9a-f]{40,64}$/.test(sha) ||
    !/^https?:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(server) ||
    !/^[\w.-]+\/[\w.-]+$/.test(repo)
  )
    return () => undefined;
  return (path, line) => `${server}/${repo}/blob/${sha}/${path.split('/').map(encodeURIComponent).join('/')}#L${line}`;
}

/** Markdown blocks for the summary comment and the job summary. */
export function gateSections(view: GateView, maxRows: number): string[] {
  const parts: string[] = [];
  const d = view.delta;
  if (d && view.baseSha) {
    parts.push(
      `Commit ${inlineCode(view.headSha.slice(0, 12))} compared with its base ${inlineCode(view.baseSha.slice(0, 12))}: ` +
        `**${d.new.length} new**, ${d.existing.length} existing, ${d.fixed.length} fixed. ` +
        (view.gate === 'new'
          ? 'Only new findings can fail this check (`gate: new`).'
          : 'Every finding counts (`gate: all`).'),
    );
    parts.push(`### New findings (${d.new.length})`, d.new.length > 0 ? table(d.new, view.lineUrl, maxRows) : 'None.');
  }
  if (view.policyChanges.length > 0 || view.suppressions.length > 0) {
    parts.push(
      `### Policy changes in this PR (${view.policyChanges.length + view.suppressions.length})`,
      policyList(view),
    );
  }
  if (d && view.baseSha) {
    if (d.existing.length > 0)
      parts.push(`### Existing findings (${d.existing.length})`, table(d.existing, view.lineUrl, maxRows));
    if (d.fixed.length > 0) parts.push(`### Fixed (${d.fixed.length})`, table(d.fixed, view.baseLineUrl, maxRows));
  }
  return parts;
}

function policyList(view: GateView): string {
  const lines = view.policyChanges.map(
    (c) => `- ${inlineCode(c.line ? `${c.file}:${c.line}` : c.file)} ${escapeMarkdown(c.text)}`,
  );
  for (const s of view.suppressions) lines.push(`- New suppression: ${escapeMarkdown(describeSuppression(s))}`);
  return [
    'The check is judged by the base branch’s policy (`config-from: base`); these changes take effect once merged.',
    '',
    ...lines,
  ].join('\n');
}

function table(findings: Finding[], url: (path: string, line: number) => string | undefined, maxRows: number): string {
  const sorted = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  const rows = ['| Severity | Rule | Location | Resource | Message |', '| --- | --- | --- | --- | --- |'];
  for (const f of sorted.slice(0, maxRows)) {
    const where = cellCode(`${f.file}:${f.line}`);
    const link = url(f.file, f.line);
    rows.push(
      `| ${SEVERITY_LABEL[f.severity]} | ${cellCode(f.ruleId)} | ${link ? `[${where}](${link})` : where} | ${f.resource ? cellCode(f.resource) : ''} | ${escapeMarkdown(f.message)} |`,
    );
  }
  if (sorted.length > maxRows)
    rows.push('', `…and ${plural(sorted.length - maxRows, 'more finding')}: see the SARIF file.`);
  return rows.join('\n');
}

/**
 * The one review comment on the config line that relaxes the policy: a finding-shaped
 * record so the review machinery places it, keeps it across re-runs and removes it when
 * the change is reverted.
 */
export function policyFinding(changes: PolicyChange[], configFrom: 'base' | 'head'): Finding | undefined {
  const placed = changes.filter((c) => c.line !== undefined);
  if (placed.length === 0) return undefined;
  const first = placed[0];
  const text = changes.filter((c) => c.file === first.file).map((c) => c.text);
  const message =
    `This pull request relaxes the policy that judges it: ${text.join('; ')}. ` +
    (configFrom === 'base'
      ? 'The check still uses the base branch’s config; the change applies once merged, so a reviewer should agree to it.'
      : 'With `config-from: head` the check already uses it.');
  return {
    ruleId: POLICY_RULE_ID,
    category: 'policy',
    severity: 'warning',
    message,
    file: first.file,
    line: first.line!,
    column: 1,
    endLine: first.line!,
    endColumn: 1,
    fingerprint: hash('sha256', `${POLICY_RULE_ID}\u0000${first.file}\u0000${text.join('\u0000')}`, 'hex').slice(0, 32),
    docsUrl: POLICY_DOCS,
  };
}

/** The step's failure message: how many failed it, and which. */
export function failureMessage(name: string, failing: Finding[], failOn: string, scope: 'new' | 'all'): string {
  const word = scope === 'new' ? 'new finding' : 'finding';
  const lines = [`${name}: ${plural(failing.length, word)} at or above ${failOn}:`];
  for (const f of failing.slice(0, 20))
    lines.push(`- ${f.file}:${f.line} ${f.ruleId}${f.resource ? ` (${f.resource})` : ''}: ${f.message}`);
  if (failing.length > 20) lines.push(`- …and ${failing.length - 20} more (see the job summary).`);
  return lines.join('\n');
}
