// What each file is, by name: the only place that decides which parser a file gets.

export type FileKind =
  | 'terraform' // .tf
  | 'terraform-json' // .tf.json
  | 'tfvars' // .tfvars
  | 'tfvars-json' // .tfvars.json
  | 'backend-config' // *.tfbackend, backend.hcl
  | 'tfstate' // *.tfstate, *.tfstate.backup (never read)
  | 'terragrunt' // terragrunt.hcl, root.hcl, terragrunt.stack.hcl
  | 'hcl' // any other *.hcl: read only inside a Terragrunt tree (see terragruntTree)
  | 'yaml' // .yaml, .yml
  | 'json' // other .json: a Terraform plan (`terraform show -json`) when its content says so
  | 'other';

export function kindOf(path: string): FileKind {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (name.endsWith('.tf')) return 'terraform';
  if (name.endsWith('.tf.json')) return 'terraform-json';
  if (name.endsWith('.tfvars')) return 'tfvars';
  if (name.endsWith('.tfvars.json')) return 'tfvars-json';
  if (name.endsWith('.tfbackend') || name === 'backend.hcl') return 'backend-config';
  if (name.endsWith('.tfstate') || name.endsWith('.tfstate.backup')) return 'tfstate';
  if (TERRAGRUNT_NAMES.has(name)) return 'terragrunt';
  // Terraform tests, lock files, Packer and Nomad have their own .hcl dialects.
  if (name.endsWith('.hcl') && !/(^\.terraform\.lock|\.tftest|\.tfmock|\.pkr|\.nomad)\.hcl$/.test(name)) return 'hcl';
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return 'yaml';
  if (name.endsWith('.json')) return 'json';
  return 'other';
}

const TERRAGRUNT_NAMES = new Set(['terragrunt.hcl', 'root.hcl', 'terragrunt.stack.hcl']);

/**
 * The candidates to read, with `*.hcl` files kept only inside a Terragrunt tree: at or
 * below the directory of a `terragrunt.hcl` / `root.hcl` (where `account.hcl`, `env.hcl`
 * and `_envcommon/*.hcl` live), or named explicitly.
 */
export function terragruntTree<T extends { path: string; kind: FileKind; explicit: boolean }>(files: T[]): T[] {
  const anchors = files.filter((f) => f.kind === 'terragrunt').map((f) => dirPrefix(f.path));
  if (anchors.length === 0) return files.filter((f) => f.kind !== 'hcl' || f.explicit);
  return files.filter((f) => f.kind !== 'hcl' || f.explicit || anchors.some((a) => f.path.startsWith(a)));
}

/** `live/prod/` for `live/prod/root.hcl`, '' at the top. */
function dirPrefix(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/** Terraform loads these automatically in a root module, in this order. */
export function isAutoTfvars(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return (
    name === 'terraform.tfvars' ||
    name === 'terraform.tfvars.json' ||
    name.endsWith('.auto.tfvars') ||
    name.endsWith('.auto.tfvars.json')
  );
}

/** Sort key implementing Terraform's order: terraform.tfvars, then *.auto.tfvars lexically. */
export function tfvarsOrder(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return (name.startsWith('terraform.tfvars') ? '0' : '1') + name;
}
