// Reports written in chunks are the same bytes as the reporters' strings, and JSON in
// chunks is exactly JSON.stringify(value, null, 2): a report too large for one string
// must not read differently from a small one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, REPORTERS, reportChunks } from '../../src/report/index.js';
import { jsonChunks, lazyList } from '../../src/report/json-chunks.js';
import { batched, writeChunksToStream } from '../../src/report/write.js';
import { FINDINGS, sampleContext } from './sample.js';

describe('reports in chunks', () => {
  it.each(FORMAT_NAMES)('%s: the chunks join to the reporter string', (format) => {
    const ctx = sampleContext();
    expect([...reportChunks(format, FINDINGS, ctx)].join('')).toBe(REPORTERS[format](FINDINGS, ctx));
    expect([...reportChunks(format, [], ctx)].join('')).toBe(REPORTERS[format]([], ctx));
  });

  it('JSON in chunks equals JSON.stringify for any value, lazy lists included', () => {
    const leaf = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), leaf),
        fc.array(leaf, { maxLength: 5 }),
        fc.array(fc.anything({ maxDepth: 2, withObjectString: false }), { maxLength: 4 }),
        (head, items, odd) => {
          const plain = { ...head, items, odd, nested: { deeper: [items, {}] }, undef: undefined };
          const lazy = {
            ...head,
            items: lazyList(items, (x) => x),
            odd,
            nested: { deeper: [lazyList(items, (x) => x), {}] },
            undef: undefined,
          };
          const expected = JSON.stringify(plain, null, 2);
          expect([...jsonChunks(lazy)].join('')).toBe(expected);
          expect(JSON.stringify(lazy, null, 2)).toBe(expected);
        },
      ),
      { numRuns: 300, seed: 12 },
    );
  });

  it('long lists, written a batch of elements at a time, equal JSON.stringify at every depth and length', () => {
    const items = Array.from({ length: 100 }, (_, i) => ({
      i,
      text: `line\n"${i}"`,
      list: [i, [i], {}],
      none: undefined,
    }));
    for (const n of [1, 31, 32, 33, 64, 65, 100]) {
      const some = items.slice(0, n);
      const plain = { a: some, deep: { deeper: [[some]] } };
      const lazy = { a: lazyList(some, (x) => x), deep: { deeper: [[lazyList(some, (x) => x)]] } };
      expect([...jsonChunks(lazy)].join('')).toBe(JSON.stringify(plain, null, 2));
      expect([...jsonChunks(lazyList(some, (x) => x.list))].join('')).toBe(
        JSON.stringify(
          some.map((x) => x.list),
          null,
          2,
        ),
      );
    }
  });

  it('never builds the whole text: a list of a million elements is written piece by piece', () => {
    const items = Array.from({ length: 1_000_000 }, (_, i) => i);
    let pieces = 0;
    let longest = 0;
    let length = 0;
    for (const p of batched(jsonChunks({ results: lazyList(items, (i) => ({ i, text: 'x'.repeat(20) })) }))) {
      pieces++;
      longest = Math.max(longest, p.length);
      length += p.length;
    }
    expect(length).toBeGreaterThan(40_000_000);
    expect(pieces).toBeGreaterThan(500);
    expect(longest).toBeLessThan(70 * 1024);
  });

  it('stops writing once the reader has gone (EPIPE), without waiting for a drain that never comes', async () => {
    let closed = false;
    const written: string[] = [];
    const stream = {
      write: (chunk: string) => {
        written.push(chunk);
        closed = true; // the reader goes away after the first piece
        return false;
      },
      drained: async () => undefined,
      get closed() {
        return closed;
      },
    };
    await writeChunksToStream(
      stream,
      batched(
        jsonChunks(
          lazyList(
            Array.from({ length: 100_000 }, (_, i) => i),
            (i) => i,
          ),
        ),
      ),
    );
    expect(written).toHaveLength(1);
  });
});
