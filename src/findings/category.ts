// The categories of built-in findings (docs/design.md, "Categories"). The first five are
// the mission's, in the order reports and the rule index list them; the rest were added
// since. User-defined declarative rules may name their own kebab-case category.

export const MISSION_CATEGORIES = [
  'single-az-database',
  'missing-resource-limits',
  'public-bucket',
  'missing-multi-region-failover',
  'unversioned-state',
] as const;

export const ADDED_CATEGORIES = [
  'availability',
  'disaster-recovery',
  'parse-error',
  'suppression',
  'evaluation-limit',
] as const;

export type MissionCategory = (typeof MISSION_CATEGORIES)[number];
export type Category = MissionCategory | (typeof ADDED_CATEGORIES)[number];

export const CATEGORIES: readonly Category[] = [...MISSION_CATEGORIES, ...ADDED_CATEGORIES];

export function isMissionCategory(category: string): category is MissionCategory {
  return (MISSION_CATEGORIES as readonly string[]).includes(category);
}
