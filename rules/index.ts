// Every built-in rule, from each platform's index. Sorted by id so --list-rules, SARIF
// and docs see one stable order.

import type { Category } from '../src/findings/category.js';
import type { Rule } from '../src/engine/rule.js';
import { rules as aws } from './aws/index.js';
import { rules as azure } from './azure/index.js';
import { rules as gcp } from './gcp/index.js';
import { rules as kubernetes } from './kubernetes/index.js';
import { rules as terraform } from './terraform/index.js';

export const builtinRules: readonly Rule<string, any, Category>[] = [
  ...aws,
  ...azure,
  ...gcp,
  ...kubernetes,
  ...terraform,
].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
