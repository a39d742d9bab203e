// Which object stores hold data that must survive a regional outage: a documented,
// configurable heuristic (databases always count; buckets and storage accounts by tag or name).

import type { TfResource } from '../../src/model/terraform/types.js';
import { isObject } from '../../src/model/terraform/value.js';
import { DEFAULT_EXAMPLE_DIRS, exampleDirsSchema } from './roots.js';

export interface CriticalOptions {
  /** Regular expressions (case-insensitive) matched against the bucket / account name. */
  criticalNamePatterns: string[];
  /** Tag key → values that mark the store critical (case-insensitive); an empty list means any value. */
  criticalTags: Record<string, string[]>;
}

export const DEFAULT_CRITICAL: CriticalOptions = {
  criticalNamePatterns: ['backup', 'archive', 'tfstate', '(^|[-_.])state([-_.]|$)', '(^|[-_.])data([-_.]|$)'],
  criticalTags: {
    criticality: ['high', 'critical', 'mission-critical', 'tier-0', 'tier-1', 'tier0', 'tier1'],
    'data-classification': ['confidential', 'restricted', 'critical', 'sensitive'],
    backup: ['true', 'yes', 'required'],
  },
};

export const criticalOptionsSchema = {
  criticalNamePatterns: {
    type: 'array',
    items: { type: 'string', minLength: 1 },
    description: 'Regular expressions (case-insensitive) matched against the name; a match makes the store critical.',
  },
  criticalTags: {
    type: 'object',
    additionalProperties: { type: 'array', items: { type: 'string' } },
    description:
      'Tag keys whose listed values (case-insensitive; an empty list means any value) make the store critical.',
  },
};

function compile(patterns: string[]): RegExp[] {
  const out: RegExp[] = [];
  for (const p of patterns) {
    try {
      out.push(new RegExp(p, 'i'));
    } catch {
      // An invalid pattern in user config matches nothing rather than crashing the run.
    }
  }
  return out;
}

/** Why the store counts as critical (`its name "x-backups" contains "backup"`), or undefined. */
export function criticalReason(
  resource: TfResource,
  nameAttributes: string[],
  options: Partial<CriticalOptions>,
): string | undefined {
  const patterns = compile(options.criticalNamePatterns ?? DEFAULT_CRITICAL.criticalNamePatterns);
  const tagRules = options.criticalTags ?? DEFAULT_CRITICAL.criticalTags;
  const tags = resource.value('tags');
  if (isObject(tags)) {
    for (const [key, value] of Object.entries(tags)) {
      const wanted = Object.entries(tagRules).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
      if (wanted === undefined || typeof value !== 'string') continue;
      if (wanted.length === 0 || wanted.some((w) => w.toLowerCase() === value.toLowerCase()))
        return `it is tagged ${key} = "${value}"`;
    }
  }
  for (const attr of nameAttributes) {
    const name = resource.value(attr);
    if (typeof name !== 'string') continue;
    const match = patterns.map((p) => p.exec(name)).find((m) => m !== null);
    // Say which word made it critical, without the separators the pattern anchors on.
    if (match) return `its name "${name}" contains "${match[0].replace(/^[-_.]+|[-_.]+$/g, '')}"`;
  }
  return undefined;
}

/** Options and defaults of the rules about critical stores: which stores count, and which roots are examples. */
export const criticalStoreOptions = {
  optionsSchema: {
    type: 'object',
    properties: { ...criticalOptionsSchema, exampleDirs: exampleDirsSchema },
    additionalProperties: false,
  },
  defaultOptions: { ...DEFAULT_CRITICAL, exampleDirs: DEFAULT_EXAMPLE_DIRS },
};
