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
import type { Loaded } from '../../read/load.js';
import { parseFiles, type ParseLimits } from '../parse-files.js';
import { referencedFiles } from '../terraform-templates.js';

export interface UnitLinks {
  /** Every Terraform module directory (normalised, sorted) → the scanned directories it calls. */
  calls: Map<string, string[]>;
  /** Directories a kustomization joins: its own and each folder (or file's folder) it names. */
  kustomize: [string, string][];
  /** Files Terraform reads with templatefile() / file() (normalised paths). */
  templates: Set<string>;
}

const MODULE = /\bmodule\b/;
const READER = /\b(?:templatefile|file)\s*\(/;

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
  // Load each file once; parse it only when its text can hold a link.
  const linking: Candidate[] = [];
  const texts = new Map<string, string>();
  for (const c of hcl) {
    const loaded = source.load(c, limits.maxFileBytes);
    if (!loaded.ok) continue;
    const text = loaded.source.text;
    if (MODULE.test(text) || READER.test(text)) {
      linking.push(c);
      texts.set(c.abs, text);
    }
  }
  const parsed = (await parseFiles(linking, limits, undefined, textSource(source, texts))).parsed;

  const dirs = new Map<string, TfDirInput>();
  for (const c of hcl)
    if (isModuleFile(c) && !dirs.has(dirOf(c.path)))
      dirs.set(dirOf(c.path), { dir: dirOf(c.path), files: [], tfvars: [], backendConfigs: [] });
  for (const f of parsed)
    if (f.kind === 'hcl' && isModuleFile(f.candidate) && MODULE.test(f.source.text))
      dirs.get(dirOf(f.source.path))!.files.push({ file: f.source, hcl: f.hcl });
  const defs = new Map<string, ModuleDef>();
  for (const d of [...dirs.values()].sort((a, b) => (a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0)))
    defs.set(d.dir, defineModule(d));

  return {
    calls: localCalls(defs),
    kustomize: await kustomizeLinks(kustomizations, limits, source),
    templates: referencedFiles(parsed.filter((f) => READER.test(f.source.text))),
  };
}

/** The already loaded texts, so a file is read once even from a source that reads each blob once. */
function textSource(source: FileSource, texts: Map<string, string>): FileSource {
  return {
    ...source,
    prefetch: undefined,
    load: (c, max) => {
      const text = texts.get(c.abs);
      return text === undefined ? source.load(c, max) : loadedText(c.path, text);
    },
  };
}

async function kustomizeLinks(files: Candidate[], limits: ParseLimits, source: FileSource) {
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
