// Review planning: a pure function from this run's findings, the PR's diff and the review
// comments already on the PR to what to post, keep, reopen, and resolve. No I/O here, so
// every re-run rule (no duplicates, fixed findings resolved, outdated comments re-anchored,
// comment budget) is unit-tested. Only comments our identity posted, ending with this
// instance's marker, are ours; everything else on the PR is never touched.

import { compareFindings, SEVERITY_RANK, type Finding } from '../findings/finding.js';
import type { SourceFile } from '../parse/source.js';
import { commentBody } from './comment-body.js';
import type { FileDiff } from './diff.js';
import type { Author } from './identity.js';
import { fingerprintOf, isMarkedFixed, markFixed, safeFingerprint } from './markers.js';
import { placeFinding, touchesAddedLine, type Placement } from './placement.js';

export const FILTER_MODES = ['added', 'diff_context', 'file', 'nofilter'] as const;
export type FilterMode = (typeof FILTER_MODES)[number];

export interface ExistingComment {
  id: number;
  body: string;
  path: string;
  user?: Author | null;
  in_reply_to_id?: number;
  /** Null when GitHub outdated the comment (its line is gone from the current diff). */
  line: number | null;
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
  /**
   * Our comments to take down: `delete` (nobody replied), `mark-fixed` (the finding is gone
   * but someone replied: strike through and resolve the thread), `resolve-thread` (an
   * outdated comment with replies whose finding is re-posted on its current line).
   */
  resolve: { commentId: number; action: 'delete' | 'mark-fixed' | 'resolve-thread'; body?: string }[];
  notInline: { finding: Finding; reason: NotInlineReason }[];
}

export interface PlanInput {
  /** Instance name: keys the markers. */
  name: string;
  /** Whether a comment author is the identity this run posts as. */
  isOurs: (user: Author | null | undefined) => boolean;
  /** Ids of our comments whose review thread is already resolved (empty when unknown). */
  resolvedThreads: Set<number>;
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
  const fingerprint = (c: ExistingComment) => fingerprintOf(c.body, input.name);
  const ours = input.existing.filter(
    (c) => c.in_reply_to_id === undefined && input.isOurs(c.user) && fingerprint(c) !== undefined,
  );
  const repliedTo = new Set(input.existing.filter((c) => c.in_reply_to_id !== undefined).map((c) => c.in_reply_to_id!));
  const oursByFingerprint = new Map<string, ExistingComment[]>();
  for (const c of ours) {
    const fp = fingerprint(c)!;
    oursByFingerprint.set(fp, [...(oursByFingerprint.get(fp) ?? []), c]);
  }
  const body = (finding: Finding, placement: Placement | undefined) =>
    commentBody(finding, placement?.suggestion, input.name);

  // Most severe first, so the comment budget goes to what matters most.
  const ordered = [...input.findings].sort(
    (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || compareFindings(a, b),
  );
  const seen = new Set<string>();
  const keptIds = new Set<number>();
  const candidates: { finding: Finding; placement: Placement; file: FileDiff }[] = [];
  for (const finding of ordered) {
    const fp = safeFingerprint(finding.fingerprint);
    if (seen.has(fp)) {
      plan.notInline.push({ finding, reason: 'duplicate' });
      continue;
    }
    seen.add(fp);
    // An outdated comment is not live: it no longer shows on the diff, so it neither
    // stands for the finding nor counts against max-comments.
    const live = (oursByFingerprint.get(fp) ?? []).filter((c) => c.line !== null);
    const keep = live.find((c) => !isMarkedFixed(c.body)) ?? live[0];
    const file = input.files.get(finding.file);
    const placement = file ? placeFinding(finding, file, input.source(finding.file)) : undefined;
    const eligible =
      file !== undefined &&
      placement !== undefined &&
      (input.filterMode !== 'added' || touchesAddedLine(file, placement));
    // GitHub keeps a comment on "its" line while the code around it changes; when the
    // finding now ends elsewhere and nobody replied, the comment is re-anchored too.
    const moved =
      keep !== undefined &&
      eligible &&
      !repliedTo.has(keep.id) &&
      (keep.path !== finding.file || keep.line !== placement.line);
    if (keep && !moved) {
      plan.kept.push({ finding, commentId: keep.id });
      keptIds.add(keep.id);
      if (isMarkedFixed(keep.body)) plan.reopen.push({ commentId: keep.id, body: body(finding, placement) });
      continue;
    }
    if (!file) {
      plan.notInline.push({ finding, reason: input.filterMode === 'nofilter' ? 'outside-diff' : 'not-selected' });
      continue;
    }
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
  const budget = Math.max(0, input.maxComments - plan.kept.length);
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
      body: body(finding, placement),
      hasSuggestion: placement.suggestion !== undefined,
      onAddedLine: lineRangeAdded(file, placement),
    });
  });
  plan.comments.sort((a, b) => compareFindings(a.finding, b.finding));

  const current = new Set(input.findings.map((f) => safeFingerprint(f.fingerprint)));
  for (const c of ours) {
    if (keptIds.has(c.id)) continue;
    const replied = repliedTo.has(c.id);
    if (!current.has(fingerprint(c)!)) {
      // The finding is gone (when its file was linted or deleted: otherwise we cannot know).
      if (!input.covered(c.path)) continue;
      if (!replied) plan.resolve.push({ commentId: c.id, action: 'delete' });
      else if (!isMarkedFixed(c.body))
        plan.resolve.push({ commentId: c.id, action: 'mark-fixed', body: markFixed(c.body, input.headSha) });
    } else if (!replied) {
      // An outdated copy, or a duplicate of the kept comment (a crashed run retried).
      plan.resolve.push({ commentId: c.id, action: 'delete' });
    } else if (c.line === null && !input.resolvedThreads.has(c.id)) {
      // Outdated with a conversation: keep the conversation, close its thread.
      plan.resolve.push({ commentId: c.id, action: 'resolve-thread' });
    }
  }
  return plan;
}

function lineRangeAdded(file: FileDiff, p: Placement): boolean {
  for (let l = p.startLine; l <= p.line; l++) if (!file.hunks.some((h) => h.added.has(l))) return false;
  return true;
}
