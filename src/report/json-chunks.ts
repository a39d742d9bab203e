// Pretty-printed JSON as a sequence of chunks, byte for byte what JSON.stringify(value,
// null, 2) returns, without ever holding the whole text: a report with a million results
// is larger than the longest string V8 can build ("Invalid string length").

/**
 * A list serialised a few elements at a time, each mapped when it is written, so neither the
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

/** Chunks of `JSON.stringify(value, null, 2)`; a LazyList inside is written a few elements at a time. */
export function* jsonChunks(value: unknown, indent = ''): Generator<string> {
  if (value instanceof LazyList) return yield* lazyListChunks(value, indent);
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

/** Elements per JSON.stringify call: a few tens of kilobytes of findings. */
const BATCH = 32;

/**
 * A lazy list's elements, a batch at a time: one native JSON.stringify of the batch, nested
 * in as many arrays as the list is deep so that its elements come out at the list's
 * indentation (no re-indenting pass over the text), then cut out of the brackets around them.
 */
function* lazyListChunks<T>({ items, map }: LazyList<T>, indent: string): Generator<string> {
  if (items.length === 0) return yield '[]';
  const depth = indent.length / 2 + 1; // indents are made of two-space steps
  let prefix = 0;
  let suffix = 0;
  for (let i = 0; i < depth; i++) {
    prefix += 2 * i + 2; // '  '.repeat(i) + '[\n'
    suffix += 2 * i + 2; // '\n' + '  '.repeat(i) + ']'
  }
  yield '[\n';
  for (let start = 0; start < items.length; start += BATCH) {
    const end = Math.min(items.length, start + BATCH);
    const mapped: unknown[] = [];
    for (let i = start; i < end; i++) mapped.push(map(items[i]));
    let batch: unknown = mapped;
    for (let i = 1; i < depth; i++) batch = [batch];
    const text = JSON.stringify(batch, null, 2);
    yield text.slice(prefix, text.length - suffix);
    yield end < items.length ? ',\n' : '\n';
  }
  return yield indent + ']';
}

/** True when a LazyList sits somewhere in a plain structure (the small part above the big lists). */
function containsLazy(value: unknown): boolean {
  if (value instanceof LazyList) return true;
  if (value === null || typeof value !== 'object') return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  return Object.values(value).some(containsLazy);
}
