import { defineRule } from '../../src/engine/rule.js';
import { asString } from '../../src/model/terraform/value.js';
import { IAM_TYPES, publicIamGrants } from './lib/public-grants.js';
import { resourcesOf } from '../lib/terraform.js';

export default defineRule({
  meta: {
    id: 'gcp-storage-public-iam',
    category: 'public-bucket',
    severity: 'error',
    title: 'Cloud Storage IAM must not grant allUsers or allAuthenticatedUsers',
    description:
      'A bucket (or managed folder) IAM member, binding or policy that grants any role to allUsers or allAuthenticatedUsers makes its objects readable, or writable, by anyone on the internet (allAuthenticatedUsers is any Google account, not your organisation). Policies are read from jsonencode, heredoc JSON and google_iam_policy data sources.',
    messages: {
      public:
        '{resource} grants {role} on {target} to {member}: anyone on the internet can use that role on its objects. Grant the role to specific principals, or serve public content through Cloud CDN or signed URLs.',
    },
  },
  check(project, context) {
    for (const { resource, stack } of resourcesOf(project, ...IAM_TYPES)) {
      const target = asString(resource.value('bucket')) ?? resource.address;
      for (const grant of publicIamGrants(stack, resource)) {
        context.report({
          messageId: 'public',
          data: { role: grant.role || 'a role', target, member: grant.grantee },
          at: grant,
          resource: resource.address,
        });
      }
    }
  },
});
