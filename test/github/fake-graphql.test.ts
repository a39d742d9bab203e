// The fake GitHub's GraphQL validation must catch what GitHub would refuse, or the tests
// that rely on it prove nothing.
import { describe, expect, it } from 'vitest';
import { parseGraphqlRequest } from './fake-graphql.js';

const THREADS = `query T($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  viewer { login }
  repository(owner: $owner, name: $repo) { pullRequest(number: $number) {
    reviewThreads(first: 100, after: $cursor) { pageInfo { hasNextPage endCursor } nodes { id isResolved } } } }
}`;
const VARS = { owner: 'o', repo: 'r', number: 1, cursor: null };

describe('the fake GitHub GraphQL validator', () => {
  it('accepts a well-formed query and mutation', () => {
    expect(parseGraphqlRequest({ query: THREADS, variables: VARS })).toEqual({
      kind: 'query',
      name: 'T',
      variables: VARS,
    });
    const resolve =
      'mutation R($id: ID!) { resolveReviewThread(input: { threadId: $id }) { thread { id isResolved } } }';
    expect(parseGraphqlRequest({ query: resolve, variables: { id: 'PRRT_1' } })).toMatchObject({ kind: 'mutation' });
  });

  it.each([
    [
      'an unknown field',
      { query: THREADS.replace('isResolved', 'isResolvd'), variables: VARS },
      /has no field isResolvd/,
    ],
    [
      'a missing selection',
      { query: THREADS.replace('viewer { login }', 'viewer'), variables: VARS },
      /needs a selection/,
    ],
    [
      'a selection on a scalar',
      { query: THREADS.replace('{ login }', '{ login { x } }'), variables: VARS },
      /takes no selection/,
    ],
    [
      'a missing required variable',
      { query: THREADS, variables: { ...VARS, number: undefined } },
      /\$number is required/,
    ],
    ['a variable of the wrong type', { query: THREADS, variables: { ...VARS, number: '1' } }, /\$number is not a Int/],
    ['an undeclared variable', { query: THREADS, variables: { ...VARS, extra: 1 } }, /\$extra is not declared/],
    [
      'an unknown argument',
      { query: THREADS.replace('first: 100', 'last: 100'), variables: VARS },
      /has no argument last/,
    ],
    [
      'a nullable variable for a required argument',
      { query: THREADS.replace('$number: Int!', '$number: Int'), variables: VARS },
      /may be null/,
    ],
    ['unbalanced braces', { query: THREADS.slice(0, -2), variables: VARS }, /expected \}|unbalanced/],
    ['an anonymous document', { query: '{ viewer { login } }' }, /one named query or mutation/],
    ['an unknown body key', { query: THREADS, variables: VARS, extensions: {} }, /unknown body key extensions/],
  ])('refuses %s', (_what, body, message) => {
    const result = parseGraphqlRequest(body);
    expect(Array.isArray(result)).toBe(true);
    expect((result as string[]).join('; ')).toMatch(message);
  });
});
