// Paths inside Terragrunt evaluation. Terragrunt's functions return absolute paths; here
// the working directory of the scan stands for `/scan`, so `find_in_parent_folders()` and
// `get_terragrunt_dir()` give `/scan/live/prod/...` and a value built from them converts
// back to the display path (`live/prod/...`) the rest of the model uses.

import { posix } from 'node:path';

const ROOT = '/scan';

/** `live/prod` → `/scan/live/prod`; `.` → `/scan`. */
export function toVirtual(display: string): string {
  return posix.join(ROOT, display);
}

/** `/scan/live/prod` → `live/prod`; `/scan` → `.`; a path outside the scan stays `../...`. */
export function toDisplay(virtual: string): string {
  return posix.relative(ROOT, posix.normalize(virtual)) || '.';
}

/** A path as written in a config, resolved against a (virtual) directory. */
export function resolveIn(dir: string, path: string): string {
  return posix.normalize(posix.isAbsolute(path) ? path : posix.join(dir, path));
}
