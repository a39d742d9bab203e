// The files as the fix passes have changed them, in memory: each pass lints the fixed
// texts without writing anything, so `--fix-dry-run` shows exactly what `--fix` writes.

import { join } from 'node:path';
import { SourceFile } from '../../parse/source.js';
import type { FileSource } from '../../read/file-source.js';

/** `base` with the texts of `overlay` (absolute path → text) in place of the files'. */
export function overlaySource(base: FileSource, overlay: ReadonlyMap<string, string>): FileSource {
  return {
    get label() {
      return base.label;
    },
    discover: (paths, options) => base.discover(paths, options),
    prefetch: base.prefetch && ((candidates, maxBytes) => base.prefetch!(candidates, maxBytes)),
    load(candidate, maxBytes) {
      const text = overlay.get(candidate.abs);
      return text === undefined
        ? base.load(candidate, maxBytes)
        : { ok: true, source: new SourceFile(candidate.path, text) };
    },
    async readText(abs) {
      const text = overlay.get(abs);
      return text === undefined ? base.readText(abs) : { ok: true, text };
    },
    listFiles: (dir) => base.listFiles(dir),
    findUp: (start, names) => base.findUp(start, names),
    outside: (abs) => base.outside(abs),
    // A chart copied for helm carries the fixed values files: later passes render them.
    async snapshot(absDir, limits) {
      const snap = await base.snapshot(absDir, limits);
      if (!snap.ok) return snap;
      const files = snap.snapshot.files.map((f) => {
        const text = overlay.get(join(absDir, f.rel));
        return text === undefined ? f : { rel: f.rel, bytes: Buffer.from(text, 'utf8') };
      });
      return { ok: true, snapshot: { ...snap.snapshot, files } };
    },
  };
}
