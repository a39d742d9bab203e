// Where a Cloud Storage bucket (or managed folder, or object) is opened to the public:
// IAM members / bindings / policies and legacy ACLs naming `allUsers` or
// `allAuthenticatedUsers`, or a predefined public ACL. Each grant carries the range of
// the literal that grants it, wherever that is (an IAM policy data source may live in
// another file).

import type { Range, SourceFile } from '../../../src/parse/source.js';
import type { TfAttribute, TfResource, TfStack } from '../../../src/model/terraform/types.js';
import { asString } from '../../../src/model/terraform/value.js';
import { isPublicMember, isPublicRoleEntity, policyBindings } from './members.js';
import { knownStrings, literalRange, valueOrLiteralRange } from '../../lib/terraform.js';

export interface PublicGrant {
  /** The IAM or ACL resource that grants access. */
  resource: TfResource;
  /** `allUsers`, `allAuthenticatedUsers`, or a predefined ACL name such as `publicRead`. */
  grantee: string;
  /** IAM role or ACL role; empty when the source does not say. */
  role: string;
  file: SourceFile;
  range: Range;
}

export const IAM_MEMBER_TYPES = ['google_storage_bucket_iam_member', 'google_storage_managed_folder_iam_member'];
export const IAM_BINDING_TYPES = ['google_storage_bucket_iam_binding', 'google_storage_managed_folder_iam_binding'];
export const IAM_POLICY_TYPES = ['google_storage_bucket_iam_policy', 'google_storage_managed_folder_iam_policy'];
export const IAM_TYPES = [...IAM_MEMBER_TYPES, ...IAM_BINDING_TYPES, ...IAM_POLICY_TYPES];

/** ACL resources with one `entity` + `role`. */
export const ACL_ENTITY_TYPES = [
  'google_storage_bucket_access_control',
  'google_storage_object_access_control',
  'google_storage_default_object_access_control',
];
/** ACL resources with a `role_entity` list (`READER:allUsers`). */
export const ACL_LIST_TYPES = [
  'google_storage_bucket_acl',
  'google_storage_object_acl',
  'google_storage_default_object_acl',
];
/** Resources that accept a predefined ACL name, and the attributes that hold it. */
export const PREDEFINED_ACL_ATTRS: Record<string, string[]> = {
  google_storage_bucket_acl: ['predefined_acl', 'default_acl'],
  google_storage_object_acl: ['predefined_acl'],
  google_storage_bucket_object: ['predefined_acl'],
};
export const ACL_TYPES = [...new Set([...ACL_ENTITY_TYPES, ...ACL_LIST_TYPES, ...Object.keys(PREDEFINED_ACL_ATTRS)])];

const PUBLIC_PREDEFINED_ACLS = new Set(['publicread', 'publicreadwrite', 'authenticatedread']);

export function isPublicPredefinedAcl(name: string): boolean {
  return PUBLIC_PREDEFINED_ACLS.has(name.toLowerCase());
}

/** Public grants made by an IAM member, binding or policy resource. */
export function publicIamGrants(stack: TfStack, resource: TfResource): PublicGrant[] {
  const role = asString(resource.value('role')) ?? '';
  if (IAM_MEMBER_TYPES.includes(resource.resourceType)) return memberGrants(resource, resource.attr('member'), role);
  if (IAM_BINDING_TYPES.includes(resource.resourceType)) return memberGrants(resource, resource.attr('members'), role);
  if (IAM_POLICY_TYPES.includes(resource.resourceType)) return policyGrants(stack, resource);
  return [];
}

function memberGrants(resource: TfResource, attr: TfAttribute | undefined, role: string): PublicGrant[] {
  if (!attr) return [];
  return knownStrings(attr.value)
    .filter(isPublicMember)
    .map((member) => ({
      resource,
      grantee: member.trim(),
      role,
      file: attr.file,
      range: valueOrLiteralRange(attr, (s) => s === member),
    }));
}

/** `policy_data` as evaluated JSON (jsonencode, heredoc), else the `google_iam_policy` data source it reads. */
function policyGrants(stack: TfStack, resource: TfResource): PublicGrant[] {
  const attr = resource.attr('policy_data');
  if (!attr) return [];
  if (typeof attr.value === 'string') {
    return policyBindings(attr.value).flatMap((b) =>
      b.members.filter(isPublicMember).map((member) => ({
        resource,
        grantee: member.trim(),
        role: b.role,
        file: attr.file,
        range: literalRange(attr.node.expr, (s) => s === member) ?? attr.valueRange,
      })),
    );
  }
  return stack
    .referenced(attr, resource)
    .filter((d) => d.mode === 'data' && d.resourceType === 'google_iam_policy')
    .flatMap((policy) =>
      policy.blocks('binding').flatMap((binding) => {
        const members = binding.attr('members');
        const bindingRole = asString(binding.value('role')) ?? '';
        if (!members) return [];
        return memberGrants(resource, members, bindingRole);
      }),
    );
}

/** Public grants made by a legacy ACL resource or a predefined ACL. */
export function publicAclGrants(resource: TfResource): PublicGrant[] {
  const grants: PublicGrant[] = [];
  if (ACL_ENTITY_TYPES.includes(resource.resourceType)) {
    const entity = resource.attr('entity');
    const name = asString(entity?.value);
    if (entity && name !== undefined && isPublicMember(name)) {
      grants.push({
        resource,
        grantee: name.trim(),
        role: asString(resource.value('role')) ?? '',
        file: entity.file,
        range: entity.valueRange,
      });
    }
  }
  if (ACL_LIST_TYPES.includes(resource.resourceType)) {
    const list = resource.attr('role_entity');
    for (const entry of list ? knownStrings(list.value) : []) {
      if (!list || !isPublicRoleEntity(entry)) continue;
      const [role, grantee] = entry.split(':', 2);
      grants.push({
        resource,
        grantee: grantee.trim(),
        role,
        file: list.file,
        range: valueOrLiteralRange(list, (s) => s === entry),
      });
    }
  }
  for (const name of PREDEFINED_ACL_ATTRS[resource.resourceType] ?? []) {
    const attr = resource.attr(name);
    const acl = asString(attr?.value);
    if (attr && acl !== undefined && isPublicPredefinedAcl(acl)) {
      grants.push({ resource, grantee: acl, role: '', file: attr.file, range: attr.valueRange });
    }
  }
  return grants;
}
