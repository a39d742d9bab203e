// Units are joined on the names some unit declares: a bucket with the backends and
// replication rules pointing at it, not two backends sharing a bucket no unit declares.
import { describe, expect, it } from 'vitest';
import { encodeJoinKey, unitGroups } from '../../src/engine/join-keys.js';
import type { JoinKey } from '../../src/engine/rule.js';

const keys = (...units: JoinKey[][]) => units.map((u) => u.map(encodeJoinKey));
const declares = (name: string): JoinKey => ({ declares: name });
const uses = (name: string): JoinKey => ({ uses: name });

describe('unitGroups', () => {
  it.each<[string, JoinKey[][], number[][]]>([
    ['no keys', [[], [], []], []],
    ['backends sharing a bucket no unit declares', [[uses('s3:tfstate')], [uses('s3:tfstate')], []], []],
    [
      'the bucket declared in a bootstrap unit, used by two roots',
      [[uses('s3:tfstate')], [declares('s3:tfstate')], [uses('s3:tfstate')]],
      [[0, 1, 2]],
    ],
    ['a declaration alone', [[declares('s3:logs')], [uses('s3:other')]], []],
    ['two declarations of one name', [[declares('s3:logs')], [], [declares('s3:logs')]], [[0, 2]]],
    [
      'chains through a unit that declares one name and uses another',
      [[uses('s3:a')], [declares('s3:a'), uses('s3:b')], [declares('s3:b')], [uses('s3:c')], [uses('s3:c')]],
      [[0, 1, 2]],
    ],
    [
      'two separate groups, in unit order',
      [[declares('s3:b')], [declares('s3:a')], [uses('s3:b')], [uses('s3:a')]],
      [
        [0, 2],
        [1, 3],
      ],
    ],
  ])('%s', (_name, units, groups) => {
    expect(unitGroups(keys(...units))).toStrictEqual(groups);
  });

  it('keeps a name with spaces whole', () => {
    expect(unitGroups(keys([declares('id:my bucket')], [uses('id:my bucket')], [uses('id:my')]))).toStrictEqual([
      [0, 1],
    ]);
  });
});
