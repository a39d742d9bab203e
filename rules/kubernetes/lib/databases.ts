// Which container images run a stateful data service, judged by the image's repository
// name (the last path segment, without registry, tag or digest), never by a substring:
// `postgres-exporter` and `redis-commander` are not databases.

import type { K8sObject } from '../../../src/model/kubernetes/types.js';

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
};

/** Images whose repository name alone is too generic: matched on their last two segments. */
const PATH_ENGINES: Record<string, string> = {
  'mssql/server': 'SQL Server',
  'cockroachdb/cockroach': 'CockroachDB',
};

/** The repository path of an image reference: `docker.io/bitnami/postgresql:16@sha256:…` → `docker.io/bitnami/postgresql`. */
export function imageRepository(image: string): string {
  const noDigest = image.split('@')[0];
  const lastSlash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return (colon > lastSlash ? noDigest.slice(0, colon) : noDigest).trim().toLowerCase();
}

/** The database engine an image runs, or undefined. */
export function databaseEngine(image: string | undefined): string | undefined {
  if (!image) return undefined;
  const segments = imageRepository(image).split('/');
  const last = segments[segments.length - 1];
  const lastTwo = segments.slice(-2).join('/');
  return PATH_ENGINES[lastTwo] ?? (Object.hasOwn(ENGINES, last) ? ENGINES[last] : undefined);
}

/** The first regular (not init) container running a database, with its engine. */
export function databaseContainer(obj: K8sObject): { engine: string; image: string; name: string } | undefined {
  for (const c of obj.pod?.containers ?? []) {
    const engine = databaseEngine(c.image);
    if (engine && c.image) return { engine, image: c.image, name: c.name };
  }
  return undefined;
}
