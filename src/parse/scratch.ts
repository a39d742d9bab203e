// Parsers collect the items of every body, mapping and argument list before they know
// how many there are. Pushing to a fresh array allocates room for 17 items at the first
// push, and trees keep an exactly sized copy anyway: a parser instead collects into
// reusable lists (one per nesting level in use) and takes exact copies from them.

/** Every empty list in a tree: one frozen array instead of thousands. */
export const NONE = Object.freeze([]) as unknown as never[];

/** A reusable list: push items, then `take()` an exactly sized copy and start over. */
export class Scratch<T> {
  /** Items past `length` are stale (from an earlier use) and are overwritten by later pushes. */
  private readonly items: T[] = [];
  length = 0;

  push(item: T): void {
    this.items[this.length++] = item;
  }

  at(i: number): T {
    return this.items[i];
  }

  /** The items as an exactly sized array (the shared empty list when none); the scratch is empty afterwards. */
  take(): T[] {
    const n = this.length;
    this.length = 0;
    return n === 0 ? NONE : this.items.slice(0, n);
  }
}

/** Scratch lists for nested use: `acquire` one per open construct, `release` it when the construct is done. */
export class ScratchPool {
  private readonly free: Scratch<unknown>[] = [];

  acquire<T>(): Scratch<T> {
    return (this.free.pop() as Scratch<T> | undefined) ?? new Scratch<T>();
  }

  release(s: Scratch<unknown>): void {
    s.length = 0;
    this.free.push(s);
  }
}
