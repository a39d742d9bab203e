// Evaluated Terraform values. Anything that cannot be known before apply (resource
// ids, data sources, missing variables, unsupported functions) is UNKNOWN, and a rule
// never treats UNKNOWN as a known value.

export class Unknown {
  // A private member makes the class nominal: a plain object is never an Unknown, so
  // `isUnknown(v)` narrows objects correctly.
  private readonly unknownBrand = true;
  private constructor() {}
  static readonly instance = new Unknown();
  toString(): string {
    return '(known after apply)';
  }
}

export const UNKNOWN = Unknown.instance;

export type Value = null | string | number | boolean | Value[] | ValueObject | Unknown;
export interface ValueObject {
  [key: string]: Value;
}

export function isUnknown(v: unknown): v is Unknown {
  return v === UNKNOWN;
}

/** True when the value, and everything inside it, is known. */
export function isWhollyKnown(v: Value): boolean {
  if (v === UNKNOWN) return false;
  if (Array.isArray(v)) return v.every(isWhollyKnown);
  if (v !== null && typeof v === 'object') return Object.values(v).every(isWhollyKnown);
  return true;
}

export function isObject(v: Value | undefined): v is ValueObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && v !== UNKNOWN;
}

/** Terraform's bool conversion for known values: true, false, "true", "false". */
export function asBool(v: Value | undefined): boolean | undefined {
  if (v === true || v === 'true') return true;
  if (v === false || v === 'false') return false;
  return undefined;
}

export function asNumber(v: Value | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

export function asString(v: Value | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/**
 * Objects that stand for a resource instance: the configuration sets some attributes,
 * and every other one (`id`, `arn`, ...) is computed by the provider. Reading one of those
 * gives UNKNOWN instead of an error, so `aws_subnet.a[*].id` is a list of unknowns whose
 * length is known.
 */
const openObjects = new WeakSet<ValueObject>();

export function markOpen<T extends Value>(v: T): T {
  if (isObject(v)) openObjects.add(v);
  return v;
}

export function isOpen(v: ValueObject): boolean {
  return openObjects.has(v);
}
