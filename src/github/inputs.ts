// The Action's inputs (action.yml), validated. Paths are confined to the workspace.

import type { FailOn } from '../engine/lint-api.js';
import { isValidLogin } from './identity.js';
import { DEFAULT_NAME, NAME_PATTERN } from './markers.js';
import { containedPath, workspaceRelative } from './paths.js';
import { FILTER_MODES, type FilterMode } from './plan.js';

export interface ActionInputs {
  /** Workspace-relative paths to lint. */
  paths: string[];
  configPath?: string;
  failOn: FailOn;
  token: string;
  review: boolean;
  /** `changed-units`: with `gate: new`, lint only the units the change touches (and those depending on them). */
  changedUnits: boolean;
  filterMode: FilterMode;
  maxComments: number;
  /** `new`: fail on what the change introduces; `all`: on every finding; undefined: by event. */
  gate?: 'new' | 'all';
  /** Which commit's config, rulesDir and var files judge a change. */
  configFrom: 'base' | 'head';
  /** Absolute path of the SARIF file to write, and as given (workspace-relative) for the output. */
  sarifFile: { absolute: string; relative: string };
  /** Instance name: keys the markers, the summary comment and the messages. */
  name: string;
  /** Login arch-lint posts as, when set (otherwise asked from the token). */
  commentAuthor: string;
  /** Longest time for one GitHub API request (milliseconds). */
  requestTimeoutMs: number;
  /** Longest time for the whole review: reading, planning, writing (milliseconds). */
  reviewTimeoutMs: number;
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
  const changedRaw = (get('changed-units') || 'true').trim().toLowerCase();
  if (!['true', 'false'].includes(changedRaw))
    errors.push(`changed-units: ${JSON.stringify(changedRaw)} is not true or false.`);
  const modeRaw = (get('filter-mode') || 'added').trim();
  const filterMode = FILTER_MODES.find((m) => m === modeRaw);
  if (!filterMode) errors.push(`filter-mode: ${JSON.stringify(modeRaw)} is not one of ${FILTER_MODES.join(', ')}.`);
  const maxRaw = (get('max-comments') || '30').trim();
  const maxComments = /^\d{1,6}$/.test(maxRaw) ? Number(maxRaw) : NaN;
  if (Number.isNaN(maxComments)) errors.push(`max-comments: ${JSON.stringify(maxRaw)} is not a whole number.`);
  const gateRaw = get('gate').trim().toLowerCase();
  if (gateRaw !== '' && gateRaw !== 'new' && gateRaw !== 'all')
    errors.push(`gate: ${JSON.stringify(gateRaw)} is not new or all.`);
  const configFromRaw = (get('config-from') || 'base').trim().toLowerCase();
  if (configFromRaw !== 'base' && configFromRaw !== 'head')
    errors.push(`config-from: ${JSON.stringify(configFromRaw)} is not base or head.`);
  const sarifRaw = (get('sarif-file') || 'arch-lint.sarif').trim();
  const sarifAbs = containedPath(workspace, sarifRaw);
  if (!sarifAbs) errors.push(`sarif-file: ${JSON.stringify(sarifRaw)} is outside the workspace.`);
  const name = (get('name') || DEFAULT_NAME).trim();
  if (!NAME_PATTERN.test(name))
    errors.push(
      `name: ${JSON.stringify(name)} must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit.`,
    );
  const commentAuthor = get('comment-author').trim();
  if (commentAuthor && !isValidLogin(commentAuthor))
    errors.push(`comment-author: ${JSON.stringify(commentAuthor)} is not a GitHub login (such as my-app[bot]).`);
  const requestTimeout = seconds(get('request-timeout'), 30, 'request-timeout', errors);
  const reviewTimeout = seconds(get('review-timeout'), 180, 'review-timeout', errors);
  if (errors.length > 0 || !failOn || !filterMode || !sarifAbs) return { ok: false, errors };
  return {
    ok: true,
    inputs: {
      paths,
      ...(configPath ? { configPath } : {}),
      failOn,
      token: get('github-token').trim(),
      review: reviewRaw === 'true',
      changedUnits: changedRaw === 'true',
      filterMode,
      maxComments,
      ...(gateRaw === 'new' || gateRaw === 'all' ? { gate: gateRaw } : {}),
      configFrom: configFromRaw === 'head' ? 'head' : 'base',
      sarifFile: { absolute: sarifAbs, relative: workspaceRelative(workspace, sarifAbs) },
      name,
      commentAuthor,
      requestTimeoutMs: requestTimeout * 1000,
      reviewTimeoutMs: reviewTimeout * 1000,
    },
  };
}

/** A positive number of seconds (fractions allowed), at most an hour. */
function seconds(raw: string, fallback: number, input: string, errors: string[]): number {
  const text = (raw || String(fallback)).trim();
  const value = /^\d{1,4}(\.\d{1,3})?$/.test(text) ? Number(text) : NaN;
  if (!(value > 0 && value <= 3600)) {
    errors.push(`${input}: ${JSON.stringify(text)} is not a number of seconds between 0 and 3600.`);
    return fallback;
  }
  return value;
}

/** Newline-, comma- or space-separated. */
export function splitList(raw: string): string[] {
  return raw
    .split(/[\n,]|\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
