// The resource-limits rule for workloads declared with Terraform's kubernetes provider.

import type { Edit } from '../../src/engine/rule.js';
import { defineRule } from '../../src/engine/rule.js';
import type { TfBlock } from '../../src/model/terraform/types.js';
import { isObject } from '../../src/model/terraform/value.js';
import { setAttributeEdits } from '../../src/model/terraform/edits.js';
import {
  isKubernetesWorkload,
  sameNamespace,
  tfContainers,
  tfDeclares,
  tfLimitRangeDefaults,
  tfNamespace,
} from './lib/terraform-pods.js';
import {
  consequenceOf,
  describeNeeds,
  missingNeeds,
  requiredNeeds,
  resolveResourceOptions,
  resourceOptionsSchema,
  type Need,
  type ResourceName,
  type ResourceOptions,
} from './lib/resources.js';

export default defineRule<'missing' | 'missingPartlyDefaulted', Partial<ResourceOptions>>({
  meta: {
    id: 'tf-kubernetes-resource-limits',
    category: 'missing-resource-limits',
    severity: 'error',
    fixable: true,
    title: 'Terraform kubernetes_* containers must set CPU and memory requests and limits',
    description:
      'Checks the `container` and `init_container` blocks of Terraform kubernetes provider workloads (deployment, stateful set, daemon set, job, cron job, pod, replication controller, `_v1` variants included) for CPU and memory requests and limits, unless a `kubernetes_limit_range` in the same namespace defaults them. Unsized containers get scheduled blindly and one leak can starve a whole node.',
    messages: {
      missing: '{role} `{container}` of {resource} has no {missing}: {consequence}. Set them in its `resources` block.',
      missingPartlyDefaulted:
        '{role} `{container}` of {resource} has no {missing}; {limitRanges} only defaults its {defaulted}. Set the rest in its `resources` block.',
    },
    optionsSchema: resourceOptionsSchema,
    defaultOptions: { require: ['cpu', 'memory'], requireRequests: true, requireLimits: true },
  },
  check(project, context) {
    const options = resolveResourceOptions(context.options);
    const required = requiredNeeds(options);
    if (required.length === 0) return;
    for (const stack of project.terraform.stacks) {
      const limitRanges = tfLimitRangeDefaults(stack);
      for (const resource of stack.resources) {
        if (!isKubernetesWorkload(resource)) continue;
        const ns = tfNamespace(resource);
        const applicable = limitRanges.filter((lr) => sameNamespace(lr.namespace, ns));
        const covered = new Set<Need>(applicable.flatMap((lr) => [...lr.covered]));
        for (const { block, init } of tfContainers(resource)) {
          const { missing, defaulted } = missingNeeds(required, tfDeclares(block), covered);
          if (missing.length === 0) continue;
          const name = block.value('name');
          const edits = resourcesEdits(block, missing, options);
          context.report({
            messageId: defaulted.length > 0 ? 'missingPartlyDefaulted' : 'missing',
            data: {
              role: init ? 'Init container' : 'Container',
              container: typeof name === 'string' ? name : '(unnamed)',
              missing: describeNeeds(missing),
              consequence: consequenceOf(missing),
              defaulted: describeNeeds(defaulted),
              limitRanges: applicable.map((lr) => lr.address).join(', '),
            },
            at: block,
            resource: resource.address,
            fix: edits && {
              description: `Add the container's ${describeNeeds(missing)} (sizes to review against its real usage)`,
              edits,
            },
          });
        }
      }
    }
  },
});

/**
 * A `resources` block when the container has none, or a `limits` / `requests` map when
 * its `resources` block lacks it. A partly written map is left to the author.
 */
function resourcesEdits(container: TfBlock, missing: Need[], options: ResourceOptions): Edit[] | undefined {
  const resources = container.blocks('resources')[0];
  const maps: Record<'requests' | 'limits', [string, string][]> = { requests: [], limits: [] };
  for (const need of missing) {
    const [res, setting] = need.split('-') as [ResourceName, string];
    // A missing limit takes the container's own request: the one size its author stated.
    const requests = resources?.value('requests');
    const own =
      setting === 'limit' && isObject(requests) && typeof requests[res] === 'string' ? requests[res] : undefined;
    maps[setting === 'request' ? 'requests' : 'limits'].push([res, JSON.stringify(own ?? options.fixValues[res])]);
  }
  const sections = (['limits', 'requests'] as const).filter((s) => maps[s].length > 0);
  const step = container.bodyIndent.slice(container.indent.length) || '  ';
  if (!resources) {
    const inner = container.bodyIndent + step;
    const lines = [
      `${container.bodyIndent}resources {`,
      ...sections.map((s) => `${inner}${s} = ${objectText(maps[s])}`),
      `${container.bodyIndent}}`,
    ];
    return [insertAfterOpenBrace(container, lines)];
  }
  const edits: Edit[] = [];
  const absent = sections.filter((s) => !resources.attr(s) && resources.blocks(s).length === 0);
  if (absent.length > 0)
    edits.push(
      insertAfterOpenBrace(
        resources,
        absent.map((s) => `${resources.bodyIndent}${s} = ${objectText(maps[s])}`),
      ),
    );
  for (const section of sections.filter((s) => !absent.includes(s))) {
    // Provider 1.x `limits { ... }` blocks take attributes; a partly written map is left to the author.
    const block = resources.blocks(section)[0];
    if (!block || resources.attr(section)) return undefined;
    for (const [name, value] of maps[section]) edits.push(...setAttributeEdits(block, name, value));
  }
  return edits;
}

function insertAfterOpenBrace(block: TfBlock, lines: string[]): Edit {
  const open = block.node.openBraceRange;
  const sameLine = open.end.line === block.node.closeBraceRange.start.line;
  const text = lines.map((l) => `\n${l}`).join('') + (sameLine ? `\n${block.indent}` : '');
  return { file: block.file, range: { start: open.end, end: open.end }, text };
}

function objectText(entries: [string, string][]): string {
  return `{ ${entries.map(([k, v]) => `${k} = ${v}`).join(', ')} }`;
}
