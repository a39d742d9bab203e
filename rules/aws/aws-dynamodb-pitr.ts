// DynamoDB tables without point-in-time recovery.

import { defineRule } from '../../src/engine/rule.js';
import { asBool, asString } from '../../src/model/terraform/value.js';
import { insertBlockFix, literalFix } from '../lib/terraform.js';

export default defineRule({
  meta: {
    id: 'aws-dynamodb-pitr',
    category: 'disaster-recovery',
    severity: 'warning',
    fixable: true,
    title: 'DynamoDB tables should have point-in-time recovery',
    description:
      'Flags `aws_dynamodb_table` resources without `point_in_time_recovery { enabled = true }`. Point-in-time recovery keeps continuous backups for ' +
      'up to 35 days, so a bad deploy that overwrites items or a script that deletes them can be undone to the second; without it, only on-demand ' +
      'backups exist, if someone took one. Terraform state lock tables (hash key `LockID`) hold nothing worth restoring and are not flagged.',
    messages: {
      noPitr:
        'DynamoDB table {resource} has no point-in-time recovery ({state}): items overwritten or deleted by a bad deploy or script cannot be restored. Add point_in_time_recovery { enabled = true }.',
    },
  },
  check(project, context) {
    for (const stack of project.terraform.stacks) {
      for (const table of stack.resourcesOfType('aws_dynamodb_table')) {
        if (asString(table.value('hash_key')) === 'LockID') continue;
        const pitr = table.blocks('point_in_time_recovery')[0];
        const enabled = pitr?.attr('enabled');
        const data = { resource: table.address };
        if (!pitr) {
          context.report({
            messageId: 'noPitr',
            data: { ...data, state: 'no point_in_time_recovery block' },
            at: table,
            resource: table.address,
            fix: insertBlockFix(table, 'point_in_time_recovery', [['enabled', 'true']]),
          });
        } else if (!enabled || asBool(enabled.value) === false) {
          // `enabled = null` (a module forwarding an unset variable) leaves recovery off.
          const at = pitr.declared('enabled');
          context.report({
            messageId: 'noPitr',
            data: { ...data, state: enabled ? 'enabled = false' : 'enabled is not set' },
            at: at ?? pitr,
            resource: table.address,
            fix: literalFix(pitr, 'enabled', 'true'),
          });
        }
      }
    }
  },
});
