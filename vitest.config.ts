import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/announce-shared.ts', 'test/support/scratch-tmpdir.ts'],
    setupFiles: ['test/support/remove-temp-dirs.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
