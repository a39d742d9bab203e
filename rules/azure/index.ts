// Azure rules: flexible servers, SQL Database, Redis, Cosmos DB, Storage, AKS and scale sets.

import type { Rule } from '../../src/engine/rule.js';

export const rules: Rule<any, any>[] = [];
