// Public principals in Cloud Storage IAM and ACLs. `allUsers` is anyone on the
// internet; `allAuthenticatedUsers` is anyone with any Google account, which is just
// as public.

export const PUBLIC_MEMBERS = ['allUsers', 'allAuthenticatedUsers'] as const;

/** True for `allUsers` / `allAuthenticatedUsers` (IAM members are case-sensitive; ACL entities are too). */
export function isPublicMember(member: string): boolean {
  return (PUBLIC_MEMBERS as readonly string[]).includes(member.trim());
}

/** ACL `role_entity` entries look like `READER:allUsers`: the entity after the colon. */
export function isPublicRoleEntity(roleEntity: string): boolean {
  const colon = roleEntity.indexOf(':');
  return colon !== -1 && isPublicMember(roleEntity.slice(colon + 1));
}

/** Members granted by an IAM policy document (`{"bindings":[{"role":..,"members":[..]}]}`), as JSON text. */
export function policyBindings(json: string): { role: string; members: string[] }[] {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    return [];
  }
  if (doc === null || typeof doc !== 'object') return [];
  const bindings = (doc as { bindings?: unknown }).bindings;
  if (!Array.isArray(bindings)) return [];
  return bindings.flatMap((b) => {
    if (b === null || typeof b !== 'object') return [];
    const role = typeof (b as { role?: unknown }).role === 'string' ? (b as { role: string }).role : '';
    const members = (b as { members?: unknown }).members;
    return [{ role, members: Array.isArray(members) ? members.filter((m): m is string => typeof m === 'string') : [] }];
  });
}
