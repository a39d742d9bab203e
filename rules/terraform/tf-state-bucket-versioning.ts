// The bucket or storage account holding Terraform state must keep old versions: one bad
// write, and the state is gone for good.

import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import type { Range, SourceFile } from '../../src/parse/source.js';
import type { TfProject, TfResource } from '../../src/model/terraform/types.js';
import { asBool, asString } from '../../src/model/terraform/value.js';
import { insertBlockFix, literalFix } from '../lib/terraform.js';
import { boolOf } from '../lib/terraform.js';
import { ReportsByPlace, rootBackends, setting, settingFix } from './lib/backend.js';
import {
  backendLocations,
  referrersAnywhere,
  stateBuckets,
  stateJoinKeys,
  type StateBucket,
} from './lib/state-buckets.js';

type MessageId = 'unversioned' | 'versioningOff' | 'terragruntSkipsVersioning';
type Fix = { description: string; edits: { file: SourceFile; range: Range; text: string }[] };
interface Verdict {
  messageId: MessageId;
  state?: string;
  /** For a setting that is written but off: what to change it to. */
  remedy?: string;
  file: SourceFile;
  range: Range;
  fix?: Fix;
}

const REMEDY: Record<string, string> = {
  aws_s3_bucket: 'Add an aws_s3_bucket_versioning resource with versioning_configuration { status = "Enabled" }.',
  google_storage_bucket: 'Add versioning { enabled = true } to the bucket.',
  azurerm_storage_account: 'Set blob_properties { versioning_enabled = true } on the storage account.',
};

const KIND: Record<string, string> = {
  aws_s3_bucket: 'S3 bucket',
  google_storage_bucket: 'Cloud Storage bucket',
  azurerm_storage_account: 'Storage account',
};

/** A new `aws_s3_bucket_versioning` right after the bucket (only for a bucket without count / for_each). */
function addVersioningResource(bucket: TfResource): Fix | undefined {
  if (bucket.key !== undefined) return undefined;
  const i = bucket.indent;
  const step = bucket.bodyIndent.slice(i.length) || '  ';
  const text =
    `\n\n${i}resource "aws_s3_bucket_versioning" "${bucket.name}" {\n` +
    `${i}${step}bucket = ${bucket.resourceType}.${bucket.name}.id\n` +
    `${i}${step}versioning_configuration {\n${i}${step}${step}status = "Enabled"\n${i}${step}}\n${i}}`;
  const end = bucket.node.closeBraceRange.end;
  return {
    description: 'Add an aws_s3_bucket_versioning resource with status "Enabled"',
    edits: [{ file: bucket.file, range: { start: end, end }, text }],
  };
}

function judgeS3(project: TfProject, bucket: TfResource): Verdict | undefined {
  let off: Verdict | undefined;
  for (const v of referrersAnywhere(project, bucket, 'aws_s3_bucket_versioning', 'bucket')) {
    const config = v.blocks('versioning_configuration')[0];
    const status = config?.attr('status');
    if (!config || !status) continue;
    const s = asString(status.value);
    if (s === undefined || s === 'Enabled') return undefined;
    off ??= {
      messageId: 'versioningOff',
      state: `"${s}" in ${v.address}`,
      remedy: 'Set status = "Enabled".',
      file: status.file,
      range: status.range,
      fix: literalFix(config, 'status', '"Enabled"'),
    };
  }
  const inline = bucket.blocks('versioning')[0];
  const enabled = inline?.attr('enabled');
  if (inline && enabled && asBool(enabled.value) !== false) return undefined;
  if (off) return off;
  if (inline && enabled) {
    return {
      messageId: 'versioningOff',
      state: 'disabled (versioning { enabled = false })',
      remedy: 'Set enabled = true.',
      file: enabled.file,
      range: enabled.range,
      fix: literalFix(inline, 'enabled', 'true'),
    };
  }
  return { messageId: 'unversioned', file: bucket.file, range: bucket.headerRange, fix: addVersioningResource(bucket) };
}

