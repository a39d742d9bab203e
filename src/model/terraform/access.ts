// Test-only hook: which attributes and nested blocks of which Terraform resource types
// the rules read, so a meta-test can check every name against the real provider schema
// (a misspelled attribute silently disables a check). Passed in through the build
// options (LintOptions.recordAccess → BuildContext → each block view); off by default,
// when off a read pays one field check.

export interface Access {
  mode: 'managed' | 'data';
  /** `aws_s3_bucket`. */
  resourceType: string;
  /** Nested block types from the resource down to the block read: `[]`, `['rule', 'apply_server_side_encryption_by_default']`. */
  blockPath: readonly string[];
  /** The attribute or nested block type asked for; undefined when only the resource type was queried. */
  name?: string;
}

export type AccessRecorder = (access: Access) => void;
