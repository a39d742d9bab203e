// DynamoDB tables that exist in one region only.

import { defineRule } from '../../src/engine/rule.js';
import { asString } from '../../src/model/terraform/value.js';
import { hasDynamicBlock } from '../lib/terraform.js';
import { copies, coverage, sourcesOf } from '../lib/counterparts.js';
import { regionText } from '../lib/regions.js';
import { stackLocation } from '../lib/stack-location.js';
import { DEFAULT_EXAMPLE_DIRS, deployedStacks, exampleDirsSchema } from '../lib/roots.js';

interface Options {
  exampleDirs: string[];
}

export default defineRule<'singleRegion', Options>({
  meta: {
    id: 'aws-dynamodb-global-table',
    category: 'missing-multi-region-failover',
    severity: 'warning',
    title: 'DynamoDB tables should be global tables',
    description:
      'Flags `aws_dynamodb_table` resources with no replica in another region: no `replica { region_name = ... }` block (static or dynamic) and no ' +
      '`aws_dynamodb_table_replica` whose `global_table_arn` designates the table from a provider for another region (followed through module inputs and ' +
      'outputs). Terraform state lock tables (`hash_key = "LockID"`) are skipped, and so are examples and tests of reusable modules.',
    messages: {
      singleRegion:
        'DynamoDB table {resource} exists only in {region}: without a replica in another region, a regional outage makes it unavailable and a regional disaster can lose it. Make it a global table with a replica block (or an aws_dynamodb_table_replica) in a second region.',
    },
    optionsSchema: { type: 'object', properties: { exampleDirs: exampleDirsSchema }, additionalProperties: false },
    defaultOptions: { exampleDirs: DEFAULT_EXAMPLE_DIRS },
  },
  check(project, context) {
    for (const stack of deployedStacks(project.terraform, context.options.exampleDirs ?? DEFAULT_EXAMPLE_DIRS)) {
      const tables = stack.resourcesOfType('aws_dynamodb_table');
      const replicas = new Map(
        copies(stack, 'aws_dynamodb_table_replica', 'global_table_arn').map((c) => [
          c.resource,
          sourcesOf(stack, c, tables, ['name', 'arn']),
        ]),
      );
      for (const table of tables) {
        if (asString(table.value('hash_key')) === 'LockID') continue;
        if (table.blocks('replica').length > 0 || hasDynamicBlock(table, 'replica')) continue;
        if (coverage(table, replicas).kind === 'covered') continue;
        context.report({
          messageId: 'singleRegion',
          data: { region: regionText(table) },
          at: stackLocation(table),
          resource: table.address,
        });
      }
    }
  },
});
