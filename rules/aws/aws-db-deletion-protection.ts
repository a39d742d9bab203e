// RDS databases that one `terraform destroy` (or a replacing change) can delete.

import { defineRule } from '../../src/engine/rule.js';
import type { TfBlock, TfStack } from '../../src/model/terraform/types.js';
import { asBool, asString } from '../../src/model/terraform/value.js';
import { setAttributeFix } from '../../src/model/terraform/edits.js';
import { written } from '../lib/origin.js';
import { DEFAULT_EXAMPLE_DIRS, deployedStacks, exampleDirsSchema } from '../lib/roots.js';
import { isReadReplica } from './lib/replicas.js';
import { boolSetting } from '../lib/terraform.js';

interface Options {
  exampleDirs: string[];
}

/** Read replicas hold no data of their own; Aurora instances are protected through their cluster. */
function notApplicable(block: TfBlock): boolean {
  if (isReadReplica(block)) return true;
  return (
    block.type === 'resource' &&
    block.labels[0] === 'aws_db_instance' &&
    (asString(block.value('engine'))?.startsWith('aurora') ?? false)
  );
}

function* databases(stack: TfStack): Generator<{ block: TfBlock; resource: string }> {
  for (const type of ['aws_db_instance', 'aws_rds_cluster'])
    for (const db of stack.resourcesOfType(type)) yield { block: db, resource: db.address };
}

export default defineRule<'unprotected', Options>({
  meta: {
    id: 'aws-db-deletion-protection',
    category: 'disaster-recovery',
    severity: 'warning',
    fixable: true,
    title: 'RDS databases should have deletion protection',
    description:
      'Flags `aws_db_instance` and `aws_rds_cluster` resources (and `terraform-aws-modules/rds/aws` calls) whose `deletion_protection` is missing or false. ' +
      'Without it, a `terraform destroy` in the wrong workspace, a renamed resource or a change that forces replacement deletes the database; ' +
      'with it, AWS refuses the delete until someone turns protection off on purpose. Read replicas, Aurora member instances, and the examples ' +
      'and tests of reusable modules (torn down on purpose) are not flagged.',
    messages: {
      unprotected:
        'Database {resource} can be deleted by any destroy or replacing plan (deletion_protection is {state}): one wrong apply removes the data and its automated backups. Set deletion_protection = true.',
    },
    optionsSchema: { type: 'object', properties: { exampleDirs: exampleDirsSchema }, additionalProperties: false },
    defaultOptions: { exampleDirs: DEFAULT_EXAMPLE_DIRS },
  },
  check(project, context) {
    for (const stack of deployedStacks(project.terraform, context.options.exampleDirs ?? DEFAULT_EXAMPLE_DIRS)) {
      for (const { block, resource } of databases(stack)) {
        if (notApplicable(block)) continue;
        const state = boolSetting(block, 'deletion_protection');
        if (state === 'true' || state === 'unknown') continue;
        const attr = block.attr('deletion_protection');
        // A false that comes from a module argument is reported (and fixed) at that argument.
        const at = attr ? written(attr, block) : undefined;
        context.report({
          messageId: 'unprotected',
          data: { state: state === 'absent' ? 'not set, which means false' : 'false' },
          at: at ?? block,
          resource,
          fix: at ? at.fix('true') : setAttributeFix(block, 'deletion_protection', 'true'),
        });
      }
    }
  },
});
