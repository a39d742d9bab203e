// Pretty-printed JSON as a sequence of chunks, byte for byte what JSON.stringify(value,
// null, 2) returns, without ever holding the whole text: a report with a million results
// is larger than the longest string V8 can build ("Invalid string length").

/**
 * A list serialised element by element, each mapped when it is written, so neither the
 * mapped objects nor their text exist all at once. `toJSON` keeps JSON.stringify working.
 */
export class LazyList<T> {
  constructor(
    readonly items: readonly T[],
    readonly map: (item: T) => unknown,
  ) {}

  toJSON(): unknown[] {
    return this.items.map(this.map);
  }
}

export function lazyList<T>(items: readonly T[], map: (item: T) => unknown): LazyList<T> {
  return new LazyList(items, map);
}

/** Chunks of `JSON.stringify(value, null, 2)`; a LazyList inside is written one element at a time. */
export function* jsonChunks(value: unknown, indent = ''): Generator<string> {
  if (value instanceof LazyList) {
    const { items, map } = value;
    if (items.length === 0) return yield '[]';
    const inner = indent + '  ';
    yield '[\n';
    for (let i = 0; i < items.length; i++) {
      yield inner;
      yield* jsonChunks(map(items[i]), inner);
      yield i < items.length - 1 ? ',\n' : '\n';
    }
    return yield indent + ']';
  }
  if (!containsLazy(value)) {
    const text = JSON.stringify(value, null, 2) ?? 'null';
    return yield indent === '' ? text : text.replace(/\n/g, '\n' + indent);
  }
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield inner;
      // JSON.stringify writes undefined and functions in arrays as null.
      const el = value[i] === undefined || typeof value[i] === 'function' ? null : value[i];
      yield* jsonChunks(el, inner);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    return yield indent + ']';
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => record[k] !== undefined && typeof record[k] !== 'function');
  if (keys.length === 0) return yield '{}';
  yield '{\n';
  for (let i = 0; i < keys.length; i++) {
    yield `${inner}${JSON.stringify(keys[i])}: `;
    yield* jsonChunks(record[keys[i]], inner);
    yield i < keys.length - 1 ? ',\n' : '\n';
  }
  yield indent + '}';
}

/** True when a LazyList sits somewhere in a plain structure (the small part above the big lists). */
function containsLazy(value: unknown): boolean {
  if (value instanceof LazyList) return true;
  if (value === null || typeof value !== 'object') return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  return Object.values(value).some(containsLazy);
}
