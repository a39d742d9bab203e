// GCP location names: a region is `us-central1`, a zone is a region plus `-<letter>`
// (`us-central1-a`). Zonal resources die with their zone.

const REGION = /^[a-z]+-[a-z]+[0-9]+$/;
const ZONE = /^([a-z]+-[a-z]+[0-9]+)-[a-z]$/;

export function isGcpZone(location: string): boolean {
  return ZONE.test(location);
}

export function isGcpRegion(location: string): boolean {
  return REGION.test(location);
}

/** `us-central1` for `us-central1-a`; undefined when it is not a zone name. */
export function regionOfZone(zone: string): string | undefined {
  return ZONE.exec(zone)?.[1];
}
