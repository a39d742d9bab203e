// What makes a bucket readable or writable by anyone: public canned ACLs, ACL grants to
// the AllUsers / AuthenticatedUsers groups, and policy statements open to `*`.

import type { Range, SourceFile } from '../../../src/parse/source.js';
import type { TfBlock, TfResource, TfStack } from '../../../src/model/terraform/types.js';
import { asString } from '../../../src/model/terraform/value.js';
import { isPublicStatement, policyStatements } from './iam-policy.js';
import { aclNeutralized, attached, policyNeutralized } from './s3-buckets.js';

export const PUBLIC_CANNED_ACLS = new Set(['public-read', 'public-read-write', 'authenticated-read']);
const PUBLIC_GROUPS: Record<string, string> = {
  'http://acs.amazonaws.com/groups/global/AllUsers': 'AllUsers',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers': 'AuthenticatedUsers',
};

export interface Exposure {
  /** The resource holding the ACL or policy. */
  resource: TfResource;
  file: SourceFile;
  range: Range;
  /** Which setting exposes the bucket, for messages: `acl = "public-read"`. */
  what: string;
  /** The view the location lies in: in an installed or registry module, the finding moves to the call. */
  of: unknown;
}

/** Public canned ACL and group grants of an `aws_s3_bucket` (v3 inline) or `aws_s3_bucket_acl`. */
export function aclExposures(res: TfResource): Exposure[] {
  const out: Exposure[] = [];
  const acl = res.attr('acl');
  const canned = asString(acl?.value);
  if (acl && canned !== undefined && PUBLIC_CANNED_ACLS.has(canned)) {
    out.push({ resource: res, file: acl.file, range: acl.range, what: `acl = "${canned}"`, of: acl });
  }
  const grants: { grant: TfBlock; grantee: TfBlock }[] =
    res.resourceType === 'aws_s3_bucket'
      ? res.blocks('grant').map((g) => ({ grant: g, grantee: g }))
      : res
          .blocks('access_control_policy')
          .flatMap((p) =>
            p.blocks('grant').flatMap((g) => g.blocks('grantee').map((grantee) => ({ grant: g, grantee }))),
          );
  for (const { grant, grantee } of grants) {
    const uri = grantee.attr('uri');
    const group = PUBLIC_GROUPS[asString(uri?.value) ?? ''];
    if (!uri || !group) continue;
    // Inline v3 grants list `permissions`; aws_s3_bucket_acl grants name one `permission`.
    const permission =
      res.resourceType === 'aws_s3_bucket'
        ? (grant.value('permissions') as string[] | undefined)?.join(', ')
        : asString(grant.value('permission'));
    out.push({
      resource: res,
      file: uri.file,
      range: uri.range,
      of: uri,
      what: `a grant of ${permission ?? 'access'} to ${group}`,
    });
  }
  return out;
}

/** Public statements of an `aws_s3_bucket` (v3 inline `policy`) or `aws_s3_bucket_policy`. */
export function policyExposures(stack: TfStack, res: TfResource): Exposure[] {
  const attr = res.attr('policy');
  if (!attr) return [];
  return policyStatements(stack, attr, res)
    .filter(isPublicStatement)
    .map((s) => ({
      resource: res,
      file: s.file,
      range: s.range,
      of: attr,
      what: `a policy statement that allows ${s.notPrincipal ? 'every principal but those in NotPrincipal' : 'Principal "*"'}`,
    }));
}

/** Everything that actually makes the bucket public: exposures S3 would not block or ignore. */
export function effectiveExposures(stack: TfStack, bucket: TfResource): Exposure[] {
  const out: Exposure[] = [];
  if (!aclNeutralized(stack, bucket)) {
    out.push(...aclExposures(bucket), ...attached(stack, bucket, 'aws_s3_bucket_acl').flatMap(aclExposures));
  }
  if (!policyNeutralized(stack, bucket)) {
    out.push(
      ...policyExposures(stack, bucket),
      ...attached(stack, bucket, 'aws_s3_bucket_policy').flatMap((p) => policyExposures(stack, p)),
    );
  }
  return out;
}
