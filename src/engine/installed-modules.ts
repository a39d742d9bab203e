// Modules `terraform init` installed: `.terraform/modules/modules.json` in a root maps each
// module call path (`vpc`, `vpc.subnets`) to the directory holding its code. The code of
// registry and git sources is read from there (TFLint's `--call-module-type=all`), so their
// resources are judged like a local module's; discovery itself never enters `.terraform/`.

import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Candidate } from '../read/discover.js';
import { displayPath } from '../read/discover.js';
import type { FileSource } from '../read/file-source.js';
import { kindOf } from '../read/kinds.js';
import { parseFiles, type ParsedFile, type ParseLimits } from './parse-files.js';

/** Installed directories followed per scan: a hostile manifest cannot make the run read a whole disk. */
const MAX_INSTALLED_DIRS = 1000;

export interface InstalledModule {
  /** Display path of the installed directory. */
  dir: string;
  /** The call's `Source` as terraform recorded it (registry address, git URL). */
  source: string;
  version?: string;
}

export interface InstalledModules {
  /** Root directory (display path) → module call path (`vpc.subnets`) → installed module. */
  manifests: Map<string, Map<string, InstalledModule>>;
  /** The parsed `.tf` / `.tf.json` files of the installed directories. */
  files: ParsedFile[];
}

interface ManifestEntry {
  Key: string;
  Source: string;
  Dir: string;
  Version?: string;
}

function entries(text: string): ManifestEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  const list = (json as { Modules?: unknown } | null)?.Modules;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (e): e is ManifestEntry =>
      typeof e === 'object' &&
      e !== null &&
      typeof e.Key === 'string' &&
      typeof e.Source === 'string' &&
      typeof e.Dir === 'string' &&
      (e.Version === undefined || typeof e.Version === 'string'),
  );
}

function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel);
}

/** Reads the manifests of the scanned Terraform directories and parses what they point at in `.terraform/`. */
export async function readInstalledModules(
  candidates: Candidate[],
  source: FileSource,
  cwd: string,
  limits: ParseLimits,
): Promise<InstalledModules> {
  const manifests = new Map<string, Map<string, InstalledModule>>();
  const rootDirs = new Set<string>();
  for (const c of candidates) if (c.kind === 'terraform' || c.kind === 'terraform-json') rootDirs.add(dirname(c.abs));
  const toRead = new Map<string, string>(); // abs dir → display dir
  for (const rootAbs of [...rootDirs].sort()) {
    const dotTerraform = join(rootAbs, '.terraform');
    const manifest = await source.readText(join(dotTerraform, 'modules', 'modules.json'));
    if (!manifest.ok) continue;
    const byKey = new Map<string, InstalledModule>();
    for (const e of entries(manifest.text)) {
      const abs = resolve(rootAbs, e.Dir);
      // Only what terraform installed: local sources are scanned as themselves.
      if (e.Key === '' || !isInside(dotTerraform, abs) || source.outside(abs)) continue;
      if (!toRead.has(abs) && toRead.size >= MAX_INSTALLED_DIRS) continue;
      const dir = displayPath(cwd, abs);
      toRead.set(abs, dir);
      byKey.set(e.Key, { dir, source: e.Source, ...(e.Version ? { version: e.Version } : {}) });
    }
    if (byKey.size > 0) manifests.set(displayPath(cwd, rootAbs), byKey);
  }
  const installed: Candidate[] = [];
  for (const [abs, dir] of [...toRead].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const names = (await source.listFiles(abs)) ?? [];
    for (const name of names.sort()) {
      const kind = kindOf(name);
      if (kind === 'terraform' || kind === 'terraform-json')
        installed.push({ abs: join(abs, name), path: `${dir}/${name}`, kind, explicit: false });
    }
  }
  // Files terraform itself would have refused are not anybody's to fix here: dropped quietly.
  const parsed = await parseFiles(installed, limits, undefined, source);
  return { manifests, files: parsed.parsed };
}
