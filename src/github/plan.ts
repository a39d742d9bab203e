// Review planning: a pure function from this run's findings, the PR's diff and the review
// comments already on the PR to what to post, keep, reopen, and resolve. No I/O here, so
// every re-run rule (no duplicates, fixed findings resolved, comment budget) is unit-tested.

import { compareFindings, SEVERITY_RANK, type Finding } from '../findings/finding.js';
import type { SourceFile } from '../parse/source.js';
import { commentBody } from './comment-body.js';
import type { FileDiff } from './diff.js';
import { fingerprintOf, isBot, isMarkedFixed, markFixed, safeFingerprint, type Author } from './markers.js';
import { placeFinding, touchesAddedLine, type Placement } from './placement.js';

export const FILTER_MODES = ['added', 'diff_context', 'file', 'nofilter'] as const;
export type FilterMode = (typeof FILTER_MODES)[number];

export interface ExistingComment {
  id: number;
  body: string;
  path: string;
  user?: Author | null;
  in_reply_to_id?: number;
}

export interface PlannedComment {
  finding: Finding;
  path: string;
  line: number;
  startLine?: number;
  body: string;
  hasSuggestion: boolean;
  /** The commented lines are all added by the PR (safest kind when GitHub refuses a review). */
  onAddedLine: boolean;
}

/** Why a finding is not an inline comment: it is then listed in the summary. */
export type NotInlineReason = 'outside-diff' | 'not-selected' | 'max-comments' | 'duplicate' | 'rejected' | 'no-review';

export interface ReviewPlan {
  comments: PlannedComment[];
  /** Findings already commented by an earlier run. */
  kept: { finding: Finding; commentId: number }[];
  /** Our comments marked fixed whose finding came back: restore their text. */
  reopen: { commentId: number; body: string }[];
  /** Our comments whose finding is gone: delete, or mark fixed when someone replied. */
  resolve: { commentId: number; action: 'delete' | 'mark-fixed'; body?: string }[];
  notInline: { finding: Finding; reason: NotInlineReason }[];
}

export interface PlanInput {
  findings: Finding[];
  /** The PR's changed files by path. */
  files: Map<string, FileDiff>;
  filterMode: FilterMode;
  maxComments: number;
  /** Every review comment on the PR (ours and others', replies included). */
  existing: ExistingComment[];
  /** Source of a linted file, for suggestions. */
  source: (path: string) => SourceFile | undefined;
  /** Whether a missing finding in this file means it is fixed (the file was linted, or deleted). */
  covered: (path: string) => boolean;
  headSha: string;
}

export function planReview(input: PlanInput): ReviewPlan {
  const plan: ReviewPlan = { comments: [], kept: [], reopen: [], resolve: [], notInline: [] };
  const ours = input.existing.filter(
    (c) => isBot(c.user) && fingerprintOf(c.body) !== undefined && c.in_reply_to_id === undefined,
  );
  const repliedTo = new Set(input.existing.filter((c) => c.in_reply_to_id !== undefined).map((c) => c.in_reply_to_id!));
  const oursByFingerprint = new Map<string, ExistingComment[]>();
  for (const c of ours) {
    const fp = fingerprintOf(c.body)!;
    oursByFingerprint.set(fp, [...(oursByFingerprint.get(fp) ?? []), c]);
  }

  // Most severe first, so the comment budget goes to what matters most.
  const ordered = [...input.findings].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || compareFindings(a, b),
  );
  const seen = new Set<string>();
  const candidates: { finding: Finding; placement: Placement; file: FileDiff }[] = [];
  for (const finding of ordered) {
    const fp = safeFingerprint(finding.fingerprint);
    if (seen.has(fp)) {
      plan.notInline.push({ finding, reason: 'duplicate' });
      continue;
    }
    seen.add(fp);
    const previous = oursByFingerprint.get(fp);
    if (previous) {
      const live = previous.find((c) => !isMarkedFixed(c.body)) ?? previous[0];
      plan.kept.push({ finding, commentId: live.id });
      if (isMarkedFixed(live.body)) {
        const file = input.files.get(finding.file);
        const placement = file ? placeFinding(finding, file, input.source(finding.file)) : undefined;
        plan.reopen.push({ commentId: live.id, body: commentBody(finding, placement?.suggestion) });
      }
      continue;
    }
    const file = input.files.get(finding.file);
    if (!file) {
      plan.notInline.push({ finding, reason: input.filterMode === 'nofilter' ? 'outside-diff' : 'not-selected' });
      continue;
    }
    const placement = placeFinding(finding, file, input.source(finding.file));
    if (!placement) {
      plan.notInline.push({
        finding,
        reason: input.filterMode === 'file' || input.filterMode === 'nofilter' ? 'outside-diff' : 'not-selected',
      });
      continue;
    }
    if (input.filterMode === 'added' && !touchesAddedLine(file, placement)) {
      plan.notInline.push({ finding, reason: 'not-selected' });
      continue;
    }
    candidates.push({ finding, placement, file });
  }

  // max-comments caps our live inline comments on the PR, so re-runs never add more.
  const live = plan.kept.length;
  const budget = Math.max(0, input.maxComments - live);
  candidates.forEach(({ finding, placement, file }, i) => {
    if (i >= budget) {
      plan.notInline.push({ finding, reason: 'max-comments' });
      return;
    }
    plan.comments.push({
      finding,
      path: finding.file,
      line: placement.line,
      ...(placement.startLine < placement.line ? { startLine: placement.startLine } : {}),
      body: commentBody(finding, placement.suggestion),
      hasSuggestion: placement.suggestion !== undefined,
      onAddedLine: lineRangeAdded(file, placement),
    });
  });
  plan.comments.sort((a, b) => compareFindings(a.finding, b.finding));

  const current = new Set(input.findings.map((f) => safeFingerprint(f.fingerprint)));
  for (const c of ours) {
    const fp = fingerprintOf(c.body)!;
    if (current.has(fp) || !input.covered(c.path)) continue;
    if (repliedTo.has(c.id)) {
      if (!isMarkedFixed(c.body))
        plan.resolve.push({ commentId: c.id, action: 'mark-fixed', body: markFixed(c.body, input.headSha) });
    } else {
      plan.resolve.push({ commentId: c.id, action: 'delete' });
    }
  }
  // Several of our comments with one fingerprint (e.g. a crashed run retried): keep one.
  for (const [fp, list] of oursByFingerprint) {
    if (!current.has(fp) || list.length < 2) continue;
    const keptId = plan.kept.find((k) => safeFingerprint(k.finding.fingerprint) === fp)?.commentId;
    for (const c of list)
      if (c.id !== keptId && !repliedTo.has(c.id)) plan.resolve.push({ commentId: c.id, action: 'delete' });
  }
  return plan;
}

function lineRangeAdded(file: FileDiff, p: Placement): boolean {
  for (let l = p.startLine; l <= p.line; l++) if (!file.hunks.some((h) => h.added.has(l))) return false;
  return true;
}
