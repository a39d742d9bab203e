// Vitest global setup: says once per run (not once per test file) that ../shared is absent.
import { HAS_SHARED, SHARED_DIR } from './shared.js';

export default function announceShared(): void {
  if (!HAS_SHARED) console.warn(`[arch-lint tests] ${SHARED_DIR} is absent: tests on the shared corpus are skipped.`);
}
