// AWS availability and disaster-recovery rules (merged into rules/aws/index.ts by the lead).
import type { Rule } from '../../src/engine/rule.js';

export const rules: Rule<any, any>[] = [];
