import { defineRule, valueAt } from '../../src/engine/rule.js';
import type { TfResource, TfStack } from '../../src/model/terraform/types.js';
import { asString } from '../../src/model/terraform/value.js';
import { ACL_TYPES, IAM_TYPES, publicAclGrants, publicIamGrants } from './lib/public-grants.js';
import { literalFix, resourcesOf } from '../lib/terraform.js';

export default defineRule({
  meta: {
    id: 'gcp-storage-public-access-prevention',
    category: 'public-bucket',
    severity: 'warning',
    fixable: true,
    title: 'Cloud Storage buckets should enforce public access prevention',
    description:
      'Without public_access_prevention = "enforced" (the default is "inherited" from the organization policy), one IAM binding or ACL to allUsers, from Terraform or a console click, publishes the bucket. Buckets configured as websites, and buckets the configuration itself makes public (reported by gcp-storage-public-iam / gcp-storage-public-acl), are not checked.',
    messages: {
      missing:
        'Bucket {resource} does not set public_access_prevention, so it only inherits the organization policy: a single allUsers grant would publish it. Set public_access_prevention = "enforced".',
      notEnforced:
        'Bucket {resource} sets public_access_prevention = "{value}": a single allUsers grant would publish it. Set public_access_prevention = "enforced".',
    },
  },
  check(project, context) {
    for (const { resource, stack } of resourcesOf(project, 'google_storage_bucket')) {
      if (resource.blocks('website').length > 0 || isMadePublic(stack, resource)) continue;
      const attr = resource.attr('public_access_prevention');
      const fix = literalFix(resource, 'public_access_prevention', '"enforced"');
      if (!attr) {
        // `= var.x` left null by the caller: placed at the caller.
        context.report({
          messageId: 'missing',
          at: resource.declared('public_access_prevention') ?? resource,
          resource: resource.address,
          fix,
        });
        continue;
      }
      const value = asString(attr.value);
      if (value === undefined || value.toLowerCase() === 'enforced') continue;
      context.report({ messageId: 'notEnforced', data: { value }, at: valueAt(attr), resource: resource.address, fix });
    }
  },
});

/** A bucket the configuration deliberately opens: enforcing prevention would break it, and the grant is reported on its own. */
function isMadePublic(stack: TfStack, bucket: TfResource): boolean {
  const iam = IAM_TYPES.flatMap((type) => stack.referrers(bucket, type, 'bucket'));
  if (iam.some((r) => publicIamGrants(stack, r).length > 0)) return true;
  const acl = ACL_TYPES.flatMap((type) => stack.referrers(bucket, type, 'bucket'));
  return acl.some((r) => publicAclGrants(r).length > 0);
}
