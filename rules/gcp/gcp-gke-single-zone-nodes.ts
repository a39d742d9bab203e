import { defineRule, valueAt } from '../../src/engine/rule.js';
import type { TfResource } from '../../src/model/terraform/types.js';
import { asString } from '../../src/model/terraform/value.js';
import { isGcpRegion } from './lib/location.js';
import { knownStrings, resourcesOf } from '../lib/terraform.js';

export default defineRule({
  meta: {
    id: 'gcp-gke-single-zone-nodes',
    category: 'availability',
    severity: 'warning',
    title: 'GKE node pools should span more than one zone',
    description:
      'node_locations with a single zone on a regional google_container_cluster, or on a google_container_node_pool, puts every node of the pool in that zone: a zone outage takes all its pods down even though the control plane survives. (On a zonal cluster node_locations lists the extra zones, so one entry already means two zones; zonal clusters are reported by gcp-gke-zonal-cluster.)',
    messages: {
      singleZone:
        '{resource} pins its nodes to one zone ({zone}): a zone outage takes every pod on them down. List at least two zones of the region in node_locations, or omit it to use all zones of a regional cluster.',
    },
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, 'google_container_cluster', 'google_container_node_pool')) {
      if (resource.resourceType === 'google_container_cluster' && !isRegionalCluster(resource)) continue;
      const attr = resource.attr('node_locations');
      if (!attr || !Array.isArray(attr.value) || attr.value.length !== 1) continue;
      const [zone] = knownStrings(attr.value);
      if (zone === undefined) continue;
      context.report({ messageId: 'singleZone', data: { zone }, at: valueAt(attr), resource: resource.address });
    }
  },
});

function isRegionalCluster(cluster: TfResource): boolean {
  const location = asString(cluster.value('location'));
  return location !== undefined && isGcpRegion(location);
}
