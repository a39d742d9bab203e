// Scalar resolution under the YAML 1.2 core schema (what Kubernetes' YAML libraries
// use too: `yes`/`no`/`on` stay strings).

import { boolCoreTag, CORE_SCHEMA, floatCoreTag, intCoreTag, NOT_RESOLVED, nullCoreTag } from 'js-yaml';
import type { ScalarTagDefinition } from 'js-yaml';

export type ScalarValue = string | number | boolean | null;

const CORE = 'tag:yaml.org,2002:';

const EXPLICIT: Record<string, ScalarTagDefinition<unknown>> = {
  int: intCoreTag,
  float: floatCoreTag,
  bool: boolCoreTag,
  null: nullCoreTag,
};

/** Resolve an untagged plain scalar (implicit typing). */
export function resolvePlain(text: string): ScalarValue {
  const c = text.charCodeAt(0);
  // A letter starts a string, except null (n/N), true (t/T) and false (f/F) in their
  // three spellings each: only those lengths need the resolvers (hot path).
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
    const n = text.length;
    if (c === 0x6e || c === 0x4e || c === 0x74 || c === 0x54) {
      if (n !== 4) return text;
    } else if (c === 0x66 || c === 0x46) {
      if (n !== 5) return text;
    } else return text;
  }
  return asScalar(CORE_SCHEMA.resolveImplicitScalarTag(text).value, text);
}

/** Resolve a scalar with an explicit tag as written (`!!int`, `!<tag:yaml.org,2002:str>`, `!Ref`). */
export function resolveTagged(text: string, tag: string): ScalarValue {
  const name = coreTagName(tag);
  const def = name === undefined ? undefined : EXPLICIT[name];
  if (!def) return text;
  const v = def.resolve(text, true, CORE + name);
  return v === NOT_RESOLVED ? text : asScalar(v, text);
}

function coreTagName(tag: string): string | undefined {
  if (tag.startsWith('!!')) return tag.slice(2);
  if (tag.startsWith('!<' + CORE) && tag.endsWith('>')) return tag.slice(2 + CORE.length, -1);
  return undefined;
}

function asScalar(v: unknown, text: string): ScalarValue {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return text;
}
