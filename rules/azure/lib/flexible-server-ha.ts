// The zone-redundant HA check shared by the PostgreSQL and MySQL flexible server rules:
// same schema (`high_availability { mode }`), same failure, different resource type.

import { valueAt } from '../../../src/engine/rule.js';
import type { RuleContext } from '../../../src/engine/rule.js';
import type { Project } from '../../../src/model/project.js';
import { enumValue, firstBlock, insertBlockFix, literalFix, resourcesOf } from '../../lib/terraform.js';
import { engineName, isBurstable, isFlexibleReplica } from './flexible-server.js';

export type FlexibleHaMessage = 'noHa' | 'sameZone' | 'burstable';

export const FLEXIBLE_HA_MESSAGES: Record<FlexibleHaMessage, string> = {
  noHa: '{engine} flexible server {resource} has no high_availability block: one server in one zone, so a zone outage takes the database down. Add high_availability { mode = "ZoneRedundant" } for a standby in another zone with automatic failover.',
  sameZone:
    '{engine} flexible server {resource} uses SameZone high availability: the standby sits in the same zone as the primary, so a zone outage takes both down. Use mode = "ZoneRedundant".',
  burstable:
    '{engine} flexible server {resource} runs on a Burstable SKU ({sku}), which supports no high availability: a zone outage takes the database down. Move to a General Purpose or Memory Optimized SKU with high_availability { mode = "ZoneRedundant" }.',
};

export function checkFlexibleServerHa(
  project: Project,
  resourceType: string,
  context: RuleContext<FlexibleHaMessage>,
): void {
  for (const { resource } of resourcesOf(project, resourceType)) {
    if (isFlexibleReplica(resource)) continue;
    const data = {
      resource: resource.address,
      engine: engineName(resource),
      sku: String(resource.value('sku_name') ?? ''),
    };
    const ha = firstBlock(resource, 'high_availability');
    if (isBurstable(resource)) {
      const sku = resource.attr('sku_name')!;
      if (!ha || enumValue(ha, 'mode') !== 'ZONEREDUNDANT')
        context.report({ messageId: 'burstable', data, at: valueAt(sku), resource: resource.address });
      continue;
    }
    if (!ha) {
      context.report({
        messageId: 'noHa',
        data,
        at: resource,
        resource: resource.address,
        fix: insertBlockFix(resource, 'high_availability', [['mode', '"ZoneRedundant"']]),
      });
      continue;
    }
    const mode = ha.attr('mode');
    if (!mode || enumValue(ha, 'mode') !== 'SAMEZONE') continue;
    context.report({
      messageId: 'sameZone',
      data,
      at: valueAt(mode),
      resource: resource.address,
      fix: literalFix(ha, 'mode', '"ZoneRedundant"'),
    });
  }
}