/** Inline `<blockType> { <attribute> = true }` (GCS versioning, Azure blob_properties). */
function judgeNested(resource: TfResource, blockType: string, attribute: string): Verdict | undefined {
  const block = resource.blocks(blockType)[0];
  if (!block)
    return {
      messageId: 'unversioned',
      file: resource.file,
      range: resource.headerRange,
      fix: insertBlockFix(resource, blockType, [[attribute, 'true']]),
    };
  const attr = block.attr(attribute);
  if (attr && attr.value !== null && asBool(attr.value) !== false) return undefined;
  const fix = literalFix(block, attribute, 'true');
  if (attr && attr.value !== null)
    return {
      messageId: 'versioningOff',
      state: `disabled (${attribute} = false)`,
      remedy: `Set ${attribute} = true.`,
      file: attr.file,
      range: attr.range,
      fix,
    };
  return { messageId: 'unversioned', file: block.file, range: block.headerRange, fix };
}

function judge(project: TfProject, b: StateBucket): Verdict | undefined {
  switch (b.store.resourceType) {
    case 'aws_s3_bucket':
      return judgeS3(project, b.resource);
    case 'google_storage_bucket':
      return judgeNested(b.resource, 'versioning', 'enabled');
    default:
      return judgeNested(b.resource, 'blob_properties', 'versioning_enabled');
  }
}

export default defineRule({
  meta: {
    id: 'tf-state-bucket-versioning',
    category: 'unversioned-state',
    severity: 'error',
    fixable: true,
    title: 'Terraform state buckets must be versioned',
    description:
      'For every `s3`, `gcs` and `azurerm` backend, finds the bucket or storage account that holds the state wherever it is declared in the scanned tree ' +
      "(matched by the backend's `bucket` / `storage_account_name`, partial configuration files included) and requires object versioning: " +
      '`aws_s3_bucket_versioning` with status `Enabled` (or the v3 inline `versioning { enabled = true }`), `versioning { enabled = true }` on a ' +
      '`google_storage_bucket`, `blob_properties { versioning_enabled = true }` on an `azurerm_storage_account`. Without versions, one corrupted or ' +
      'deleted state file cannot be rolled back and Terraform loses track of everything it manages. ' +
      'A Terragrunt `remote_state` whose bucket is not declared in the scan is created by Terragrunt, versioned unless `skip_bucket_versioning = true`, which is reported.',
    messages: {
      unversioned:
        '{kind} {resource} ("{name}") holds the Terraform state of the backend at {backends} but keeps no versions: a corrupted write or an accidental delete loses the state for good, and Terraform no longer knows what it manages. {remedy}',
      versioningOff:
        '{kind} {resource} ("{name}") holds the Terraform state of the backend at {backends}, but its versioning is {state}: a corrupted write or an accidental delete cannot be rolled back. {remedy}',
      terragruntSkipsVersioning:
        'The remote_state of {module} sets skip_bucket_versioning = true: Terragrunt creates its state bucket without versioning, so a corrupted write or an accidental delete loses the state for good. Remove the setting (or set it to false).',
    },
  },
  // Backends name buckets declared in other roots (a bootstrap root next to live/<env>/ roots).
  joinKeys: (project) => stateJoinKeys(project.terraform),
  check(project, context: RuleContext<MessageId>) {
    for (const b of stateBuckets(project.terraform)) {
      const verdict = judge(project.terraform, b);
      if (!verdict) continue;
      const type = b.store.resourceType;
      context.report({
        messageId: verdict.messageId,
        data: {
          kind: KIND[type],
          name: b.name,
          backends: backendLocations(b.backends),
          remedy: verdict.remedy ?? REMEDY[type],
          state: verdict.state ?? '',
        },
        at: verdict,
        resource: b.resource.address,
        fix: verdict.fix,
      });
    }
    // Terragrunt creates a missing state bucket itself, versioned unless told not to.
    const declared = new Set(stateBuckets(project.terraform).flatMap((b) => b.backends));
    const reports = new ReportsByPlace();
    for (const { module, backend } of rootBackends(project.terraform, 's3', 'gcs')) {
      const skip = setting(backend, 'skip_bucket_versioning');
      if (!module.terragrunt || declared.has(backend) || !skip || boolOf(skip.value) !== 'true') continue;
      reports.add(module, skip, 'skip', (roots) =>
        context.report({
          messageId: 'terragruntSkipsVersioning',
          data: { module: roots },
          at: skip,
          resource: `terraform.backend.${backend.backendType}`,
          fix: settingFix(backend, 'skip_bucket_versioning', 'false'),
        }),
      );
    }
    reports.flush();
  },
});
