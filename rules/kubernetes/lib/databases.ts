// Which workloads run a stateful data service. Several signals, each precise on its own:
// - the image's repository name (the last path segment, without registry, tag or
//   digest), or one of its dash-separated words (`acme/orders-mongodb`), never a
//   substring, and never with a tool word (`postgres-exporter`, `redis-commander`,
//   `kafka-ui` are not databases);
// - the server binary the container starts (`mongod`, `redis-server`, `kafka-server-start.sh`);
// - a database's well-known port or name, when the workload also keeps state (a
//   StatefulSet, volume claim templates or a persistent volume claim).

import type { K8sObject } from '../../../src/model/kubernetes/types.js';
import { yget, type YNode } from '../../../src/parse/yaml/ast.js';

/** Repository name → engine, as people name it. */
const ENGINES: Record<string, string> = {
  postgres: 'PostgreSQL',
  postgresql: 'PostgreSQL',
  'postgresql-repmgr': 'PostgreSQL',
  postgis: 'PostgreSQL',
  timescaledb: 'PostgreSQL',
  'timescaledb-ha': 'PostgreSQL',
  pgvector: 'PostgreSQL',
  mysql: 'MySQL',
  'mysql-server': 'MySQL',
  'percona-server': 'MySQL',
  mariadb: 'MariaDB',
  'mariadb-galera': 'MariaDB',
  mongo: 'MongoDB',
  mongodb: 'MongoDB',
  'mongodb-community-server': 'MongoDB',
  'mongodb-enterprise-server': 'MongoDB',
  'percona-server-mongodb': 'MongoDB',
  redis: 'Redis',
  'redis-stack': 'Redis',
  'redis-stack-server': 'Redis',
  'redis-cluster': 'Redis',
  valkey: 'Valkey',
  'valkey-cluster': 'Valkey',
  keydb: 'KeyDB',
  cassandra: 'Cassandra',
  scylla: 'ScyllaDB',
  elasticsearch: 'Elasticsearch',
  opensearch: 'OpenSearch',
  etcd: 'etcd',
  zookeeper: 'ZooKeeper',
  'cp-zookeeper': 'ZooKeeper',
  kafka: 'Kafka',
  'cp-kafka': 'Kafka',
  'cp-server': 'Kafka',
  rabbitmq: 'RabbitMQ',
  cockroach: 'CockroachDB',
  clickhouse: 'ClickHouse',
  'clickhouse-server': 'ClickHouse',
  neo4j: 'Neo4j',
  couchdb: 'CouchDB',
  'couchbase-server': 'Couchbase',
  influxdb: 'InfluxDB',
  minio: 'MinIO',
  loki: 'Loki',
  nats: 'NATS',
  'nats-server': 'NATS',
};

/** Images whose repository name alone is too generic: matched on their last two segments. */
const PATH_ENGINES: Record<string, string> = {
  'mssql/server': 'SQL Server',
  'cockroachdb/cockroach': 'CockroachDB',
};

/** Words of an image or object name that make it a tool around a data store, not the store. */
const TOOL_WORDS = new Set(
  (
    'exporter commander operator proxy ui admin client backup backups restore init migrate migration migrations ' +
    'dashboard gui browser insight insights express cli tools tool test tests job setup bootstrap connect rest ' +
    'registry schema mirror mirrormaker bouncer pool pgpool metrics agent monitor manager controller webhook ' +
    'gateway sentinel stunnel haproxy envoy checker wait dump sync broker-ui kafdrop akhq cruise'
  ).split(' '),
);

/** Server binaries a container starts. */
const BINARIES: Record<string, string> = {
  postgres: 'PostgreSQL',
  mysqld: 'MySQL',
  mariadbd: 'MariaDB',
  mongod: 'MongoDB',
  'redis-server': 'Redis',
  'valkey-server': 'Valkey',
  'keydb-server': 'KeyDB',
  'kafka-server-start': 'Kafka',
  'kafka-server-start.sh': 'Kafka',
  'zookeeper-server-start': 'ZooKeeper',
  'zookeeper-server-start.sh': 'ZooKeeper',
  'zkServer.sh': 'ZooKeeper',
  etcd: 'etcd',
  cassandra: 'Cassandra',
  elasticsearch: 'Elasticsearch',
  'clickhouse-server': 'ClickHouse',
  influxd: 'InfluxDB',
  loki: 'Loki',
  'nats-server': 'NATS',
};

/** Well-known server ports: a signal only for workloads that keep state. */
const PORTS: Record<number, string> = {
  5432: 'PostgreSQL',
  3306: 'MySQL',
  27017: 'MongoDB',
  6379: 'Redis',
  9092: 'Kafka',
  2181: 'ZooKeeper',
  9042: 'Cassandra',
  9200: 'Elasticsearch',
  2379: 'etcd',
  5672: 'RabbitMQ',
  26257: 'CockroachDB',
  7687: 'Neo4j',
  5984: 'CouchDB',
  8086: 'InfluxDB',
  1433: 'SQL Server',
  3100: 'Loki',
};

