// Lazily computed values with cycle detection: Terraform configurations may refer to
// each other in loops (invalid, but we must not recurse forever), and a cycle is UNKNOWN.

export class LazyMap<K, V> {
  private readonly done = new Map<K, V>();
  private readonly busy = new Set<K>();

  get(key: K, compute: () => V, onCycle: V): V {
    if (this.done.has(key)) return this.done.get(key) as V;
    if (this.busy.has(key)) return onCycle;
    this.busy.add(key);
    try {
      const v = compute();
      this.done.set(key, v);
      return v;
    } finally {
      this.busy.delete(key);
    }
  }
}
