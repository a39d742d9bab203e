// Differential test of the fast YAML event producer against js-yaml's parseEvents: on
// every YAML file of the repository's fixtures and the shared corpus, on generated
// Kubernetes-style documents and on random mutations of both, the fast result is either
// `undefined` (js-yaml decides) or exactly js-yaml's events; and it is `undefined`
// whenever js-yaml throws. Deterministic seeds; coverage floors keep the fast path useful.
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseEvents } from 'js-yaml';
import type { Event } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { fastEvents } from '../../../src/parse/yaml/fast-events.js';
import { describeShared, REPO_DIR, sharedPath } from '../../support/shared.js';
import { documentText, mutate, tokenSoup } from './fast-events-gen.js';

/**
 * Why the fast result is wrong for `text`, or undefined when it is right; `taken`: it
 * answered; `parsed`: js-yaml did.
 */
function check(text: string, maxDepth = 100): { wrong?: string; taken: boolean; parsed: boolean } {
  let expected: Event[] | undefined;
  let thrown: unknown;
  try {
    expected = parseEvents(text, { maxDepth });
  } catch (err) {
    thrown = err;
  }
  const fast = fastEvents(text, maxDepth);
  const parsed = expected !== undefined;
  if (fast === undefined) return { taken: false, parsed };
  if (expected === undefined)
    return { wrong: `js-yaml throws (${String(thrown)}) but the fast path answered`, taken: true, parsed };
  if (isDeepStrictEqual(fast, expected)) return { taken: true, parsed };
  const i = fast.findIndex((e, k) => !isDeepStrictEqual(e, expected[k]));
  const at = i === -1 ? Math.min(fast.length, expected.length) : i;
  return {
    wrong: `event ${at}: fast ${JSON.stringify(fast[at])}, js-yaml ${JSON.stringify(expected[at])}`,
    taken: true,
    parsed,
  };
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    if (e === 'node_modules' || e.startsWith('.')) continue;
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(e)) out.push(p);
  }
  return out.sort();
}

function fixtureFiles(): string[] {
  const testFixtures = readdirSync(join(REPO_DIR, 'test'), { recursive: true, encoding: 'utf8' })
    .filter((p) => p.split('/').includes('fixtures'))
    .map((p) => join(REPO_DIR, 'test', p))
    .filter((p) => statSync(p).isDirectory() && p.endsWith('fixtures'));
  return [...yamlFiles(join(REPO_DIR, 'fixtures')), ...testFixtures.flatMap(yamlFiles)];
}

/** Checks every text; returns how many the fast path answered and the failures. */
function checkAll(texts: { name: string; text: string; maxDepth?: number }[]) {
  const failures: string[] = [];
  let taken = 0;
  for (const t of texts) {
    const r = check(t.text, t.maxDepth);
    if (r.taken) taken++;
    if (r.wrong) failures.push(`${t.name}: ${r.wrong}\n${JSON.stringify(t.text)}`);
  }
  return { taken, failures: failures.slice(0, 5) };
}

/** Deterministic mutations of each text, `perText` of them. */
function mutations(texts: { name: string; text: string }[], perText: number, seed: number) {
  return texts.flatMap((t, i) =>
    Array.from({ length: perText }, (_, k) => ({
      name: `${t.name} mutation ${k}`,
      text: mutate(t.text, seed + i * 7919 + k),
    })),
  );
}

/** How many of the files js-yaml parses at all. */
function parsableCount(files: { text: string }[]): number {
  return files.filter((f) => {
    try {
      parseEvents(f.text, { maxDepth: 100 });
      return true;
    } catch {
      return false;
    }
  }).length;
}

