// Terraform-wide rules: state safety (unversioned-state) and multi-region failover.
import type { Rule } from '../../src/engine/rule.js';

export const rules: Rule<any, any>[] = [];
