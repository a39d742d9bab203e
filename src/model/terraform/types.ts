// The Terraform model rules read: modules, resources expanded by count / for_each,
// evaluated attributes with their source ranges, providers, backends, references.

import type { Attribute, Block } from '../../parse/hcl/ast.js';
import type { Range, SourceFile } from '../../parse/source.js';
import type { LimitHit } from './budget.js';
import type { Value } from './value.js';

export interface TfAttribute {
  name: string;
  node: Attribute;
  file: SourceFile;
  /** Evaluated in the scope of its instance (count.index, each.key, var, local, ...). */
  value: Value;
  /** `name = expr` */
  range: Range;
  nameRange: Range;
  valueRange: Range;
  /**
   * Addresses the expression refers to, relative to its module: `aws_s3_bucket.state`,
   * `data.aws_iam_policy_document.p`, `module.db`, `var.x`, `local.y`.
   */
  references: string[];
}

/** A resource, data source, module call or nested block, evaluated. */
export interface TfBlock {
  type: string;
  labels: string[];
  file: SourceFile;
  node: Block;
  /** The whole block. */
  range: Range;
  /** The block header: type keyword through its last label; where block findings point. */
  headerRange: Range;
  /** Attributes by name; one set to `null` is left out, as Terraform leaves it out. */
  attributes: Map<string, TfAttribute>;
  /** The attribute, undefined when absent or `null` (the provider or module default applies). */
  attr(name: string): TfAttribute | undefined;
  /** The attribute as written, even when it evaluates to `null`: where a value comes from. */
  declared(name: string): TfAttribute | undefined;
  /** Evaluated value of an attribute: undefined when absent or `null`. */
  value(name: string): Value | undefined;
  /**
   * Nested blocks of a type; `dynamic "type"` blocks contribute one block per element of
   * their for_each (none for an empty collection, one with unknown content when unknown).
   */
  blocks(type: string): TfBlock[];
  /** False when a `dynamic "type"` block's for_each is unknown: the number of blocks is then not known. */
  blocksKnown(type: string): boolean;
  /**
   * Value at a dotted path through nested blocks and object attributes,
   * e.g. `versioning.enabled` or `server_side_encryption_configuration.rule.apply_server_side_encryption_by_default.sse_algorithm`.
   * Through a block list the first block is taken. Undefined when any step is absent.
   */
  get(path: string): Value | undefined;
  /** Indentation of this block's header line, and of lines inside its body. */
  indent: string;
  bodyIndent: string;
}

export interface TfResource extends TfBlock {
  mode: 'managed' | 'data';
  resourceType: string;
  name: string;
  /** count index or for_each key when the resource is expanded. */
  key?: string | number;
  /**
   * How the instance came about. `unknown`: count / for_each could not be evaluated; the
   * model keeps one unkeyed instance so the resource is judged "if it exists", and only
   * rules that count instances must treat the number as unknown.
   */
  expansion: Expansion;
  /** `aws_db_instance.db["reporting"]`; prefixed with `module.x.` inside a child module. */
  address: string;
  /** Address without the instance key: `aws_db_instance.db`. */
  configAddress: string;
  module: TfModule;
  /** Provider configuration the resource uses (explicit `provider =` or the default). */
  provider?: TfProvider;
  /** Region of that provider, when set: a string, UNKNOWN, or undefined. */
  region?: Value;
}

export type Expansion = 'single' | 'count' | 'for_each' | 'unknown';

export interface TfModuleCall extends TfBlock {
  name: string;
  key?: string | number;
  /** As for resources: `unknown` when count / for_each could not be evaluated. */
  expansion: Expansion;
  /** `module.db`, or `module.parent.module.db` when nested. */
  address: string;
  /** Evaluated `source`. */
  source: string;
  /** `./` or `../` sources that resolve to a scanned directory. */
  local: boolean;
  /** For registry sources with a version constraint. */
  version?: string;
  /** The called module when local. */
  child?: TfModule;
  module: TfModule;
  provider?: TfProvider;
  region?: Value;
}

export interface TfProvider extends TfBlock {
  /** `aws`, `google`, `azurerm`. */
  providerName: string;
  alias?: string;
  /** `aws` or `aws.west`. */
  ref: string;
  region?: Value;
}

export interface TfBackend extends TfBlock {
  /** `s3`, `gcs`, `azurerm`, `local`, `remote`, `http`, ... */
  backendType: string;
  /** The backend block's own settings merged with partial configuration files. */
  config: Map<string, { value: Value; range: Range; file: SourceFile }>;
  /** Partial configuration files applied (`*.tfbackend`, `backend.hcl`). */
  partialFiles: SourceFile[];
  /** False when the settings are not text a fix can edit (a Terragrunt `generate` block, a computed map). */
  editable: boolean;
}

export interface TfVariable {
  name: string;
  value: Value;
  block: Block;
  file: SourceFile;
}

/**
 * Where the code of an external module comes from. Such a directory is never a root; a
 * finding in its code is reported at the call that brings it in.
 */
export interface ExternalOrigin {
  kind: 'installed' | 'table';
  /** The call's source: `terraform-aws-modules/rds/aws`, a git URL. */
  source: string;
  /** What the findings name: `terraform-aws-modules/rds/aws 6.x`. */
  label: string;
}

export interface TfModule {
  /** '' for a root module, `module.x` (nested: `module.x.module.y`) for a child. */
  path: string;
  /** Directory, relative display path ('.' for the working directory). */
  dir: string;
  isRoot: boolean;
  /** Set for a child module: the call that instantiated it. */
  call?: TfModuleCall;
  files: SourceFile[];
  resources: TfResource[];
  dataSources: TfResource[];
  moduleCalls: TfModuleCall[];
  providers: TfProvider[];
  /** `terraform {}` blocks. */
  terraformBlocks: TfBlock[];
  backend?: TfBackend;
  variables: Map<string, TfVariable>;
  locals: Map<string, Value>;
  /** Names of the declared outputs. */
  outputNames: string[];
  /** The directory's own terraform.tfvars / *.auto.tfvars: values for applying it as a root. */
  tfvarsFiles: SourceFile[];
  /** The `terragrunt.hcl` (or root config) that runs this root: a deployment (docs/terraform-roots.md). */
  terragrunt?: SourceFile;
  /** Set for code nobody edits here (installed by `terraform init`, or a registry table entry). */
  external?: ExternalOrigin;
}

/** A root module with all the modules it calls, evaluated together. */
export interface TfStack {
  root: TfModule;
  /** Root first, then children in call order. */
  modules: TfModule[];
  /** Managed resources of every module of the stack. */
  resources: TfResource[];
  dataSources: TfResource[];
  moduleCalls: TfModuleCall[];
  providers: TfProvider[];
  resourcesOfType(type: string): TfResource[];
  /**
   * Resources of `type` whose attribute `attr` points at `target`: by reference
   * (`bucket = aws_s3_bucket.state.id`) or by an equal known name/id value.
   */
  referrers(target: TfResource, type: string, attr: string): TfResource[];
  /** Resources and data sources an attribute refers to, in the attribute's module. */
  referenced(attr: TfAttribute, from: TfResource | TfModuleCall): TfResource[];
}

export interface TfProject {
  stacks: TfStack[];
  /** Every module directory scanned, whether a root or only called. */
  modules: TfModule[];
  /** Files that failed to parse still count as scanned but contribute nothing. */
  /**
   * Evaluation budgets hit so far, one per limit and position. Evaluation is lazy, so
   * rules reading values can add more: read it after the rules ran.
   */
  limitHits: readonly LimitHit[];
}
