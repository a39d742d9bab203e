// RDS DB instances (and `terraform-aws-modules/rds/aws` calls) that run in one AZ.

import { defineRule } from '../../src/engine/rule.js';
import type { TfBlock } from '../../src/model/terraform/types.js';
import { asString } from '../../src/model/terraform/value.js';
import { isSet, reportUnlessTrue } from './lib/settings.js';

/** SQL Server editions for which RDS offers no Multi-AZ deployment. */
const NO_MULTI_AZ_ENGINES = new Set(['sqlserver-ex', 'sqlserver-web']);

/** A read replica's availability comes from its source; Aurora instances belong to a cluster. */
function notApplicable(block: TfBlock): boolean {
  if (isSet(block, 'replicate_source_db')) return true;
  const engine = asString(block.value('engine'));
  return engine !== undefined && engine.startsWith('aurora');
}

export default defineRule({
  meta: {
    id: 'aws-rds-multi-az',
    category: 'single-az-database',
    severity: 'error',
    fixable: true,
    title: 'RDS DB instances must be Multi-AZ',
    description:
      'Flags `aws_db_instance` resources (in the configuration, in called and installed modules, and in calls of the `terraform-aws-modules/rds/aws` registry module: docs/registry-modules.md) whose `multi_az` is missing or false. ' +
      'A single-AZ instance goes down with its availability zone and is restored from backups, losing the writes since the last one; ' +
      'Multi-AZ keeps a synchronous standby in another zone and fails over in a minute or two. Read replicas are not flagged.',
    messages: {
      singleAz:
        'RDS instance {resource} runs in a single availability zone ({attribute} is {state}): an AZ outage takes the database down until it is restored from backup. Set multi_az = true for a synchronous standby in a second AZ.',
      editionWithoutMultiAz:
        'RDS instance {resource} uses {engine}, an edition RDS cannot run Multi-AZ, so it lives and dies with one availability zone. Use sqlserver-se or sqlserver-ee with multi_az = true for a database that must survive an AZ outage.',
    },
  },
  check(project, context) {
    const judge = (block: TfBlock, resource: string): void => {
      if (notApplicable(block)) return;
      const engine = block.attr('engine');
      const edition = asString(engine?.value);
      if (engine && edition !== undefined && NO_MULTI_AZ_ENGINES.has(edition)) {
        context.report({ messageId: 'editionWithoutMultiAz', data: { engine: edition }, at: engine, resource });
        return;
      }
      reportUnlessTrue(context, { block, name: 'multi_az', messageId: 'singleAz', data: { resource }, resource });
    };
    for (const stack of project.terraform.stacks) {
      for (const db of stack.resourcesOfType('aws_db_instance')) judge(db, db.address);
    }
  },
});
