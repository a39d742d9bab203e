// Database clusters managed by well-known operators, declared with one instance.

import { defineRule } from '../../src/engine/rule.js';
import type { K8sObject, K8sProject } from '../../src/model/kubernetes/types.js';
import { joinKey } from '../../src/model/kubernetes/units.js';
import { ypath, type YNode } from '../../src/parse/yaml/ast.js';
import { at } from './lib/at.js';
import { intValue } from './lib/workloads.js';

interface OperatorKind {
  group: string;
  kind: string;
  engine: string;
  /** The field users set, for the message. */
  field: string;
  /** Instance count and the node to report on; undefined when it cannot be read. */
  count(obj: K8sObject): { count: number; node?: YNode } | undefined;
}

/** A single integer field with the operator's default when absent. */
function field(path: string[], dflt: number | undefined) {
  return (obj: K8sObject) => {
    const node = ypath(obj.root, ...path);
    if (!node) return dflt === undefined ? undefined : { count: dflt };
    const count = intValue(node);
    return count === undefined ? undefined : { count, node };
  };
}

/** The sum of an integer field over a list (instance sets, node sets, replica sets). */
function sumOver(listPath: string[], item: string, dflt: number) {
  return (obj: K8sObject) => {
    const list = ypath(obj.root, ...listPath);
    if (list?.kind !== 'seq' || list.items.length === 0) return undefined;
    let count = 0;
    for (const it of list.items) {
      const node = ypath(it, item);
      const n = node ? intValue(node) : dflt;
      if (n === undefined) return undefined;
      count += n;
    }
    return { count, node: list.items.length === 1 ? ypath(list.items[0], item) : undefined };
  };
}

const OPERATORS: OperatorKind[] = [
  {
    group: 'postgresql.cnpg.io',
    kind: 'Cluster',
    engine: 'PostgreSQL (CloudNativePG)',
    field: 'spec.instances',
    count: field(['spec', 'instances'], 1),
  },
  {
    group: 'acid.zalan.do',
    kind: 'postgresql',
    engine: 'PostgreSQL (Zalando operator)',
    field: 'spec.numberOfInstances',
    count: field(['spec', 'numberOfInstances'], undefined),
  },
  {
    group: 'postgres-operator.crunchydata.com',
    kind: 'PostgresCluster',
    engine: 'PostgreSQL (Crunchy PGO)',
    field: 'spec.instances[].replicas',
    count: sumOver(['spec', 'instances'], 'replicas', 1),
  },
  {
    group: 'mongodbcommunity.mongodb.com',
    kind: 'MongoDBCommunity',
    engine: 'MongoDB',
    field: 'spec.members',
    count: field(['spec', 'members'], undefined),
  },
  {
    group: 'pxc.percona.com',
    kind: 'PerconaXtraDBCluster',
    engine: 'MySQL (Percona XtraDB Cluster)',
    field: 'spec.pxc.size',
    count: field(['spec', 'pxc', 'size'], undefined),
  },
  {
    group: 'rabbitmq.com',
    kind: 'RabbitmqCluster',
    engine: 'RabbitMQ',
    field: 'spec.replicas',
    count: field(['spec', 'replicas'], 1),
  },
  {
    group: 'elasticsearch.k8s.elastic.co',
    kind: 'Elasticsearch',
    engine: 'Elasticsearch (ECK)',
    field: 'spec.nodeSets[].count',
    count: sumOver(['spec', 'nodeSets'], 'count', Number.NaN),
  },
];

function isStrimzi(obj: K8sObject, kind: string): boolean {
  return obj.kind === kind && obj.apiVersion.startsWith('kafka.strimzi.io/');
}

/** KafkaNodePools by unit, namespace and the cluster they join (`strimzi.io/cluster`). */
function nodePoolIndex(project: K8sProject): Map<string, K8sObject[]> {
  const out = new Map<string, K8sObject[]>();
  for (const obj of project.objects) {
    const cluster = obj.labels['strimzi.io/cluster'];
    if (!isStrimzi(obj, 'KafkaNodePool') || !cluster) continue;
    const key = `${joinKey(obj)}/${cluster}`;
    out.set(key, [...(out.get(key) ?? []), obj]);
  }
  return out;
}

interface StrimziCheck {
  engine: string;
  field: string;
  count: number | undefined;
  /** The object holding the value (the Kafka, or its only pool of that role). */
  owner: K8sObject;
  node?: YNode;
}

