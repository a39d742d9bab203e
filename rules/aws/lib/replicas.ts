// Read replicas keep no data and no backups of their own: rules about a database's data
// safety judge its source. The attribute that names the source differs by resource.

import type { TfBlock } from '../../../src/model/terraform/types.js';
import { isSet } from './settings.js';

/** `aws_rds_cluster` names its source in replication_source_identifier; instances and the rds module in replicate_source_db. */
export function isReadReplica(block: TfBlock): boolean {
  const cluster = block.type === 'resource' && block.labels[0] === 'aws_rds_cluster';
  return isSet(block, cluster ? 'replication_source_identifier' : 'replicate_source_db');
}
