// The Action's inputs (action.yml), validated. Paths are confined to the workspace.

import type { FailOn } from '../engine/lint-api.js';
import { containedPath, workspaceRelative } from './paths.js';
import { FILTER_MODES, type FilterMode } from './plan.js';

export interface ActionInputs {
  /** Workspace-relative paths to lint. */
  paths: string[];
  configPath?: string;
  failOn: FailOn;
  token: string;
  review: boolean;
  filterMode: FilterMode;
  maxComments: number;
  /** Absolute path of the SARIF file to write, and as given (workspace-relative) for the output. */
  sarifFile: { absolute: string; relative: string };
}

export type InputResult = { ok: true; inputs: ActionInputs } | { ok: false; errors: string[] };

const FAIL_ON: FailOn[] = ['error', 'warning', 'note', 'none'];

/** `get(name)` returns the raw input ('' when unset), as @actions/core's getInput does. */
export function readInputs(get: (name: string) => string, workspace: string): InputResult {
  const errors: string[] = [];
  const paths: string[] = [];
  for (const p of splitList(get('paths') || '.')) {
    const abs = containedPath(workspace, p);
    if (abs) paths.push(workspaceRelative(workspace, abs));
    else errors.push(`paths: ${JSON.stringify(p)} is outside the workspace (symlinks out of it are not followed).`);
  }
  let configPath: string | undefined;
  const config = get('config').trim();
  if (config) {
    const abs = containedPath(workspace, config);
    if (abs) configPath = abs;
    else errors.push(`config: ${JSON.stringify(config)} is outside the workspace.`);
  }
  const failOnRaw = (get('fail-on') || 'error').trim().toLowerCase();
  const failOn = FAIL_ON.find((f) => f === failOnRaw);
  if (!failOn) errors.push(`fail-on: ${JSON.stringify(failOnRaw)} is not one of ${FAIL_ON.join(', ')}.`);
  const reviewRaw = (get('review') || 'true').trim().toLowerCase();
  if (!['true', 'false'].includes(reviewRaw)) errors.push(`review: ${JSON.stringify(reviewRaw)} is not true or false.`);
  const modeRaw = (get('filter-mode') || 'added').trim();
  const filterMode = FILTER_MODES.find((m) => m === modeRaw);
  if (!filterMode) errors.push(`filter-mode: ${JSON.stringify(modeRaw)} is not one of ${FILTER_MODES.join(', ')}.`);
  const maxRaw = (get('max-comments') || '30').trim();
  const maxComments = /^\d{1,6}$/.test(maxRaw) ? Number(maxRaw) : NaN;
  if (Number.isNaN(maxComments)) errors.push(`max-comments: ${JSON.stringify(maxRaw)} is not a whole number.`);
  const sarifRaw = (get('sarif-file') || 'arch-lint.sarif').trim();
  const sarifAbs = containedPath(workspace, sarifRaw);
  if (!sarifAbs) errors.push(`sarif-file: ${JSON.stringify(sarifRaw)} is outside the workspace.`);
  if (errors.length > 0 || !failOn || !filterMode || !sarifAbs) return { ok: false, errors };
  return {
    ok: true,
    inputs: {
      paths,
      ...(configPath ? { configPath } : {}),
      failOn,
      token: get('github-token').trim(),
      review: reviewRaw === 'true',
      filterMode,
      maxComments,
      sarifFile: { absolute: sarifAbs, relative: workspaceRelative(workspace, sarifAbs) },
    },
  };
}

/** Newline-, comma- or space-separated. */
export function splitList(raw: string): string[] {
  return raw
    .split(/[\n,]|\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
