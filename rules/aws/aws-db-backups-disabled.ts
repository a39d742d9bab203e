// RDS databases with automated backups switched off.

import { defineRule } from '../../src/engine/rule.js';
import type { TfBlock } from '../../src/model/terraform/types.js';
import { asNumber } from '../../src/model/terraform/value.js';
import { written } from '../lib/origin.js';
import { DEFAULT_EXAMPLE_DIRS, deployedStacks, exampleDirsSchema } from '../lib/roots.js';
import { isReadReplica } from './lib/replicas.js';

interface Options {
  exampleDirs: string[];
}

export default defineRule<'backupsDisabled', Options>({
  meta: {
    id: 'aws-db-backups-disabled',
    category: 'disaster-recovery',
    severity: 'error',
    fixable: true,
    title: 'RDS databases must keep automated backups',
    description:
      'Flags `aws_db_instance` and `aws_rds_cluster` resources (and `terraform-aws-modules/rds/aws` calls) with `backup_retention_period = 0`. ' +
      'Zero disables automated backups and point-in-time recovery: a dropped table, a bad migration or a corrupted volume can then only be ' +
      'recovered from manual snapshots, if there are any. Read replicas (their source keeps the backups) and the examples and tests of reusable ' +
      'modules are not flagged.',
    messages: {
      backupsDisabled:
        'Database {resource} has backup_retention_period = 0: automated backups and point-in-time recovery are off, so a bad migration, a dropped table or a lost volume cannot be undone. Keep at least 7 days of backups.',
    },
    optionsSchema: { type: 'object', properties: { exampleDirs: exampleDirsSchema }, additionalProperties: false },
    defaultOptions: { exampleDirs: DEFAULT_EXAMPLE_DIRS },
  },
  check(project, context) {
    const judge = (block: TfBlock, resource: string) => {
      if (isReadReplica(block)) return;
      const attr = block.attr('backup_retention_period');
      if (!attr || asNumber(attr.value) !== 0) return;
      // A 0 that comes from a module argument is reported (and fixed) at that argument.
      const at = written(attr, block);
      context.report({ messageId: 'backupsDisabled', at, resource, fix: at.fix('7') });
    };
    for (const stack of deployedStacks(project.terraform, context.options.exampleDirs ?? DEFAULT_EXAMPLE_DIRS)) {
      for (const type of ['aws_db_instance', 'aws_rds_cluster'])
        for (const db of stack.resourcesOfType(type)) judge(db, db.address);
    }
  },
});
