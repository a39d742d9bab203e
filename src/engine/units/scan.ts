// What a unit plan needs from a file, read from its text without parsing it: the
// directories it uses (local module sources, files Terraform reads, kustomize resources)
// and the names that join units (state buckets a backend names, buckets named by literal
// elsewhere).
// A cheap over-approximation on purpose: an extra edge only lints more; a missed one
// could change findings, so the patterns err towards matching.

import { posix } from 'node:path';
import { load } from 'js-yaml';

export interface FileFacts {
  /** Paths (relative to the scan's display root, '/' separators) this file uses. */
  uses: string[];
  /** Names this file looks another unit up by (backend buckets, S3 ARNs, `bucket = "…"`). */
  consumes: string[];
  /**
   * Names this file could give a resource (or point a resource at): quoted literals without
   * `${}` outside backend blocks, computed when asked. A backend only uses its bucket: two
   * backends naming one bucket do not make either unit its holder.
   */
  literals: () => string[];
  /**
   * `name = "…${…}…"`-style templates on naming attributes, as patterns matching their
   * values (computed when asked: only when some unit looks a name up).
   */
  patterns: () => RegExp[];
  /** Helm charts (by name) whose `helm template` output this file holds (`# Source: <chart>/…`). */
  renders?: string[];
  /**
   * Terragrunt: the file's unit is configured by the units it uses (the root.hcl it includes
   * holds its remote_state), so it is joined to whatever they are joined to by a name.
   */
  inheritsJoins?: true;
}

const NO_FACTS: FileFacts = { uses: [], consumes: [], literals: () => [], patterns: () => [] };
const HELM_SOURCE = /^# Source: ([^/\s]+)\//gm;

/** Committed `helm template` output: the charts it was rendered from (findings are mapped back into them). */
export function helmOutputFacts(text: string): FileFacts | undefined {
  const renders = [...new Set([...text.matchAll(HELM_SOURCE)].map((m) => m[1]))];
  return renders.length > 0 ? { ...NO_FACTS, renders } : undefined;
}

