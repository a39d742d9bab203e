// The heap of a run. A run allocates fast and keeps little: each unit's parse trees and
// model die when the unit is done. V8 sizes its heap at up to four times what survives a
// collection when collections are cheap, so peak memory followed how long the run went on
// rather than what it holds (docs/performance.md). Capped at twice: measured no slower.

import { setFlagsFromString } from 'node:v8';

let tuned = false;

/** For the processes arch-lint owns (the CLI, the Action), once, before the run; never for a library caller's. */
export function tuneHeapForRuns(): void {
  if (tuned) return;
  tuned = true;
  setFlagsFromString('--heap-growing-percent=100');
}
