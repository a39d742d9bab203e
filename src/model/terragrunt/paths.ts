// Paths inside Terragrunt evaluation. Terragrunt's functions return absolute paths; here
// the working directory of the scan stands for `/`, so `find_in_parent_folders()` and
// `get_terragrunt_dir()` give `/live/prod/...` and a value built from them converts back
// to the display path (`live/prod/...`) the rest of the model uses.

import { posix } from 'node:path';

/** `live/prod` → `/live/prod`; `.` → `/`. */
export function toVirtual(display: string): string {
  return display === '.' ? '/' : posix.normalize(`/${display}`);
}

/** `/live/prod` → `live/prod`; `/` → `.`. */
export function toDisplay(virtual: string): string {
  const trimmed = posix.normalize(virtual).replace(/^\/+/, '').replace(/\/+$/, '');
  return trimmed === '' ? '.' : trimmed;
}

/** A path as written in a config, resolved against a (virtual) directory. */
export function resolveIn(dir: string, path: string): string {
  return posix.normalize(posix.isAbsolute(path) ? path : posix.join(dir, path));
}
