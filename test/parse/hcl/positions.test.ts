// The parser's line index must answer exactly like SourceFile.pos, in any query order.
import { describe, expect, it } from 'vitest';
import { SourceFile } from '../../../src/parse/source.js';
import { LineIndex } from '../../../src/parse/hcl/positions.js';

describe('LineIndex', () => {
  const text = 'a\n\nbc\r\n' + 'x\n'.repeat(40) + 'last';
  const file = new SourceFile('t', text);
  const index = new LineIndex(text);

  it('matches SourceFile.pos for ascending, descending, random and out-of-range offsets', () => {
    const offsets: number[] = [];
    for (let o = -2; o <= text.length + 2; o++) offsets.push(o);
    for (let o = text.length + 2; o >= -2; o--) offsets.push(o);
    let seed = 17;
    for (let i = 0; i < 500; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      offsets.push(seed % (text.length + 1));
    }
    for (const o of offsets) expect(index.pos(o), `offset ${o}`).toEqual(file.pos(o));
  });

  it('builds ranges', () => {
    expect(index.range(3, 5)).toEqual(file.range(3, 5));
  });
});
