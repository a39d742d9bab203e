// Entry point of the GitHub Action (bundled into dist/index.js): wires @actions/core, the
// lint pipeline and the reporters into runAction.

import * as core from '@actions/core';
import { lint, workerScript } from './engine/lint.js';
import { tuneHeapForRuns } from './engine/heap.js';
import { builtinRules } from '../rules/index.js';
import { runAction } from './github/run.js';
import { REPORTERS } from './report/index.js';
import { VERSION } from './version.js';

async function main(): Promise<void> {
  tuneHeapForRuns();
  await runAction({
    io: {
      getInput: (name) => core.getInput(name),
      setOutput: (name, value) => core.setOutput(name, value),
      setFailed: (message) => core.setFailed(message),
      info: (line) => core.info(line),
      warning: (line) => core.warning(line),
      stdout: (text) => {
        if (text) process.stdout.write(text);
      },
      appendJobSummary: async (markdown) => {
        if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown).write();
      },
    },
    env: process.env,
    // Units are linted in worker threads running dist/worker.js, next to this bundle.
    lint: (options) => lint(options, builtinRules, { workerScript: workerScript(import.meta.url) }),
    reporters: { sarif: REPORTERS.sarif, markdown: REPORTERS.markdown, github: REPORTERS.github },
    toolVersion: VERSION,
  });
}

main().catch((error: unknown) => {
  core.setFailed(
    `arch-lint internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
});
