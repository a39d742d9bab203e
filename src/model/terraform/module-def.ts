// The static content of one module directory: its declarations, indexed by name.
// Instances (a root, or each call of a child) evaluate these in their own scope.

import { posix } from 'node:path';
import type { Attribute, Block, HclFile } from '../../parse/hcl/ast.js';
import type { SourceFile } from '../../parse/source.js';
import { EMPTY_SCOPE, evaluate } from './evaluate.js';
import type { Value } from './value.js';
import type { ExternalOrigin } from './types.js';

export type { ExternalOrigin };

/** The parsed files of one module directory (built by the engine from the scan). */
export interface TfFileInput {
  file: SourceFile;
  hcl: HclFile;
}

export interface TfDirInput {
  /** Display path, '/' separators, '.' for the working directory. */
  dir: string;
  /** *.tf and *.tf.json of the directory (already parsed). */
  files: TfFileInput[];
  /** terraform.tfvars(.json) and *.auto.tfvars(.json), in Terraform's load order. */
  tfvars: TfFileInput[];
  /** *.tfbackend and backend.hcl in the directory. */
  backendConfigs: TfFileInput[];
  /** Set when a Terragrunt unit runs this directory as a root (src/model/terragrunt/roots.ts). */
  terragrunt?: TerragruntRun;
  /** Code nobody edits in this repository: installed by `terraform init`, or a registry table entry. */
  external?: ExternalOrigin;
}

export interface TerragruntRun {
  /** The unit's `terragrunt.hcl` (or the root config judged on its own). */
  file: SourceFile;
  /** `inputs`, as root variables, when the unit runs its own .tf files. */
  inputs: Map<string, Value>;
  /** The module call standing for `terraform { source }`: its module is the root, unprefixed. */
  call?: Block;
}

export interface Declared<T = Block> {
  node: T;
  file: SourceFile;
}

export interface ResourceDecl extends Declared {
  mode: 'managed' | 'data';
  resourceType: string;
  name: string;
}

export interface ModuleDef {
  dir: string;
  input: TfDirInput;
  variables: Map<string, Declared>;
  locals: Map<string, Declared<Attribute>>;
  outputs: Map<string, Declared>;
  /** Keyed `type.name` (managed) or `data.type.name`, in file order. */
  resources: Map<string, ResourceDecl>;
  calls: Map<string, Declared>;
  providers: Declared[];
  terraformBlocks: Declared[];
}

export function defineModule(input: TfDirInput): ModuleDef {
  const def: ModuleDef = {
    dir: input.dir,
    input,
    variables: new Map(),
    locals: new Map(),
    outputs: new Map(),
    resources: new Map(),
    calls: new Map(),
    providers: [],
    terraformBlocks: [],
  };
  const addOnce = <T>(map: Map<string, T>, key: string, v: T) => {
    if (!map.has(key)) map.set(key, v);
  };
  for (const { file, hcl } of input.files) {
    for (const b of hcl.body.blocks) {
      const l = b.labels.map((x) => x.value);
      switch (b.type) {
        case 'variable':
          if (l[0] !== undefined) addOnce(def.variables, l[0], { node: b, file });
          break;
        case 'locals':
          for (const a of b.body.attributes) addOnce(def.locals, a.name, { node: a, file });
          break;
        case 'output':
          if (l[0] !== undefined) addOnce(def.outputs, l[0], { node: b, file });
          break;
        case 'resource':
        case 'data':
          if (l.length >= 2) {
            const mode = b.type === 'data' ? 'data' : 'managed';
            const key = `${mode === 'data' ? 'data.' : ''}${l[0]}.${l[1]}`;
            addOnce(def.resources, key, { node: b, file, mode, resourceType: l[0], name: l[1] });
          }
          break;
        case 'module':
          if (l[0] !== undefined) addOnce(def.calls, l[0], { node: b, file });
          break;
        case 'provider':
          if (l[0] !== undefined) def.providers.push({ node: b, file });
          break;
        case 'terraform':
          def.terraformBlocks.push({ node: b, file });
          break;
      }
    }
  }
  return def;
}

export function blockAttr(b: Block, name: string): Attribute | undefined {
  return b.body.attributes.find((a) => a.name === name);
}

/** The literal `source` of a module call. */
export function callSource(b: Block): string {
  const a = blockAttr(b, 'source');
  const v = a ? evaluate(a.expr, EMPTY_SCOPE) : undefined;
  return typeof v === 'string' ? v : '';
}

export function isLocalSource(source: string): boolean {
  return source.startsWith('./') || source.startsWith('../') || source === '.' || source === '..';
}

/** Directory a local source points to, relative like the caller's display path. */
export function resolveLocalSource(callerDir: string, source: string): string {
  const joined = posix.normalize(posix.join(callerDir.replace(/\\/g, '/'), source));
  const trimmed = joined.replace(/\/+$/, '');
  return trimmed === '' ? '.' : trimmed;
}
