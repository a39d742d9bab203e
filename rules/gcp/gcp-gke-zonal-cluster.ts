import { defineRule, valueAt } from '../../src/engine/rule.js';
import { asString } from '../../src/model/terraform/value.js';
import { isLiteralAttr, resourcesOf } from '../lib/terraform.js';
import { isGcpZone, regionOfZone } from './lib/location.js';

export default defineRule({
  meta: {
    id: 'gcp-gke-zonal-cluster',
    category: 'availability',
    severity: 'warning',
    fixable: true,
    title: 'GKE clusters should be regional, not zonal',
    description:
      'A google_container_cluster whose location is a zone (us-central1-a) has a single control plane in that zone, and its nodes default to the same zone: a zone outage stops deployments, autoscaling and kubectl, and, unless node_locations adds other zones, every workload. A regional cluster replicates the control plane across three zones.',
    messages: {
      zonal:
        'GKE cluster {resource} is zonal ({zone}): its control plane lives only in that zone, so a zone outage stops deployments, scaling and kubectl, and takes down the nodes there. Use the region ({region}) as location for a replicated control plane (this recreates the cluster).',
    },
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, 'google_container_cluster')) {
      const attr = resource.attr('location');
      const zone = asString(attr?.value);
      if (!attr || zone === undefined || !isGcpZone(zone)) continue;
      const region = regionOfZone(zone)!;
      context.report({
        messageId: 'zonal',
        data: { zone, region },
        at: valueAt(attr),
        resource: resource.address, // Replacing a variable with a literal would rewire the configuration: fix literals only.
        fix: isLiteralAttr(attr)
          ? {
              description: `Set location = "${region}"`,
              edits: [{ file: attr.file, range: attr.valueRange, text: `"${region}"` }],
            }
          : undefined,
      });
    }
  },
});