/** The `name:` of a Chart.yaml. */
export function chartName(text: string): string | undefined {
  return /^name:\s*['"]?([^'"\s#]+)/m.exec(text)?.[1];
}

const QUOTED = /"((?:[^"\\\n]|\\.)*)"/g;
const MODULE_SOURCE = /\bsource\s*[=:]\s*"(\.\.?\/[^"]*|\.\.?)"/g;
const READ_CALL = /\b(?:templatefile|file|fileexists|filebase64|yamldecode\(\s*file)\s*\(\s*"([^"]*)"/g;
// Blocks naming a state store to read or write: a backend, a remote state lookup, Terragrunt's remote_state.
const BACKEND = /\b(?:backend\s+"(?:s3|gcs|azurerm)"|data\s+"terraform_remote_state"|remote_state)\s*[^{]*\{/g;
const STORE_NAME = /\b(?:bucket|storage_account_name)\s*=\s*"([^"$\n]+)"/g;
const NAMING = /\b(?:bucket|name|storage_account_name|bucket_prefix)\s*=\s*"([^"\n]*\$\{[^"\n]*)"/g;
const S3_ARN = /arn:aws[\w-]*:s3:::([^/"*${}\s]+)/g;

/** Terraform (`.tf`, `.tf.json`, backend config files) in directory `dir`. */
export function terraformFacts(text: string, dir: string): FileFacts {
  // Each pattern only where its keyword occurs: most files have none of them.
  const uses: string[] = [];
  if (text.includes('source')) for (const m of text.matchAll(MODULE_SOURCE)) uses.push(join(dir, m[1]));
  if (text.includes('file'))
    for (const m of text.matchAll(READ_CALL)) {
      const p = m[1].replace(/^\$\{path\.module\}\/?/, '');
      if (!p.includes('${')) uses.push(join(dir, p));
    }
  const consumes: string[] = [];
  const names = text.includes('bucket') || text.includes('storage_account_name');
  const backends: [start: number, end: number][] = [];
  if (names && (text.includes('backend') || text.includes('remote_state')))
    for (const [start, end] of blocks(text, BACKEND)) {
      backends.push([start, end]);
      for (const m of text.slice(start, end).matchAll(STORE_NAME)) consumes.push(m[1]);
    }
  if (text.includes(':s3:::')) for (const m of text.matchAll(S3_ARN)) consumes.push(m[1]);
  if (names) for (const m of text.matchAll(STORE_NAME)) consumes.push(m[1]);
  return { uses, consumes, ...lazyNames(text, backends) };
}

/**
 * Quoted literals outside the backend blocks (`[start, end)` offsets) and naming templates,
 * read only when some unit looks a name up (joinByName asks).
 */
function lazyNames(text: string, backends: [number, number][]): Pick<FileFacts, 'literals' | 'patterns'> {
  let literals: string[] | undefined;
  let patterns: RegExp[] | undefined;
  const inBackend = (at: number) => backends.some(([start, end]) => at >= start && at < end);
  return {
    literals: () => {
      if (!literals) {
        literals = [];
        for (const m of text.matchAll(QUOTED)) if (!m[1].includes('${') && !inBackend(m.index)) literals.push(m[1]);
      }
      return literals;
    },
    patterns: () =>
      (patterns ??= text.includes('${') ? [...text.matchAll(NAMING)].map((m) => templatePattern(m[1])) : []),
  };
}

const PATH_LITERAL = /"(\.\.?\/[^"$]*)"/g;
const TEMPLATED_PATH = /"\$\{[^"]*?\}\/([^"$]+)"/g;

/**
 * Terragrunt (`terragrunt.hcl`, `root.hcl`, other `*.hcl` of its tree) in directory `dir`.
 * Its paths are mostly computed (`find_in_parent_folders()`, `get_parent_terragrunt_dir()`),
 * so it uses every folder above it (where `root.hcl`, `env.hcl` live), every relative
 * path it writes (`dependency` `config_path`), and for `"${…}/rest"` the `rest` under each
 * of those folders (`${get_parent_terragrunt_dir()}/modules/mysql`, `…/_envcommon/app.hcl`).
 */
export function terragruntFacts(text: string, dir: string): FileFacts {
  const facts = terraformFacts(text, dir);
  const ancestors: string[] = [];
  for (let d = dir; ; d = d.includes('/') ? d.slice(0, d.lastIndexOf('/')) : '.') {
    ancestors.push(d);
    if (d === '.') break;
  }
  const uses = [...facts.uses, ...ancestors];
  for (const m of text.matchAll(PATH_LITERAL)) uses.push(join(dir, m[1]));
  for (const m of text.matchAll(TEMPLATED_PATH)) for (const a of ancestors) uses.push(join(a, m[1]));
  return { ...facts, uses, inheritsJoins: true };
}

/** `*.tfbackend` / `backend.hcl`: every store setting names the state bucket. */
export function backendConfigFacts(text: string): FileFacts {
  return { ...NO_FACTS, consumes: [...text.matchAll(STORE_NAME)].map((m) => m[1]) };
}

/**
 * A kustomization file in `dir`: every relative path it lists, whatever the key
 * (resources, bases, components, patches, generator files). Remote references are not
 * units here; a file that does not parse uses nothing (kustomize cannot read it either).
 */
export function kustomizationFacts(text: string, dir: string): FileFacts {
  let doc: unknown;
  try {
    doc = load(text, { maxAliases: 100 });
  } catch {
    return NO_FACTS;
  }
  const uses: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      const value = v.replace(/^[\w.-]+=/, ''); // `key=path` in generators
      if (value !== '' && !value.includes('://') && !value.includes('\n') && !posix.isAbsolute(value))
        uses.push(join(dir, value));
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(doc);
  return { ...NO_FACTS, uses };
}

/** A `${…}` template as a pattern: literal parts kept, each interpolation any text. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\$\{[^}]*\}/);
  return new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

/** The `[start, end)` offsets of the `{…}` body following each match of `header` (brace counting, strings not special). */
function* blocks(text: string, header: RegExp): Generator<[number, number]> {
  for (const m of text.matchAll(header)) {
    const start = m.index + m[0].length;
    let depth = 1;
    let i = start;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
    }
    yield [start, i];
  }
}

function join(dir: string, rel: string): string {
  const p = posix.normalize(posix.join(dir === '.' ? '' : dir, rel));
  return p === '' || p === './' ? '.' : p.replace(/\/$/, '');
}
