// new / existing / fixed: matched by rule, resource, message and directory (file without a
// resource), through renames, never by line; equal findings are counted.
import { describe, expect, it } from 'vitest';
import { findingDelta } from '../../src/findings/delta.js';
import { applyBaseline, readBaseline, writeBaseline } from '../../src/findings/baseline.js';
import { finding } from '../github/helpers.js';

const f = (file: string, line: number, resource?: string, extra = {}) =>
  finding({ file, line, ...(resource ? { resource } : {}), fingerprint: `fp-${file}-${resource}`, ...extra });

describe('findingDelta', () => {
  it('ignores lines, follows renames and moves inside a directory, and counts duplicates', () => {
    const base = [
      f('infra/db.tf', 3, 'aws_db_instance.a'),
      f('infra/old.tf', 1, 'aws_db_instance.b'),
      f('infra/main.tf', 1, 'terraform.backend.local'),
      f('gone.tf', 1, 'aws_db_instance.gone'),
      f('x.tf', 1, undefined, { ruleId: 'parse-error', message: 'bad' }),
    ];
    const head = [
      f('infra/db.tf', 30, 'aws_db_instance.a'),
      f('infra/db.tf', 40, 'aws_db_instance.a'),
      f('infra/new.tf', 9, 'aws_db_instance.b'),
      f('infra/a.tf', 1, 'terraform.backend.local'),
      f('y.tf', 1, undefined, { ruleId: 'parse-error', message: 'bad' }),
    ];
    const d = findingDelta(head, base, new Map([['infra/old.tf', 'infra/new.tf']]));
    const show = (list: typeof head) => list.map((x) => `${x.file}:${x.line}`);
    expect(show(d.existing)).toEqual(['infra/a.tf:1', 'infra/db.tf:30', 'infra/new.tf:9']);
    expect(show(d.new)).toEqual(['infra/db.tf:40', 'y.tf:1']);
    expect(show(d.fixed)).toEqual(['gone.tf:1', 'x.tf:1']);
  });

  it('a changed message (what is wrong) is a new finding and a fixed one', () => {
    const d = findingDelta(
      [f('a.tf', 1, 'r', { message: 'multi_az is false' })],
      [f('a.tf', 1, 'r', { message: 'multi_az is not set' })],
    );
    expect([d.new.length, d.existing.length, d.fixed.length]).toEqual([1, 0, 1]);
  });
});

describe('baseline', () => {
  it('writes sorted stable JSON and reads it back; entries match by fingerprint, then by what they are about', () => {
    const findings = [f('b.tf', 1, 'r2'), f('a.tf', 5, 'r1')];
    const text = writeBaseline(findings);
    expect(writeBaseline([...findings].reverse())).toBe(text);
    expect(Object.keys(JSON.parse(text).findings)).toEqual(['fp-a.tf-r1', 'fp-b.tf-r2']);
    const read = readBaseline(text);
    if (!read.ok) throw new Error(read.error);
    const moved = { ...f('a2.tf', 1, 'r1'), fingerprint: 'other' }; // same directory, other file
    const split = applyBaseline([moved, f('c.tf', 1, 'r3')], read.baseline);
    expect(split.accepted).toEqual([moved]);
    expect(split.fresh.map((x) => x.file)).toEqual(['c.tf']);
    expect(split.stale).toEqual(['fp-b.tf-r2']);
  });

  it('refuses what is not a baseline', () => {
    expect(readBaseline('nope')).toMatchObject({ ok: false });
    expect(readBaseline('[]')).toEqual({ ok: false, error: 'must be a JSON object' });
    expect(readBaseline('{"version":1,"findings":{"x":{"file":"a"}}}')).toEqual({
      ok: false,
      error: 'findings["x"] must have a "ruleId" and a "file"',
    });
  });
});