/** The repository path of an image reference: `docker.io/bitnami/postgresql:16@sha256:…` → `docker.io/bitnami/postgresql`. */
export function imageRepository(image: string): string {
  const noDigest = image.split('@')[0];
  const lastSlash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return (colon > lastSlash ? noDigest.slice(0, colon) : noDigest).trim().toLowerCase();
}

/** The engine a name names, by whole name or by one of its words, unless it is a tool's name. */
function engineOfName(name: string): string | undefined {
  const n = name.toLowerCase();
  if (Object.hasOwn(ENGINES, n)) return ENGINES[n];
  const words = n.split(/[-_.]+/).filter(Boolean);
  if (words.some((w) => TOOL_WORDS.has(w))) return undefined;
  for (const w of words) if (Object.hasOwn(ENGINES, w)) return ENGINES[w];
  return undefined;
}

/** Image → engine ('' for none): a run sees a few distinct images thousands of times. */
const engineOfImage = new Map<string, string>();

/** The database engine an image runs, or undefined. */
export function databaseEngine(image: string | undefined): string | undefined {
  if (!image) return undefined;
  let engine = engineOfImage.get(image);
  if (engine === undefined) {
    if (engineOfImage.size >= 10_000) engineOfImage.clear(); // a long-lived process
    engineOfImage.set(image, (engine = imageEngine(image) ?? ''));
  }
  return engine || undefined;
}

function imageEngine(image: string): string | undefined {
  const segments = imageRepository(image).split('/');
  const last = segments[segments.length - 1];
  const lastTwo = segments.slice(-2).join('/');
  return PATH_ENGINES[lastTwo] ?? engineOfName(last);
}

function strings(node: YNode | undefined): string[] {
  if (node?.kind !== 'seq') return [];
  return node.items.flatMap((i) => (i.kind === 'scalar' && typeof i.value === 'string' ? [i.value] : []));
}

/** The server binary a container starts: the first word of its command (or of its args, the image's entrypoint aside). */
function engineOfCommand(container: YNode): { engine: string; binary: string } | undefined {
  const words = [...strings(yget(container, 'command')), ...strings(yget(container, 'args'))].flatMap((s) =>
    s.split(/\s+/),
  );
  for (const w of words.slice(0, 3)) {
    const binary = w.slice(w.lastIndexOf('/') + 1);
    if (Object.hasOwn(BINARIES, binary)) return { engine: BINARIES[binary], binary };
  }
  return undefined;
}

/** StatefulSets, volume claim templates and persistent volume claims keep state. */
function keepsState(obj: K8sObject): boolean {
  if (obj.kind === 'StatefulSet') return true;
  const templates = yget(yget(obj.root, 'spec'), 'volumeClaimTemplates');
  if (templates?.kind === 'seq' && templates.items.length > 0) return true;
  const volumes = yget(obj.pod?.spec, 'volumes');
  return volumes?.kind === 'seq' && volumes.items.some((v) => yget(v, 'persistentVolumeClaim') !== undefined);
}

export interface DataStore {
  engine: string;
  /** How it was recognised, for messages: `` `postgres:16` ``, `its command \`mongod\``, ... */
  evidence: string;
  image?: string;
  /** The container running it. */
  name: string;
}

const known = new WeakMap<K8sObject, DataStore | null>();

/** The first regular (not init) container running a data store, with how it was recognised. */
export function databaseContainer(obj: K8sObject): DataStore | undefined {
  // Asked by several rules of every workload: recognised once per object.
  let store = known.get(obj);
  if (store === undefined) known.set(obj, (store = recognise(obj) ?? null));
  return store ?? undefined;
}

function recognise(obj: K8sObject): DataStore | undefined {
  const containers = obj.pod?.containers ?? [];
  for (const c of containers) {
    const engine = databaseEngine(c.image);
    if (engine && c.image) return { engine, evidence: `\`${c.image}\``, image: c.image, name: c.name };
  }
  for (const c of containers) {
    const cmd = engineOfCommand(c.node);
    if (cmd) return { engine: cmd.engine, evidence: `its command \`${cmd.binary}\``, image: c.image, name: c.name };
  }
  if (!keepsState(obj)) return undefined;
  for (const c of containers) {
    const ports = yget(c.node, 'ports');
    for (const p of ports?.kind === 'seq' ? ports.items : []) {
      const port = yget(p, 'containerPort');
      const n = port?.kind === 'scalar' ? Number(port.value) : NaN;
      if (Object.hasOwn(PORTS, n))
        return { engine: PORTS[n], evidence: `port ${n}, with persistent state`, image: c.image, name: c.name };
    }
  }
  const byName = engineOfName(obj.name);
  if (byName) return { engine: byName, evidence: `its name, with persistent state`, name: containers[0]?.name ?? '' };
  for (const c of containers) {
    const engine = engineOfName(c.name);
    if (engine)
      return { engine, evidence: `container \`${c.name}\`, with persistent state`, image: c.image, name: c.name };
  }
  return undefined;
}
