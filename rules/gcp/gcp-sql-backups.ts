import { defineRule, valueAt } from '../../src/engine/rule.js';
import { asBool } from '../../src/model/terraform/value.js';
import { isSqlReplica, SQL_INSTANCE, sqlEngine, type SqlEngine } from './lib/cloud-sql.js';
import { firstBlock, insertBlockFix, literalFix, resourcesOf } from '../lib/terraform.js';

/** The backup_configuration flag that enables point-in-time recovery, per engine. */
const PITR_ATTRIBUTE: Record<SqlEngine, string> = {
  POSTGRES: 'point_in_time_recovery_enabled',
  SQLSERVER: 'point_in_time_recovery_enabled',
  MYSQL: 'binary_log_enabled',
};

interface Options {
  requirePointInTimeRecovery: boolean;
}

export default defineRule<'noBlock' | 'disabled' | 'noPitr', Options>({
  meta: {
    id: 'gcp-sql-backups',
    category: 'disaster-recovery',
    severity: 'error',
    fixable: true,
    title: 'Cloud SQL instances must have automated backups and point-in-time recovery',
    description:
      'A Cloud SQL primary without settings.backup_configuration { enabled = true } (backups are off by default in Terraform) has no automated backup: a bad migration, a deleted table or a corrupted disk cannot be undone. Without point-in-time recovery (point_in_time_recovery_enabled for PostgreSQL and SQL Server, binary_log_enabled for MySQL) you can only go back to last night. Read replicas are not checked.',
    messages: {
      noBlock:
        'Cloud SQL instance {resource} has no backup_configuration, so automated backups are off: a dropped table or corrupted disk cannot be restored. Add backup_configuration { enabled = true } with point-in-time recovery.',
      disabled:
        'Cloud SQL instance {resource} has automated backups disabled: a dropped table or corrupted disk cannot be restored. Set enabled = true in backup_configuration.',
      noPitr:
        'Cloud SQL instance {resource} backs up daily but has no point-in-time recovery ({attribute} is not true): after a bad write you lose up to a day of data. Set {attribute} = true.',
    },
    optionsSchema: {
      type: 'object',
      properties: { requirePointInTimeRecovery: { type: 'boolean' } },
      additionalProperties: false,
    },
    defaultOptions: { requirePointInTimeRecovery: true },
  },
  check(project, context) {
    const requirePitr = context.options.requirePointInTimeRecovery !== false;
    for (const { resource } of resourcesOf(project, SQL_INSTANCE)) {
      if (isSqlReplica(resource)) continue;
      // Without settings the instance is a clone or invalid; gcp-sql-regional reports the latter.
      const settings = firstBlock(resource, 'settings');
      if (!settings) continue;
      const engine = sqlEngine(resource);
      const pitr = engine ? PITR_ATTRIBUTE[engine] : undefined;
      const backup = firstBlock(settings, 'backup_configuration');
      const data = { resource: resource.address, attribute: pitr ?? '' };
      if (!backup) {
        const attrs: [string, string][] = [['enabled', 'true']];
        if (pitr && requirePitr) attrs.push([pitr, 'true']);
        context.report({
          messageId: 'noBlock',
          data,
          at: settings,
          resource: resource.address,
          fix: insertBlockFix(settings, 'backup_configuration', attrs),
        });
        continue;
      }
      const enabled = asBool(backup.value('enabled'));
      if (enabled === undefined && backup.attr('enabled')) continue; // unknown: never guess
      if (enabled !== true) {
        context.report({
          messageId: 'disabled',
          data,
          at: {
            file: backup.file,
            range: backup.attr('enabled')?.valueRange ?? backup.headerRange,
            of: backup.attr('enabled') ?? backup,
          },
          resource: resource.address,
          fix: literalFix(backup, 'enabled', 'true'),
        });
        continue;
      }
      if (!requirePitr || !pitr) continue;
      const flag = backup.attr(pitr);
      const on = asBool(backup.value(pitr));
      if (on === true || (flag && on === undefined)) continue;
      context.report({
        messageId: 'noPitr',
        data,
        at: valueAt(flag) ?? backup,
        resource: resource.address,
        fix: literalFix(backup, pitr, 'true'),
      });
    }
  },
});
