// Terragrunt's own functions, as far as they are static: paths (find_in_parent_folders,
// get_terragrunt_dir, path_relative_to_include, ...), get_env with its default, and
// read_terragrunt_config of a scanned file. Anything that needs the machine, the cloud or
// a command (get_aws_account_id, run_cmd, sops_decrypt_file, ...) is unknown.

import { posix } from 'node:path';
import { UNKNOWN, type Value } from '../terraform/value.js';

/** What the functions need to know about where they are evaluated. */
export interface FunctionHost {
  /** Virtual directory of the unit being run (`get_terragrunt_dir()`). */
  unitDir: string;
  /** Virtual directory of the included config being evaluated, if any (`path_relative_to_include()`). */
  includeDir(): string | undefined;
  /** Virtual directory of the parent config (`get_parent_terragrunt_dir()`). */
  parentDir(): string | undefined;
  /** True when a scanned Terragrunt file has this virtual path. */
  exists(path: string): boolean;
  /** `read_terragrunt_config(path)`: the file's locals and inputs; undefined when not scanned. */
  read(path: string): Value | undefined;
}

/** Functions Terragrunt adds whose result depends on the machine, the cloud or a command. */
const RUNTIME = new Set([
  'get_aws_account_id',
  'get_aws_account_alias',
  'get_aws_caller_identity_arn',
  'get_aws_caller_identity_user_id',
  'get_terraform_command',
  'get_terraform_cli_args',
  'get_terraform_commands_that_need_vars',
  'get_terraform_commands_that_need_locking',
  'get_terraform_commands_that_need_input',
  'get_terraform_commands_that_need_parallelism',
  'get_platform',
  'get_repo_root',
  'get_path_from_repo_root',
  'get_path_to_repo_root',
  'get_working_dir',
  'get_terragrunt_source_cli_flag',
  'get_default_retryable_errors',
  'run_cmd',
  'sops_decrypt_file',
  'read_tfvars_file',
  'mark_as_read',
  'constraint_check',
  // Terraform functions that read files: nothing is read during evaluation.
  'file',
  'fileexists',
  'templatefile',
  'filebase64',
  'fileset',
  'timestamp',
  'uuid',
]);

const str = (v: Value | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

export function terragruntFunction(host: FunctionHost, name: string, args: Value[]): Value | undefined {
  switch (name) {
    case 'find_in_parent_folders': {
      const wanted = args.length > 0 ? str(args[0]) : 'terragrunt.hcl';
      if (wanted === undefined) return UNKNOWN;
      // Terragrunt starts in the parent of the unit's directory.
      for (let dir = posix.dirname(host.unitDir); ; dir = posix.dirname(dir)) {
        const candidate = posix.join(dir, wanted);
        if (host.exists(candidate)) return candidate;
        if (dir === '/') break;
      }
      return args.length > 1 ? args[1] : UNKNOWN;
    }
    case 'get_terragrunt_dir':
    case 'get_original_terragrunt_dir':
      return host.unitDir;
    case 'get_parent_terragrunt_dir':
      return host.parentDir() ?? UNKNOWN;
    case 'path_relative_to_include': {
      const from = host.includeDir();
      return from === undefined ? '.' : posix.relative(from, host.unitDir) || '.';
    }
    case 'path_relative_from_include': {
      const from = host.includeDir();
      return from === undefined ? '.' : posix.relative(host.unitDir, from) || '.';
    }
    case 'get_env':
      // The environment of the run is not known: the default, when given, is what most runs see.
      return args.length > 1 ? args[1] : UNKNOWN;
    case 'read_terragrunt_config': {
      const path = str(args[0]);
      const read = path === undefined ? undefined : host.read(posix.resolve(host.unitDir, path));
      return read ?? (args.length > 1 ? args[1] : UNKNOWN);
    }
    case 'dirname': {
      const p = str(args[0]);
      return p === undefined ? UNKNOWN : posix.dirname(p);
    }
    case 'basename': {
      const p = str(args[0]);
      return p === undefined ? UNKNOWN : posix.basename(p);
    }
    case 'abspath':
    case 'pathexpand':
      return str(args[0]) ?? UNKNOWN;
    default:
      return RUNTIME.has(name) ? UNKNOWN : undefined;
  }
}
