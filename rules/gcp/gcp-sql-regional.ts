import { defineRule, valueAt } from '../../src/engine/rule.js';
import { isSqlReplica, SQL_INSTANCE } from './lib/cloud-sql.js';
import { enumValue, firstBlock, literalFix, resourcesOf } from '../lib/terraform.js';

export default defineRule({
  meta: {
    id: 'gcp-sql-regional',
    category: 'single-az-database',
    severity: 'error',
    fixable: true,
    title: 'Cloud SQL instances must be REGIONAL (high availability)',
    description:
      'A Cloud SQL primary whose settings.availability_type is ZONAL (the default) runs on one VM in one zone: a zone outage takes the database down until the zone returns. REGIONAL keeps a synchronous standby in a second zone and fails over automatically. Read replicas are not checked.',
    messages: {
      zonal:
        'Cloud SQL instance {resource} is {availability}: its only copy lives in one zone, so a zone outage takes the database down. Set availability_type = "REGIONAL" for a standby in a second zone with automatic failover.',
      missing:
        'Cloud SQL instance {resource} does not set availability_type, so it is ZONAL: its only copy lives in one zone, so a zone outage takes the database down. Set availability_type = "REGIONAL" in settings.',
      noSettings:
        'Cloud SQL instance {resource} has no settings block, so it is ZONAL: a zone outage takes the database down. Add settings { availability_type = "REGIONAL" } with its tier.',
    },
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, SQL_INSTANCE)) {
      if (isSqlReplica(resource)) continue;
      const settings = firstBlock(resource, 'settings');
      if (!settings) {
        // A clone takes its settings from the source instance.
        if (resource.blocks('clone').length > 0) continue;
        context.report({ messageId: 'noSettings', at: resource, resource: resource.address });
        continue;
      }
      const attr = settings.attr('availability_type');
      const fix = literalFix(settings, 'availability_type', '"REGIONAL"');
      if (!attr) {
        // `= var.x` left null by the caller: placed at the caller.
        context.report({
          messageId: 'missing',
          at: settings.declared('availability_type') ?? settings,
          resource: resource.address,
          fix,
        });
        continue;
      }
      const availability = enumValue(settings, 'availability_type');
      if (availability === undefined || availability === 'REGIONAL') continue;
      context.report({
        messageId: 'zonal',
        data: { availability },
        at: valueAt(attr),
        resource: resource.address,
        fix,
      });
    }
  },
});
