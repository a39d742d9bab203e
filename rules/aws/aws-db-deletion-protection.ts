// RDS databases that one `terraform destroy` (or a replacing change) can delete.

import { defineRule } from '../../src/engine/rule.js';
import type { TfBlock } from '../../src/model/terraform/types.js';
import { asBool, asString } from '../../src/model/terraform/value.js';
import { callsOf } from './lib/registry-module.js';
import { isSet, reportUnlessTrue } from './lib/settings.js';

/** Read replicas hold no data of their own; Aurora instances are protected through their cluster. */
function notApplicable(block: TfBlock): boolean {
  if (isSet(block, 'replicate_source_db') || isSet(block, 'replication_source_identifier')) return true;
  return block.type === 'resource' && block.labels[0] === 'aws_db_instance' && (asString(block.value('engine'))?.startsWith('aurora') ?? false);
}

export default defineRule({
  meta: {
    id: 'aws-db-deletion-protection',
    category: 'disaster-recovery',
    severity: 'warning',
    fixable: true,
    title: 'RDS databases should have deletion protection',
    description:
      'Flags `aws_db_instance` and `aws_rds_cluster` resources (and `terraform-aws-modules/rds/aws` calls) whose `deletion_protection` is missing or false. ' +
      'Without it, a `terraform destroy` in the wrong workspace, a renamed resource or a change that forces replacement deletes the database; ' +
      'with it, AWS refuses the delete until someone turns protection off on purpose. Read replicas and Aurora member instances are not flagged.',
    messages: {
      unprotected:
        'Database {resource} can be deleted by any destroy or replacing plan ({attribute} is {state}): one wrong apply removes the data and its automated backups. Set deletion_protection = true.',
    },
  },
  check(project, context) {
    const judge = (block: TfBlock, resource: string) => {
      if (notApplicable(block)) return;
      reportUnlessTrue(context, { block, name: 'deletion_protection', messageId: 'unprotected', data: { resource }, resource });
    };
    for (const stack of project.terraform.stacks) {
      for (const type of ['aws_db_instance', 'aws_rds_cluster']) for (const db of stack.resourcesOfType(type)) judge(db, db.address);
      for (const call of callsOf(stack, 'terraform-aws-modules/rds/aws')) {
        if (asBool(call.value('create_db_instance')) !== false) judge(call, call.address);
      }
    }
  },
});
