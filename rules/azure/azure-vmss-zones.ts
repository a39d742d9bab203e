import { defineRule } from '../../src/engine/rule.js';
import { resourcesOf } from '../lib/terraform.js';
import { reportZoneSpread } from './lib/zones.js';

const SCALE_SETS = [
  'azurerm_linux_virtual_machine_scale_set',
  'azurerm_windows_virtual_machine_scale_set',
  'azurerm_orchestrated_virtual_machine_scale_set',
];

export default defineRule({
  meta: {
    id: 'azure-vmss-zones',
    category: 'availability',
    severity: 'warning',
    fixable: true,
    title: 'Virtual machine scale sets should span availability zones',
    description:
      'A Linux, Windows or orchestrated virtual machine scale set without zones (or with a single zone) keeps its instances in one zone or in no particular zone: a zone outage can take every instance behind the load balancer down at once. zones = ["1", "2", "3"] spreads them.',
    messages: {
      noZones:
        'Scale set {resource} sets no zones: its instances are not spread over availability zones, so one zone outage can take them all down. Set zones = ["1", "2", "3"] (this recreates the scale set).',
      oneZone:
        'Scale set {resource} is pinned to zone {zone} only: a zone outage takes every instance down. List at least two zones, e.g. zones = ["1", "2", "3"].',
    },
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, ...SCALE_SETS)) {
      reportZoneSpread(
        context,
        resource,
        resource,
        { none: 'noZones', single: 'oneZone' },
        { resource: resource.address },
      );
    }
  },
});
