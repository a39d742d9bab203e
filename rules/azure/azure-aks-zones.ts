import { defineRule } from '../../src/engine/rule.js';
import { asString } from '../../src/model/terraform/value.js';
import { firstBlock, resourcesOf } from '../lib/terraform.js';
import { reportZoneSpread } from './lib/zones.js';

export default defineRule({
  meta: {
    id: 'azure-aks-zones',
    category: 'availability',
    severity: 'warning',
    fixable: true,
    title: 'AKS node pools should span availability zones',
    description:
      'An AKS default_node_pool or azurerm_kubernetes_cluster_node_pool without zones (or with a single zone) places every node of the pool in one zone or in no particular zone: a zone outage can take all its pods down at once. zones = ["1", "2", "3"] spreads the nodes, so replicas and spread constraints can survive a zone.',
    messages: {
      noZones:
        'AKS node pool {pool} of {resource} sets no zones: its nodes are not spread over availability zones, so one zone outage can take all its pods down. Set zones = ["1", "2", "3"] (this rebuilds the pool).',
      oneZone:
        'AKS node pool {pool} of {resource} is pinned to zone {zone} only: a zone outage takes every node in it down. List at least two zones, e.g. zones = ["1", "2", "3"].',
    },
  },
  check(project, context) {
    for (const { resource } of resourcesOf(
      project,
      'azurerm_kubernetes_cluster',
      'azurerm_kubernetes_cluster_node_pool',
    )) {
      const pool =
        resource.resourceType === 'azurerm_kubernetes_cluster' ? firstBlock(resource, 'default_node_pool') : resource;
      if (!pool) continue;
      const name = asString(pool.value('name')) ?? resource.name;
      reportZoneSpread(
        context,
        resource,
        pool,
        { none: 'noZones', single: 'oneZone' },
        { resource: resource.address, pool: name },
      );
    }
  },
});
