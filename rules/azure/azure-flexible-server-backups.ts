import { defineRule, valueAt } from '../../src/engine/rule.js';
import { asBool, asNumber } from '../../src/model/terraform/value.js';
import { literalFix, resourcesOf } from '../lib/terraform.js';
import { engineName, FLEXIBLE_SERVERS, isFlexibleReplica } from './lib/flexible-server.js';

/** What Azure keeps when backup_retention_days is not set. */
const DEFAULT_RETENTION_DAYS = 7;

interface Options {
  minRetentionDays: number;
  requireGeoRedundantBackup: boolean;
}

export default defineRule<'shortRetention' | 'noGeoBackup', Options>({
  meta: {
    id: 'azure-flexible-server-backups',
    category: 'disaster-recovery',
    severity: 'warning',
    fixable: true,
    title: 'Flexible servers should keep at least a week of backups',
    description:
      'Azure Database for PostgreSQL and MySQL flexible servers keep automated backups for backup_retention_days (default 7). A shorter window (MySQL accepts 1) means a corruption noticed after a long weekend can no longer be undone. Optionally, geo-redundant backup can be required so a regional outage does not take the backups with it. Read replicas are not checked.',
    messages: {
      shortRetention:
        '{engine} flexible server {resource} keeps backups for {days} day(s): a problem noticed later than that cannot be restored. Keep at least {min} days (backup_retention_days = {min}).',
      noGeoBackup:
        '{engine} flexible server {resource} has no geo-redundant backup: a regional outage takes the backups down with the server. Set geo_redundant_backup_enabled = true (this recreates the server).',
    },
    optionsSchema: {
      type: 'object',
      properties: {
        minRetentionDays: { type: 'integer', minimum: 1, maximum: 35 },
        requireGeoRedundantBackup: { type: 'boolean' },
      },
      additionalProperties: false,
    },
    defaultOptions: { minRetentionDays: 7, requireGeoRedundantBackup: false },
  },
  check(project, context) {
    const min = context.options.minRetentionDays ?? 7;
    for (const { resource } of resourcesOf(project, ...FLEXIBLE_SERVERS)) {
      if (isFlexibleReplica(resource)) continue;
      const data = { resource: resource.address, engine: engineName(resource), min };
      const retention = resource.attr('backup_retention_days');
      // Absent means the service default.
      const days = retention ? asNumber(retention.value) : DEFAULT_RETENTION_DAYS;
      if (days !== undefined && days < min) {
        context.report({
          messageId: 'shortRetention',
          data: { ...data, days },
          at: valueAt(retention) ?? resource,
          resource: resource.address,
          fix: literalFix(resource, 'backup_retention_days', String(min)),
        });
      }
      if (!context.options.requireGeoRedundantBackup) continue;
      const geo = resource.attr('geo_redundant_backup_enabled');
      const on = asBool(geo?.value);
      if (on === true || (geo && on === undefined)) continue;
      context.report({
        messageId: 'noGeoBackup',
        data,
        at: valueAt(geo) ?? resource,
        resource: resource.address,
        fix: literalFix(resource, 'geo_redundant_backup_enabled', 'true'),
      });
    }
  },
});