describe('fast YAML events equal js-yaml parseEvents', () => {
  const fixtures = fixtureFiles().map((p) => ({ name: p, text: readFileSync(p, 'utf8') }));

  it('on every YAML fixture, and takes the fast path for nearly all that js-yaml parses', () => {
    expect(fixtures.length).toBeGreaterThan(50);
    const { taken, failures } = checkAll(fixtures);
    expect(failures).toEqual([]);
    const parsable = parsableCount(fixtures);
    expect(taken / parsable).toBeGreaterThan(0.9);
  });

  it('on random mutations of the fixtures (characters, indentation, line ends, BOM)', () => {
    const { failures } = checkAll(mutations(fixtures, 20, 1));
    expect(failures).toEqual([]);
  });

  it('on generated Kubernetes-style streams, and on mutations of them', () => {
    let taken = 0;
    let parsed = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 30 }), (seed) => {
        const text = documentText(seed);
        const r = check(text);
        if (r.taken) taken++;
        if (r.parsed) parsed++;
        expect(r.wrong, JSON.stringify(text)).toBeUndefined();
        for (let k = 0; k < 4; k++) {
          const m = mutate(text, seed + k);
          const rm = check(m);
          expect(rm.wrong, JSON.stringify(m)).toBeUndefined();
        }
      }),
      { seed: 16, numRuns: 1500 },
    );
    // Most generated streams are valid YAML; the fast path answers for nearly all of those.
    expect(parsed).toBeGreaterThan(1500 * 0.7);
    expect(taken / parsed).toBeGreaterThan(0.95);
  });

  it('on random token soups (mostly errors: the fast path must then leave the text to js-yaml)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 30 }), (seed) => {
        const text = tokenSoup(seed);
        expect(check(text).wrong, JSON.stringify(text)).toBeUndefined();
      }),
      { seed: 18, numRuns: 4000 },
    );
  });

  it('with small nesting limits, exactly where js-yaml stops', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 30 }), fc.integer({ min: 1, max: 8 }), (seed, maxDepth) => {
        const text = documentText(seed);
        const r = check(text, maxDepth);
        expect(r.wrong, `maxDepth ${maxDepth}: ${JSON.stringify(text)}`).toBeUndefined();
      }),
      { seed: 17, numRuns: 500 },
    );
  });

  it.each([
    ['a named tag handle (it needs a %TAG directive)', 'a: !e!x 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['an explicit key', '? a\n: b\n'],
    ['a tab before a value', 'a:\tb\n'],
    ['a NUL', 'a: b\0\n'],
    ['a BOM inside', 'a: b\n\uFEFF---\nc: d\n'],
    ['a non-printable character', 'a: b\x7f\n'],
  ])('leaves %s to js-yaml', (_, text) => {
    expect(fastEvents(text, 100)).toBeUndefined();
  });

  it.each([
    ['a nested mapping and a compact sequence', 'a:\n  b: c\n  d:\n  - e: f\n    g: h\n  - i\n'],
    ['quoted scalars with escapes', 'a: \'it\'\'s\'\nb: "x\\ty\\u00e9"\nc: "two\n  lines"\n'],
    ['block scalars', 'a: |\n  x\n   y\nb: >-\n  p\n\n  q\nc: |+\n\n'],
    ['flow collections', 'a: [b, {c: d, e}, [f: g]]\nh: {}\n'],
    ['documents and comments', '# head\n--- # c\na: b # c\n...\n---\n- x\n'],
    ['CRLF and a BOM', '\uFEFFa: b\r\nc:\r\n  - d\r\n'],
    ['a multi-line plain scalar', 'a: b\n  c\n\n  d\ne: f\n'],
    ['anchors, aliases and merge keys', 'base: &b\n  x: 1\nc:\n  <<: *b\n  &k y: &v 2\nd: [*v, &e {z: 3}]\n'],
    ['tags', 'a: !!str 1\nb: !Ref x\nc: !<tag:yaml.org,2002:int> 3\nd: !!map\n  e: f\n--- !!seq\n- g\n'],
    ['properties alone on their line', 'a: &x !t\n  b: c\nd: &y\ne: !!null\n'],
  ])('answers for %s, as js-yaml does', (_, text) => {
    expect(check(text)).toEqual({ taken: true, parsed: true });
  });
});

describeShared('fast YAML events on the shared corpus', () => {
  const files = yamlFiles(sharedPath('corpus')).map((p) => ({ name: p, text: readFileSync(p, 'utf8') }));

  it('equal js-yaml on every file, and answer for nearly every file js-yaml parses', () => {
    const { taken, failures } = checkAll(files);
    expect(failures).toEqual([]);
    const parsable = parsableCount(files);
    expect(taken / parsable).toBeGreaterThan(0.95);
  });

  it('equal js-yaml on random mutations of every file', () => {
    const { failures } = checkAll(mutations(files, 6, 2));
    expect(failures).toEqual([]);
  });
});
