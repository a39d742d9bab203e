// Lazily computed values with cycle detection: Terraform configurations may refer to
// each other in loops (invalid, but we must not recurse forever), and a cycle is UNKNOWN.

/** In `done` while its value is being computed: a read then is a cycle. */
const BUSY: unique symbol = Symbol('busy');

export class LazyMap<K, V> {
  private readonly done = new Map<K, V | typeof BUSY>();

  /** The value computed for `key`, if any (no closure needed to ask). */
  known(key: K): V | undefined {
    const v = this.done.get(key);
    return v === BUSY ? undefined : v;
  }

  get(key: K, compute: () => V, onCycle: V): V {
    const known = this.done.get(key);
    if (known === BUSY) return onCycle;
    if (known !== undefined || this.done.has(key)) return known as V;
    this.done.set(key, BUSY);
    let ok = false;
    try {
      const v = compute();
      this.done.set(key, v);
      ok = true;
      return v;
    } finally {
      if (!ok) this.done.delete(key);
    }
  }
}
