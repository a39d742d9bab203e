// Changed-units mode checked against a full run of the same change: the findings of the
// units it selects must be exactly those the full run gives for them, on both sides, and
// its new and fixed findings exactly the full run's.
import { expect } from 'vitest';
import { lintChange, type ChangeLint } from '../../src/engine/diff-base.js';
import type { Finding } from '../../src/findings/finding.js';
import { GitRepo } from '../../src/git/repo.js';
import { lint } from './lint.js';

const keys = (fs: Finding[]) => fs.map((f) => JSON.stringify(f)).sort();

/** The change from `base` to `head` in the repository at `dir`, linted whole and in changed-units mode. */
export async function fullAndChanged(
  dir: string,
  base: string,
  head: string,
): Promise<{ full: ChangeLint; changed: ChangeLint }> {
  const repo = (await GitRepo.open(dir))!;
  const options = { paths: ['.'], cwd: dir, kustomize: 'in-process' as const };
  const full = await lintChange(options, { repo, baseSha: base, headSha: head }, lint);
  const changed = await lintChange(options, { repo, baseSha: base, headSha: head, changedOnly: true }, lint);
  return { full, changed };
}

/** The units changed-units mode selected, on either side (a folder may exist on one side only), sorted. */
export function selectedUnits(changed: ChangeLint): string[] {
  return [...new Set([...changed.head.summary.scope!.ids!, ...changed.base.summary.scope!.ids!])].sort();
}

/**
 * The changed run reports what the full run reports in the selected units (a finding in
 * one, or reached from one: a module's line related to the root calling it), and finds
 * the full run's new and fixed findings. `unitOf`: the unit owning a file.
 */
export function expectFullRunFiltered(
  { full, changed }: { full: ChangeLint; changed: ChangeLint },
  unitOf: (path: string) => string,
): void {
  const selected = new Set(selectedUnits(changed));
  const inUnits = (fs: Finding[]) =>
    fs.filter((f) => [f.file, ...(f.related ?? []).map((r) => r.file)].some((p) => selected.has(unitOf(p))));
  expect(keys(changed.head.findings)).toEqual(keys(inUnits(full.head.findings)));
  expect(keys(changed.base.findings)).toEqual(keys(inUnits(full.base.findings)));
  expect(keys(changed.delta.new)).toEqual(keys(full.delta.new));
  expect(keys(changed.delta.fixed)).toEqual(keys(full.delta.fixed));
  expect(changed.head.summary.scope).toMatchObject({ mode: 'changed' });
}
