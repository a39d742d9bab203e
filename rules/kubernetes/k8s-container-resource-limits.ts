// Every container, init containers included, of every workload kind needs CPU and
// memory requests and limits, unless a LimitRange in its namespace defaults them.

import { defineRule } from '../../src/engine/rule.js';
import { joinKey } from '../../src/model/kubernetes/units.js';
import { at, canFix } from './lib/at.js';
import { allContainers, declares, limitRangeDefaults } from './lib/container-resources.js';
import {
  consequenceOf,
  describeNeeds,
  missingNeeds,
  requiredNeeds,
  resolveResourceOptions,
  resourceOptionsSchema,
  type Need,
  type ResourceOptions,
} from './lib/resources.js';
import { resourcesEdits } from './lib/resources-fix.js';

export default defineRule<'missing' | 'missingPartlyDefaulted', Partial<ResourceOptions>>({
  meta: {
    id: 'k8s-container-resource-limits',
    category: 'missing-resource-limits',
    severity: 'error',
    fixable: true,
    title: 'Containers must set CPU and memory requests and limits',
    description:
      'Checks that every container and init container of every Kubernetes workload (plain manifests and Helm output) sets CPU and memory requests and limits, or gets them from a LimitRange in its namespace. Without requests the scheduler places pods blindly and overcommits nodes; without limits one leaking container can starve or OOM-kill its neighbours on the node.',
    messages: {
      missing: '{role} `{container}` of {kind} `{name}` has no {missing}: {consequence}. Set them under `resources:`.',
      missingPartlyDefaulted:
        '{role} `{container}` of {kind} `{name}` has no {missing}; LimitRange `{limitRanges}` only defaults its {defaulted}. Set the rest under `resources:` so one leak cannot starve the node.',
    },
    optionsSchema: resourceOptionsSchema,
    defaultOptions: { require: ['cpu', 'memory'], requireRequests: true, requireLimits: true },
  },
  check(project, context) {
    const options = resolveResourceOptions(context.options);
    const required = requiredNeeds(options);
    if (required.length === 0) return;
    const defaults = limitRangeDefaults(project.kubernetes);
    for (const obj of project.kubernetes.objects) {
      const nsDefaults = defaults.get(joinKey(obj));
      for (const container of allContainers(obj)) {
        const { missing, defaulted } = missingNeeds(required, declares(container), nsDefaults?.covered);
        if (missing.length === 0) continue;
        const edits = canFix(obj) ? resourcesEdits(obj, container, missing, options) : undefined;
        context.report({
          messageId: defaulted.length > 0 ? 'missingPartlyDefaulted' : 'missing',
          data: {
            role: container.init ? 'Init container' : 'Container',
            container: container.name,
            kind: obj.kind,
            name: obj.name,
            missing: describeNeeds(missing),
            consequence: consequenceOf(missing),
            defaulted: describeNeeds(defaulted),
            limitRanges: nsDefaults?.names.join('`, `') ?? '',
          },
          ...at(obj, container),
          subject: { node: container.node, key: 'resources' },
          fix: edits && { description: fixDescription(missing), edits },
        });
      }
    }
  },
});

function fixDescription(missing: Need[]): string {
  return `Add the container's ${describeNeeds(missing)} (sizes to review against its real usage)`;
}