/**
 * Strimzi: the brokers, and the ZooKeeper ensemble or KRaft controllers. With node pools
 * the replicas are summed per role over the cluster's pools (one pool per zone is a
 * common design), so one pool of 1 among three is fine.
 */
function strimziChecks(kafka: K8sObject, pools: Map<string, K8sObject[]>): StrimziCheck[] {
  const checks: StrimziCheck[] = [];
  const zk = ypath(kafka.root, 'spec', 'zookeeper');
  if (zk) {
    const node = ypath(zk, 'replicas');
    checks.push({
      engine: 'ZooKeeper (Strimzi)',
      field: 'spec.zookeeper.replicas',
      count: intValue(node),
      owner: kafka,
      node,
    });
  }
  if (kafka.annotations['strimzi.io/node-pools'] !== 'enabled') {
    const node = ypath(kafka.root, 'spec', 'kafka', 'replicas');
    checks.push({ engine: 'Kafka (Strimzi)', field: 'spec.kafka.replicas', count: intValue(node), owner: kafka, node });
    return checks;
  }
  const mine = pools.get(`${joinKey(kafka)}/${kafka.name}`) ?? [];
  for (const [role, engine] of [
    ['broker', 'Kafka brokers (Strimzi node pools)'],
    ['controller', 'KRaft controllers (Strimzi node pools)'],
  ] as const) {
    const withRole = mine.filter((p) => roles(p).includes(role));
    if (withRole.length === 0) continue;
    const counts = withRole.map((p) => intValue(ypath(p.root, 'spec', 'replicas')));
    const count = counts.some((c) => c === undefined) ? undefined : counts.reduce((a, b) => a! + b!, 0);
    const only = withRole.length === 1 ? withRole[0] : undefined;
    checks.push({
      engine,
      field: only ? `KafkaNodePool \`${only.name}\` spec.replicas` : `spec.replicas summed over its ${role} pools`,
      count,
      owner: only ?? kafka,
      node: only ? ypath(only.root, 'spec', 'replicas') : undefined,
    });
  }
  return checks;
}

function roles(pool: K8sObject): string[] {
  const list = ypath(pool.root, 'spec', 'roles');
  return list?.kind === 'seq' ? list.items.flatMap((i) => (i.kind === 'scalar' ? [String(i.value)] : [])) : [];
}

function operatorOf(obj: K8sObject): OperatorKind | undefined {
  const group = obj.apiVersion.split('/')[0];
  return OPERATORS.find((o) => o.group === group && o.kind === obj.kind);
}

export default defineRule<'single'>({
  meta: {
    id: 'k8s-operator-database-single-instance',
    category: 'single-az-database',
    severity: 'error',
    title: 'Operator-managed databases must run more than one instance',
    description:
      'Flags database clusters declared through well-known operators with a single instance: CloudNativePG `Cluster` (`spec.instances`), Zalando `postgresql` (`spec.numberOfInstances`), Crunchy `PostgresCluster`, MongoDB Community, Percona XtraDB Cluster, RabbitMQ cluster operator, ECK Elasticsearch and Strimzi `Kafka` (its brokers, its ZooKeeper ensemble, or with KafkaNodePools the broker and KRaft controller replicas summed over the pools of the cluster in the same unit). The operator can only fail over to a replica that exists: with one instance a node or zone failure is an outage.',
    messages: {
      single:
        '{kind} `{name}` declares {engine} with {count} instance ({field}): the operator has no replica to fail over to, so a node or zone failure is an outage. Run at least 2 instances (3 for quorum-based engines), spread across zones.',
    },
  },
  check(project, context) {
    const pools = nodePoolIndex(project.kubernetes);
    for (const obj of project.kubernetes.objects) {
      if (isStrimzi(obj, 'Kafka')) {
        for (const c of strimziChecks(obj, pools)) {
          if (c.count !== 1) continue;
          context.report({
            messageId: 'single',
            data: { kind: obj.kind, name: obj.name, engine: c.engine, count: c.count, field: c.field },
            ...at(c.owner, c.node),
          });
        }
        continue;
      }
      const op = operatorOf(obj);
      if (!op) continue;
      const n = op.count(obj);
      if (!n || Number.isNaN(n.count) || n.count < 1 || n.count >= 2) continue;
      context.report({
        messageId: 'single',
        data: { kind: obj.kind, name: obj.name, engine: op.engine, count: n.count, field: op.field },
        ...at(obj, n.node),
      });
    }
  },
});
