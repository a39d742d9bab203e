// Looks up what the rules read in `terraform providers schema -json` output for
// hashicorp/aws (the shared file is a subset: the families a resilience linter reads).

import { readFileSync } from 'node:fs';
import type { Access } from '../../../src/model/terraform/access.js';
import { editDistance } from '../../../src/engine/config/suggest.js';

type SchemaType = string | [string, ...unknown[]];

interface SchemaAttribute {
  type?: SchemaType;
}

interface SchemaBlock {
  attributes?: Record<string, SchemaAttribute>;
  block_types?: Record<string, { nesting_mode: string; block: SchemaBlock }>;
}

export interface ProviderSchema {
  resource_schemas: Record<string, { block: SchemaBlock }>;
  data_source_schemas: Record<string, { block: SchemaBlock }>;
}

/** Terraform's meta-arguments (and `dynamic`), valid in any resource whatever its schema. */
export const META_ARGUMENTS = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'dynamic']);

export type Verdict =
  | { ok: true }
  /** The type is not in the (subset) schema and resembles none of its types: cannot be judged. */
  | { ok: 'unknown-type' }
  | { ok: false; reason: string };

/** A body the lookup can descend into: a nested block, or the object type of an attribute (`rule = [{...}]`). */
type Shape = { kind: 'block'; block: SchemaBlock } | { kind: 'object'; fields: Record<string, SchemaType> };

export function loadProviderSchema(path: string): ProviderSchema {
  return JSON.parse(readFileSync(path, 'utf8')) as ProviderSchema;
}

/** A read; mode `either` for lookups that match resources and data sources alike (`referrers`). */
export type SchemaRead = Omit<Access, 'mode'> & { mode: Access['mode'] | 'either' };

export function checkAccess(schema: ProviderSchema, access: SchemaRead): Verdict {
  const asData =
    access.mode === 'data' ||
    (access.mode === 'either' &&
      !schema.resource_schemas[access.resourceType] &&
      !!schema.data_source_schemas[access.resourceType]);
  const table = asData ? schema.data_source_schemas : schema.resource_schemas;
  const kind = asData ? 'data source' : 'resource';
  const top = table[access.resourceType];
  if (!top) {
    const near = nearestType(access.resourceType, Object.keys(table));
    if (near)
      return { ok: false, reason: `${kind} type ${access.resourceType} does not exist (did you mean ${near}?)` };
    return { ok: 'unknown-type' };
  }
  let shape: Shape = { kind: 'block', block: top.block };
  const walked: string[] = [access.resourceType];
  for (const step of access.blockPath) {
    const next = child(shape, step);
    if (!next) return { ok: false, reason: `${walked.join('.')} has no nested block or object attribute ${step}` };
    shape = next;
    walked.push(step);
  }
  if (access.name === undefined || META_ARGUMENTS.has(access.name)) return { ok: true };
  if (has(shape, access.name)) return { ok: true };
  const where = walked.length === 1 ? `${kind} ${access.resourceType}` : `block ${walked.join('.')}`;
  return { ok: false, reason: `${where} has no attribute or nested block ${access.name}` };
}

function has(shape: Shape, name: string): boolean {
  if (shape.kind === 'object') return name in shape.fields;
  return name in (shape.block.attributes ?? {}) || name in (shape.block.block_types ?? {});
}

function child(shape: Shape, name: string): Shape | undefined {
  if (shape.kind === 'object') return objectShape(shape.fields[name]);
  const nested = shape.block.block_types?.[name];
  if (nested) return { kind: 'block', block: nested.block };
  return objectShape(shape.block.attributes?.[name]?.type);
}

/** `["object", {...}]`, or a list / set / map of them: the object's fields. */
function objectShape(type: SchemaType | undefined): Shape | undefined {
  if (!Array.isArray(type)) return undefined;
  const [kind, inner] = type;
  if (kind === 'object' && inner && typeof inner === 'object')
    return { kind: 'object', fields: inner as Record<string, SchemaType> };
  if (kind === 'list' || kind === 'set' || kind === 'map') return objectShape(inner as SchemaType);
  return undefined;
}

/** A schema type within edit distance 2: the read type is then almost surely a typo of it. */
function nearestType(type: string, known: string[]): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const k of known) {
    if (Math.abs(k.length - type.length) > 2) continue;
    const d = editDistance(type, k);
    if (d <= 2 && (!best || d < best.d)) best = { name: k, d };
  }
  return best?.name;
}
