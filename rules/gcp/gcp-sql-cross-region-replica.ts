// Cloud SQL primaries with no replica in another region.

import { defineRule } from '../../src/engine/rule.js';
import { copies, coverage, reportRegionalGap, sourcesOf } from '../lib/counterparts.js';
import { DEFAULT_EXAMPLE_DIRS, deployedStacks, exampleDirsSchema } from '../lib/roots.js';

interface Options {
  exampleDirs: string[];
}

export default defineRule<'noReplica' | 'sameRegionReplica', Options>({
  meta: {
    id: 'gcp-sql-cross-region-replica',
    category: 'missing-multi-region-failover',
    severity: 'warning',
    title: 'Cloud SQL instances should have a replica in another region',
    description:
      'Flags `google_sql_database_instance` primaries (no `master_instance_name`) without a replica in another region: no instance whose ' +
      '`master_instance_name` designates it (by reference, through module arguments and outputs, or by name) with a `region` (or provider region) ' +
      'that is not certainly the same. Replicas in the same region are named in the message. Examples and tests of reusable modules are not checked.',
    messages: {
      noReplica:
        'Cloud SQL instance {resource} exists only in {region}: even a REGIONAL (HA) instance fails with its region. Add a cross-region read replica (master_instance_name pointing at it, in a second region) that can be promoted in a regional outage.',
      sameRegionReplica:
        'Cloud SQL instance {resource} is replicated only to {copy}, in the same region ({region}): a regional outage takes both. Put a replica in a second region.',
    },
    optionsSchema: { type: 'object', properties: { exampleDirs: exampleDirsSchema }, additionalProperties: false },
    defaultOptions: { exampleDirs: DEFAULT_EXAMPLE_DIRS },
  },
  check(project, context) {
    for (const stack of deployedStacks(project.terraform, context.options.exampleDirs ?? DEFAULT_EXAMPLE_DIRS)) {
      const instances = stack.resourcesOfType('google_sql_database_instance');
      const replicas = new Map(
        copies(stack, 'google_sql_database_instance', 'master_instance_name').map((c) => [
          c.resource,
          sourcesOf(stack, c, instances, ['name']),
        ]),
      );
      for (const db of instances) {
        if (replicas.has(db)) continue;
        const c = coverage(db, replicas);
        if (c.kind === 'covered') continue;
        reportRegionalGap(context, db, c);
      }
    }
  },
});
