// Messages filled from a template split once must read exactly as formatMessage's replace
// over `{ resource, ...data }` (what the engine did per finding before).
import { describe, expect, it } from 'vitest';
import { compileTemplate, fillTemplate } from '../../src/engine/message-template.js';
import { formatMessage } from '../../src/engine/rule.js';

const cases: [string, Record<string, string | number> | undefined, string | undefined, string][] = [
  ['No placeholders.', undefined, undefined, 'No placeholders.'],
  [
    '{kind} `{name}` runs {n} replica',
    { kind: 'Deployment', name: 'web', n: 1 },
    undefined,
    'Deployment `web` runs 1 replica',
  ],
  ['`{resource}` has no backups', {}, 'aws_db_instance.db', '`aws_db_instance.db` has no backups'],
  ['`{resource}` is {state}', { resource: 'from data', state: 'open' }, 'aws_s3_bucket.b', '`from data` is open'],
  ['{unknown} stays, {resource} too', { a: 'x' }, undefined, '{unknown} stays, {resource} too'],
  ['{{a}} {a-b} {} {a}{a}', { a: 'A' }, undefined, '{A} {a-b} {} AA'],
  ['{a}', { a: '$& $1 {b}', b: 'no' }, undefined, '$& $1 {b}'],
  ['{resource}', undefined, 'r.x', 'r.x'],
  ['ends with {x}', { x: '' }, undefined, 'ends with '],
];

describe('fillTemplate', () => {
  it.each(cases)('%s', (template, data, resource, expected) => {
    const merged = resource !== undefined ? { resource, ...data } : data;
    expect(formatMessage(template, merged)).toBe(expected);
    expect(fillTemplate(compileTemplate(template), data, resource)).toBe(expected);
  });
});
