import { defineRule, valueAt } from '../../src/engine/rule.js';
import { isSqlReplica, SQL_INSTANCE } from './lib/cloud-sql.js';
import { boolSetting, literalFix, resourcesOf } from '../lib/terraform.js';

export default defineRule({
  meta: {
    id: 'gcp-sql-deletion-protection',
    category: 'disaster-recovery',
    severity: 'warning',
    fixable: true,
    title: 'Cloud SQL primaries must keep deletion_protection on',
    description:
      'The google provider protects Cloud SQL instances from `terraform destroy` and replacement by default (deletion_protection = true). Turning it off means a renamed resource, a changed force-new argument or a mistaken destroy deletes the database and, with it, its automated backups. Read replicas are not checked.',
    messages: {
      off: 'Cloud SQL instance {resource} sets deletion_protection = false: a destroy or a force-new change deletes the database and its automated backups with it. Keep deletion_protection = true and turn it off only in the change that really removes the database.',
    },
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, SQL_INSTANCE)) {
      if (isSqlReplica(resource) || boolSetting(resource, 'deletion_protection') !== 'false') continue;
      const attr = resource.attr('deletion_protection')!;
      context.report({
        messageId: 'off',
        at: valueAt(attr),
        resource: resource.address,
        fix: literalFix(resource, 'deletion_protection', 'true'),
      });
    }
  },
});
