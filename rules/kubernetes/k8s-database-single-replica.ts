// A database run by a StatefulSet or Deployment with one replica: one pod, on one node,
// with a zonal volume. A node or zone failure takes the data service down.

import { defineRule } from '../../src/engine/rule.js';
import { at } from './lib/at.js';
import { databaseContainer } from './lib/databases.js';
import { replicasOf } from './lib/workloads.js';

export default defineRule<'single'>({
  meta: {
    id: 'k8s-database-single-replica',
    category: 'single-az-database',
    severity: 'error',
    title: 'Database workloads must not run a single replica',
    description:
      'Flags StatefulSets, Deployments and ReplicaSets whose containers run a database or other stateful data service (PostgreSQL, MySQL, MongoDB, Redis, Kafka, Elasticsearch, etcd, ... recognised by image name, the server binary it starts, or a well-known port or name on a workload that keeps state) with one replica. A single pod lives on one node in one zone, usually with a zonal volume: losing the node or the zone loses the service, and possibly the data.',
    messages: {
      single:
        "{kind} `{name}` runs {engine} ({evidence}) as a single replica: when its node or zone fails the database is down, and its zonal volume cannot follow it to another zone. Run a replicated topology across zones (an operator such as CloudNativePG, or the chart's replication mode) or a managed multi-AZ database.",
    },
  },
  check(project, context) {
    for (const obj of project.kubernetes.objects) {
      const replicas = replicasOf(obj);
      if (!replicas || replicas.count !== 1) continue;
      const db = databaseContainer(obj);
      if (!db) continue;
      context.report({
        messageId: 'single',
        data: { kind: obj.kind, name: obj.name, engine: db.engine, evidence: db.evidence },
        ...at(obj, replicas.node),
      });
    }
  },
});
