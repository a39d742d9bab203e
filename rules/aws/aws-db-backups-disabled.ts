// RDS databases with automated backups switched off.

import { defineRule } from '../../src/engine/rule.js';
import type { TfBlock } from '../../src/model/terraform/types.js';
import { asBool, asNumber } from '../../src/model/terraform/value.js';
import { literalFix } from '../gcp/lib/terraform.js';
import { callsOf } from './lib/registry-module.js';
import { isSet } from './lib/settings.js';

export default defineRule({
  meta: {
    id: 'aws-db-backups-disabled',
    category: 'disaster-recovery',
    severity: 'error',
    fixable: true,
    title: 'RDS databases must keep automated backups',
    description:
      'Flags `aws_db_instance` and `aws_rds_cluster` resources (and `terraform-aws-modules/rds/aws` calls) with `backup_retention_period = 0`. ' +
      'Zero disables automated backups and point-in-time recovery: a dropped table, a bad migration or a corrupted volume can then only be ' +
      'recovered from manual snapshots, if there are any. Read replicas are not flagged (their source keeps the backups).',
    messages: {
      backupsDisabled:
        'Database {resource} has backup_retention_period = 0: automated backups and point-in-time recovery are off, so a bad migration, a dropped table or a lost volume cannot be undone. Keep at least 7 days of backups.',
    },
  },
  check(project, context) {
    const judge = (block: TfBlock, resource: string) => {
      if (isSet(block, 'replicate_source_db') || isSet(block, 'replication_source_identifier')) return;
      const attr = block.attr('backup_retention_period');
      if (!attr || asNumber(attr.value) !== 0) return;
      context.report({ messageId: 'backupsDisabled', data: { resource }, file: attr.file, range: attr.range, resource, fix: literalFix(block, 'backup_retention_period', '7') });
    };
    for (const stack of project.terraform.stacks) {
      for (const type of ['aws_db_instance', 'aws_rds_cluster']) for (const db of stack.resourcesOfType(type)) judge(db, db.address);
      for (const call of callsOf(stack, 'terraform-aws-modules/rds/aws')) {
        if (asBool(call.value('create_db_instance')) !== false) judge(call, call.address);
      }
    }
  },
});
