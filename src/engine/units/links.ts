// What ties files of different directories together, read before anything is modelled so
// the scan can be split into deployment units (units.ts): local module calls between
// Terraform directories, the folders a kustomization includes, and the files Terraform
// reads with templatefile() / file(). Only files that can hold such a link are parsed here
// (a module call needs the word `module`, a reader its function name); their trees are
// dropped once the links are read.

import { posix } from 'node:path';
import { defineModule, resolveLocalSource, type ModuleDef, type TfDirInput } from '../../model/terraform/module-def.js';
import { localCalls } from '../../model/terraform/build.js';
import { isKustomizationFile } from '../../model/kubernetes/kustomize/kustomization.js';
import { SourceFile } from '../../parse/source.js';
import type { YNode } from '../../parse/yaml/ast.js';
import type { Candidate } from '../../read/discover.js';
import type { FileSource } from '../../read/file-source.js';
import { HeldFiles } from '../../read/held-files.js';
import { decodedText, type Loaded } from '../../read/load.js';
import { parseFiles, type ParseLimits } from '../parse-files.js';
import { referencedFiles } from '../terraform-templates.js';

export interface UnitLinks {
  /** Every Terraform module directory (normalised, sorted) → the scanned directories it calls. */
  calls: Map<string, string[]>;
  /** Directories a kustomization joins: its own and each folder (or file's folder) it names. */
  kustomize: [string, string][];
  /** Files Terraform reads with templatefile() / file() (normalised paths). */
  templates: Set<string>;
  /** The source to lint the units from: it hands out the files this pass read (each once, held.ts). */
  source: FileSource;
}

const MODULE = /\bmodule\b/;
const READER = /\b(?:templatefile|file)\s*\(/;
/** What every file matching MODULE or READER holds: searched in its bytes before any decoding. */
const MODULE_BYTES = Buffer.from('module');
const FILE_BYTES = Buffer.from('file');

export function dirOf(path: string): string {
  return resolveLocalSource(posix.dirname(path), '.');
}

export function isModuleFile(c: Candidate): boolean {
  return c.kind === 'terraform' || c.kind === 'terraform-json';
}

function isHcl(c: Candidate): boolean {
  return isModuleFile(c) || c.kind === 'tfvars' || c.kind === 'tfvars-json' || c.kind === 'backend-config';
}

export async function scanLinks(candidates: Candidate[], limits: ParseLimits, source: FileSource): Promise<UnitLinks> {
  const hcl = candidates.filter(isHcl);
  const kustomizations = candidates.filter((c) => c.abs !== '-' && isKustomizationFile(c.path));
  await source.prefetch?.([...hcl, ...kustomizations], limits.maxFileBytes);
  const held = new HeldFiles(source);
  // Read each file once (held for its unit); decode and parse it only when it can hold a link.
  const linking: Candidate[] = [];
  const texts = new Map<string, string>();
  for (const c of hcl) {
    const text = linkingText(c, limits.maxFileBytes, held, source);
    if (text !== undefined) {
      linking.push(c);
      texts.set(c.abs, text);
    }
  }
  const parsed = (await parseFiles(linking, limits, undefined, textSource(source, held, texts))).parsed;

  // A directory per module file, worked out once per file (a path normalised per call costs).
  const dirs = new Map<string, TfDirInput>();
  let lastParent: string | undefined; // candidates come sorted: a folder's files one after another
  for (const c of hcl) {
    if (!isModuleFile(c)) continue;
    const parent = posix.dirname(c.path);
    if (parent === lastParent) continue;
    lastParent = parent;
    const dir = dirOf(c.path);
    if (!dirs.has(dir)) dirs.set(dir, { dir, files: [], tfvars: [], backendConfigs: [] });
  }
  for (const f of parsed)
    if (f.kind === 'hcl' && isModuleFile(f.candidate) && MODULE.test(f.source.text))
      dirs.get(dirOf(f.source.path))!.files.push({ file: f.source, hcl: f.hcl });
  const defs = new Map<string, ModuleDef>();
  for (const d of [...dirs.values()].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0)))
    defs.set(d.dir, defineModule(d));

  return {
    calls: localCalls(defs),
    kustomize: await kustomizeLinks(kustomizations, limits, held, textSource(source, held, new Map())),
    templates: referencedFiles(parsed.filter((f) => READER.test(f.source.text))),
    source: held.source(),
  };
}

/** The text of a file that may hold a module call or a file read; undefined when it cannot (or cannot be read). */
function linkingText(c: Candidate, maxBytes: number, held: HeldFiles, source: FileSource): string | undefined {
  const bytes = held.bytes(c, maxBytes);
  let text: string | undefined;
  if (bytes) {
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (b.indexOf(MODULE_BYTES) === -1 && b.indexOf(FILE_BYTES) === -1) return undefined;
    text = decodedText(b);
  } else {
    const loaded = source.load(c, maxBytes);
    text = loaded.ok ? loaded.source.text : undefined;
  }
  return text !== undefined && (MODULE.test(text) || READER.test(text)) ? text : undefined;
}

/** The texts already decoded, and the held files (kept for the units), so the pass reads each file once. */
function textSource(source: FileSource, held: HeldFiles, texts: Map<string, string>): FileSource {
  return {
    ...source,
    prefetch: undefined,
    load: (c, max) => {
      const text = texts.get(c.abs);
      return text === undefined ? held.peek(c, max) : loadedText(c.path, text);
    },
  };
}

async function kustomizeLinks(files: Candidate[], limits: ParseLimits, held: HeldFiles, source: FileSource) {
  for (const c of files) held.bytes(c, limits.maxFileBytes); // held for their units too
  const out: [string, string][] = [];
  for (const f of (await parseFiles(files, limits, undefined, source)).parsed) {
    if (f.kind !== 'yaml') continue;
    const dir = dirOf(f.source.path);
    // Every string that names a path: resources, bases, components, patches, generators.
    for (const doc of f.stream.documents)
      for (const s of strings(doc.root)) {
        if (s === '' || s.includes('://') || posix.isAbsolute(s)) continue;
        const target = resolveLocalSource(dir, s);
        out.push([dir, target], [dir, dirOf(target)]);
      }
  }
  return out;
}

function* strings(node: YNode | null | undefined): Generator<string> {
  if (!node) return;
  if (node.kind === 'scalar') {
    if (typeof node.value === 'string') yield node.value;
  } else if (node.kind === 'seq') for (const n of node.items) yield* strings(n);
  else if (node.kind === 'map') for (const p of node.pairs) yield* strings(p.value);
}

function loadedText(path: string, text: string): Loaded {
  return { ok: true, source: new SourceFile(path, text) };
}
