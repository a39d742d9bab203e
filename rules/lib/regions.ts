// Which region a resource lives in, and whether two resources certainly share one.
// Regions come from the provider configuration (AWS, Google) or the resource itself
// (Azure `location`, Google `region`). Two resources on the same provider configuration
// share a region even when its value is not known; otherwise only known values compare.

import type { TfModule, TfModuleCall, TfProvider, TfResource } from '../../src/model/terraform/types.js';

export type Located = TfResource | TfModuleCall;

/** The region as a known string, else undefined. */
export function knownRegion(r: Located): string | undefined {
  return typeof r.region === 'string' && r.region !== '' ? r.region : undefined;
}

/** A module call chain that remaps providers makes an unresolved provider unknowable. */
function remapsProviders(module: TfModule): boolean {
  for (let m: TfModule | undefined = module; m?.call; m = m.call.module) if (m.call.attr('providers')) return true;
  return false;
}

/** The provider configuration in effect: a block, the implicit default one, or not known. */
function providerIdentity(r: Located): TfProvider | 'implicit' | undefined {
  if (r.provider) return r.provider;
  const explicit = 'resourceType' in r ? r.attr('provider') : r.attr('providers');
  if (explicit || remapsProviders(r.module)) return undefined;
  return 'implicit';
}

/** Azure resources carry their own location; Google ones may override the provider's region. */
function ownRegion(r: Located): boolean {
  if (!('resourceType' in r)) return false;
  if (r.resourceType.startsWith('azurerm_')) return true;
  return r.resourceType.startsWith('google_') && r.attr('region') !== undefined;
}

/** true / false when known, undefined when it cannot be told before apply. */
export function sameRegion(a: Located, b: Located): boolean | undefined {
  const ra = knownRegion(a);
  const rb = knownRegion(b);
  if (ra !== undefined && rb !== undefined) return ra === rb;
  if (ownRegion(a) || ownRegion(b)) return undefined;
  const pa = providerIdentity(a);
  return pa !== undefined && pa === providerIdentity(b) ? true : undefined;
}

/** `eu-west-1`, or words for a region that is not known statically. */
export function regionText(r: Located): string {
  return knownRegion(r) ?? "its provider's region";
}
