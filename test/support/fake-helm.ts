// The stand-in helm (test/support/fake-helm/helm) installed in a fresh folder to put on
// PATH, replaying the renderings of `replayDir`; and the calls it received.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_DIR } from './shared.js';

export function installFakeHelm(replayDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'fake-helm-bin-'));
  copyFileSync(join(REPO_DIR, 'test/support/fake-helm/helm'), join(dir, 'helm'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  writeFileSync(join(dir, 'replay-dir'), replayDir);
  return dir;
}

export interface HelmCall {
  args: string[];
  env: Record<string, string>;
}

export function helmCalls(binDir: string): HelmCall[] {
  const log = join(binDir, 'calls.jsonl');
  return existsSync(log)
    ? readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as HelmCall)
    : [];
}

/** The file the stand-in replays for a release rendered with these values texts (values.yaml first). */
export function replayFile(release: string, values: string[]): string {
  const hash = createHash('sha256');
  for (const [i, v] of values.entries()) {
    if (i > 0) hash.update('\0');
    hash.update(v);
  }
  return `${release}@${hash.digest('hex').slice(0, 12)}.yaml`;
}
