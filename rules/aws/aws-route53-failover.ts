// Route 53 routing that looks like a regional failover but cannot perform one.

import { defineRule } from '../../src/engine/rule.js';
import type { TfResource } from '../../src/model/terraform/types.js';
import { asBool, asString } from '../../src/model/terraform/value.js';
import { stackLocation } from '../lib/stack-location.js';
import { DEFAULT_EXAMPLE_DIRS, deployedStacks, exampleDirsSchema } from '../lib/roots.js';

interface Options {
  exampleDirs: string[];
}

/** Records answer together when they share zone, name and type; undefined when any is not known. */
function recordSet(r: TfResource): string | undefined {
  const zoneAttr = r.attr('zone_id');
  const zone =
    typeof zoneAttr?.value === 'string'
      ? zoneAttr.value
      : zoneAttr && zoneAttr.references.length > 0
        ? `${r.module.path}|${zoneAttr.references.join(',')}`
        : undefined;
  const name = asString(r.value('name'))?.toLowerCase().replace(/\.$/, '');
  const type = asString(r.value('type'))?.toUpperCase();
  return zone && name !== undefined && type ? `${zone}|${name}|${type}` : undefined;
}

/** A primary fails over only when Route 53 can see it fail: a health check, or an alias that evaluates its target's health. */
function healthChecked(r: TfResource): boolean {
  const check = r.attr('health_check_id');
  if (check && check.value !== null) return true;
  const alias = r.blocks('alias')[0];
  return alias !== undefined && asBool(alias.value('evaluate_target_health')) !== false;
}

export default defineRule<'noSecondary' | 'noHealthCheck' | 'latencySingleRegion', Options>({
  meta: {
    id: 'aws-route53-failover',
    category: 'missing-multi-region-failover',
    severity: 'warning',
    title: 'Route 53 failover and latency routing must have somewhere to fail over to',
    description:
      'Checks the `aws_route53_record` sets of a stack (records with the same zone, name and type) that are meant to move traffic between regions: a ' +
      '`failover_routing_policy` PRIMARY with no SECONDARY in its set, a PRIMARY that Route 53 cannot see fail (no `health_check_id`, and not an alias ' +
      'with `evaluate_target_health = true`), and a `latency_routing_policy` set whose records all name the same region. Sets whose zone, name, type ' +
      'or regions are not known before apply are not judged. Examples and tests of reusable modules are not checked.',
    messages: {
      noSecondary:
        'Failover record {resource} ({name} {type}) is PRIMARY but its set has no SECONDARY record: when the primary endpoint fails, there is nothing to answer with. Add a SECONDARY record pointing at the standby region.',
      noHealthCheck:
        'Failover record {resource} ({name} {type}) is PRIMARY without a health check (no health_check_id, and not an alias evaluating its target health): Route 53 treats it as always healthy and never fails over. Attach an aws_route53_health_check, or set evaluate_target_health = true on the alias.',
      latencySingleRegion:
        'Latency records for {name} {type} all point at {region}: latency routing only fails over when records in other regions exist. Add a record for an endpoint in a second region, with a health check.',
    },
    optionsSchema: { type: 'object', properties: { exampleDirs: exampleDirsSchema }, additionalProperties: false },
    defaultOptions: { exampleDirs: DEFAULT_EXAMPLE_DIRS },
  },
  check(project, context) {
    for (const stack of deployedStacks(project.terraform, context.options.exampleDirs ?? DEFAULT_EXAMPLE_DIRS)) {
      const sets = new Map<string, TfResource[]>();
      for (const r of stack.resourcesOfType('aws_route53_record')) {
        const key = recordSet(r);
        if (key !== undefined) sets.set(key, [...(sets.get(key) ?? []), r]);
      }
      for (const records of sets.values()) {
        const role = (r: TfResource) => asString(r.blocks('failover_routing_policy')[0]?.value('type'))?.toUpperCase();
        const roles = records.map(role);
        if (roles.some((x) => x === undefined && records.some((r) => r.blocks('failover_routing_policy').length > 0)))
          continue;
        for (const r of records) {
          if (role(r) !== 'PRIMARY') continue;
          const data = {
            resource: r.address,
            name: asString(r.value('name')) ?? '',
            type: asString(r.value('type')) ?? '',
          };
          const policy = r.blocks('failover_routing_policy')[0];
          if (!roles.includes('SECONDARY'))
            context.report({
              messageId: 'noSecondary',
              data,
              at: stackLocation(r, { file: policy.file, range: policy.headerRange }),
              resource: r.address,
            });
          else if (!healthChecked(r))
            context.report({ messageId: 'noHealthCheck', data, at: stackLocation(r), resource: r.address });
        }
        const latency = records.filter((r) => r.blocks('latency_routing_policy').length > 0);
        if (latency.length === 0 || latency.length !== records.length) continue;
        const regions = latency.map((r) => asString(r.blocks('latency_routing_policy')[0].value('region')));
        if (regions.some((x) => x === undefined) || new Set(regions).size !== 1) continue;
        const first = latency[0];
        context.report({
          messageId: 'latencySingleRegion',
          data: {
            name: asString(first.value('name')) ?? '',
            type: asString(first.value('type')) ?? '',
            region: regions[0]!,
          },
          at: stackLocation(first),
          resource: first.address,
        });
      }
    }
  },
});
