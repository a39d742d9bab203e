// Terraform-wide rules: state safety (unversioned-state) and multi-region failover.
import type { Rule } from '../../src/engine/rule.js';
import tfBackendS3Encryption from './tf-backend-s3-encryption.js';
import tfBackendS3Locking from './tf-backend-s3-locking.js';
import tfLocalState from './tf-local-state.js';
import tfStateBucketVersioning from './tf-state-bucket-versioning.js';
import tfStateFileCommitted from './tf-state-file-committed.js';

export const rules: Rule<any, any>[] = [tfBackendS3Encryption, tfBackendS3Locking, tfLocalState, tfStateBucketVersioning, tfStateFileCommitted];
