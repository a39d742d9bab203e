// Meta-test failures are lists of problems; the assertion message carries the whole list
// so every reporter (including JSON and CI logs without diffs) names what is wrong.
import { expect } from 'vitest';

export function expectNoProblems(problems: readonly string[], what: string): void {
  expect(problems, `${what}:\n  - ${problems.join('\n  - ')}\n`).toEqual([]);
}
