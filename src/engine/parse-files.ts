// read → parse: each candidate file becomes a parsed file or a problem with a position.

import type { Candidate } from '../read/discover.js';
import { diskSource, type FileSource } from '../read/file-source.js';
import { decode } from '../read/load.js';
import type { HclFile } from '../parse/hcl/ast.js';
import { parseTfJson } from '../parse/hcl/json.js';
import { parseHcl } from '../parse/hcl/parser.js';
import { SourceFile, type Range } from '../parse/source.js';
import type { YamlStream } from '../parse/yaml/ast.js';
import { helmSources } from '../parse/yaml/helm.js';
import { parseYamlStream, type YamlLimits } from '../parse/yaml/parse.js';
import { isKubernetesObject } from '../model/kubernetes/classify.js';
import { planOutcome } from './plan-files.js';
import type { PlanDocument } from '../parse/plan-json/document.js';

export type ParsedFile =
  | { kind: 'hcl'; candidate: Candidate; source: SourceFile; hcl: HclFile }
  | { kind: 'yaml'; candidate: Candidate; source: SourceFile; stream: YamlStream; helm: (string | undefined)[] }
  | { kind: 'tfstate'; candidate: Candidate; source: SourceFile }
  | { kind: 'plan'; candidate: Candidate; source: SourceFile; plan: PlanDocument };

export interface FileProblem {
  source: SourceFile;
  message: string;
  range: Range;
}

export interface ParseOutcome {
  parsed: ParsedFile[];
  problems: FileProblem[];
}

export interface ParseLimits {
  maxFileBytes: number;
  yaml: Partial<YamlLimits>;
}

const DISK = diskSource();

export async function parseFiles(
  candidates: Candidate[],
  limits: ParseLimits,
  stdin?: Uint8Array | string,
  files: FileSource = DISK,
  /** Called after each file with the number parsed so far. */
  onParsed?: (done: number) => void,
): Promise<ParseOutcome> {
  await files.prefetch?.(candidates, limits.maxFileBytes);
  // One file at a time, synchronously: reads are cheap system calls (see loadFileSync) and
  // parsing is CPU-bound, so overlapping them bought nothing but promise overhead.
  const parsed: ParsedFile[] = [];
  const problems: FileProblem[] = [];
  for (const candidate of candidates) {
    const r = parseOne(candidate, limits, files, stdin);
    if (r.parsed) parsed.push(r.parsed);
    if (r.problem) problems.push(r.problem);
    onParsed?.(parsed.length + problems.length);
  }
  return { parsed, problems };
}

function parseOne(
  candidate: Candidate,
  limits: ParseLimits,
  files: FileSource,
  stdin?: Uint8Array | string,
): { parsed?: ParsedFile; problem?: FileProblem } {
  // State files are flagged by name; their contents (secrets) are never read.
  if (candidate.kind === 'tfstate')
    return { parsed: { kind: 'tfstate', candidate, source: new SourceFile(candidate.path, '') } };

  const loaded =
    candidate.abs === '-'
      ? decode(Buffer.from(stdin ?? ''), candidate.path)
      : files.load(candidate, limits.maxFileBytes);
  // Other JSON files found in a walk are linted only when their content is a Terraform plan.
  if (!loaded.ok && candidate.kind === 'json' && !candidate.explicit) return {};
  if (!loaded.ok) {
    const message = `File not linted: ${loaded.reason}.`;
    if (loaded.at) {
      const { source, offset } = loaded.at;
      return { problem: { source, message, range: source.range(offset, Math.min(offset + 1, source.text.length)) } };
    }
    const source = new SourceFile(candidate.path, '');
    return { problem: { source, message, range: source.range(0, 0) } };
  }
  const source = loaded.source;
  if (candidate.kind === 'json') {
    const plan = planOutcome(source);
    if (plan && 'plan' in plan) return { parsed: { kind: 'plan', candidate, source, plan: plan.plan } };
    if (plan) return plan;
    // Named on the command line, it is read as YAML (JSON is YAML) like any other file.
    if (!candidate.explicit) return {};
  }
  switch (candidate.kind) {
    case 'terraform':
    case 'tfvars':
    case 'backend-config':
    case 'terragrunt':
    case 'hcl':
      return { parsed: { kind: 'hcl', candidate, source, hcl: parseHcl(source) } };
    case 'terraform-json':
    case 'tfvars-json':
      return { parsed: { kind: 'hcl', candidate, source, hcl: parseTfJson(source) } };
    default: {
      const stream = parseYamlStream(source, { ...limits.yaml, maxBytes: limits.maxFileBytes });
      return { parsed: { kind: 'yaml', candidate, source, stream, helm: helmSources(stream, source) } };
    }
  }
}

/** Syntax errors and limit violations of a parsed file, as positioned problems. */
export function parseProblems(file: ParsedFile): FileProblem[] {
  if (file.kind === 'hcl')
    return file.hcl.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => ({ source: file.source, message: d.message, range: d.range }));
  if (file.kind === 'yaml')
    return file.stream.errors
      .filter((e) => e.reason !== 'duplicate-key' || isKubernetesObject(file.stream.documents[e.document!]?.root))
      .map((e) => ({ source: file.source, message: e.message, range: e.range }));
  return [];
}
