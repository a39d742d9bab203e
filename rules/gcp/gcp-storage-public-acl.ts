import { defineRule } from '../../src/engine/rule.js';
import { ACL_TYPES, isPublicPredefinedAcl, publicAclGrants } from './lib/public-grants.js';
import { resourcesOf } from '../lib/terraform.js';

export default defineRule({
  meta: {
    id: 'gcp-storage-public-acl',
    category: 'public-bucket',
    severity: 'error',
    title: 'Cloud Storage ACLs must not grant allUsers or allAuthenticatedUsers',
    description:
      'Legacy ACL resources (bucket, object and default object access controls and ACLs) whose entity is allUsers or allAuthenticatedUsers, and predefined ACLs publicRead, publicReadWrite and authenticatedRead, expose a bucket or its objects to anyone on the internet.',
    messages: {
      entity:
        '{resource} gives {entity} {role} access: anyone on the internet can reach this bucket or its objects. Remove the entry, and prefer uniform bucket-level access with IAM granted to specific principals.',
      predefined:
        '{resource} applies the predefined ACL {acl}, which opens it to anyone on the internet. Use "private" or "projectPrivate", and prefer uniform bucket-level access.',
    },
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, ...ACL_TYPES)) {
      for (const grant of publicAclGrants(resource)) {
        const predefined = isPublicPredefinedAcl(grant.grantee);
        context.report({
          messageId: predefined ? 'predefined' : 'entity',
          data: { entity: grant.grantee, acl: grant.grantee, role: grant.role || 'some' },
          at: grant,
          resource: resource.address,
        });
      }
    }
  },
});
