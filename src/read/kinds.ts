// What each file is, by name: the only place that decides which parser a file gets.

export type FileKind =
  | 'terraform' // .tf
  | 'terraform-json' // .tf.json
  | 'tfvars' // .tfvars
  | 'tfvars-json' // .tfvars.json
  | 'backend-config' // *.tfbackend, backend.hcl
  | 'tfstate' // *.tfstate, *.tfstate.backup (never read)
  | 'yaml' // .yaml, .yml
  | 'other';

export function kindOf(path: string): FileKind {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (name.endsWith('.tf')) return 'terraform';
  if (name.endsWith('.tf.json')) return 'terraform-json';
  if (name.endsWith('.tfvars')) return 'tfvars';
  if (name.endsWith('.tfvars.json')) return 'tfvars-json';
  if (name.endsWith('.tfbackend') || name === 'backend.hcl') return 'backend-config';
  if (name.endsWith('.tfstate') || name.endsWith('.tfstate.backup')) return 'tfstate';
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return 'yaml';
  return 'other';
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
