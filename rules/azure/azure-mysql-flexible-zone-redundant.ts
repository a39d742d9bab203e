import { defineRule } from '../../src/engine/rule.js';
import { checkFlexibleServerHa, FLEXIBLE_HA_MESSAGES } from './lib/flexible-server-ha.js';

export default defineRule({
  meta: {
    id: 'azure-mysql-flexible-zone-redundant',
    category: 'single-az-database',
    severity: 'error',
    fixable: true,
    title: 'Azure Database for MySQL flexible servers must use zone-redundant high availability',
    description:
      'An azurerm_mysql_flexible_server without high_availability { mode = "ZoneRedundant" } runs in a single availability zone: without HA there is no standby at all, and SameZone HA puts the standby next to the primary, so a zone outage takes the database down either way. Burstable SKUs support no HA and are reported too. Read replicas (create_mode = "Replica") are not checked.',
    messages: FLEXIBLE_HA_MESSAGES,
  },
  check(project, context) {
    checkFlexibleServerHa(project, 'azurerm_mysql_flexible_server', context);
  },
});
