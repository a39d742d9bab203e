// Recognising calls of registry modules, whatever way the source is written:
// `terraform-aws-modules/rds/aws`, `registry.terraform.io/terraform-aws-modules/rds/aws`,
// `git::https://github.com/terraform-aws-modules/terraform-aws-rds.git?ref=v6.10.0`,
// each optionally with a `//modules/<sub>` suffix; and the major version a call gets.

export interface RegistryModule {
  /** `terraform-aws-modules/rds/aws` */
  name: string;
  /** Submodule path after `//`, '' for the module's root. */
  submodule: string;
  /** A git source's `?ref=v6.10.0`. */
  ref?: string;
}

export function registryModule(source: string): RegistryModule | undefined {
  const ref = /[?&]ref=([^&]+)/.exec(source)?.[1];
  const bare = source
    .trim()
    .replace(/^git::/, '')
    .replace(/\?.*$/, '')
    .replace(/^[a-z+]+:\/\//, '');
  const cut = bare.indexOf('//');
  const base = (cut === -1 ? bare : bare.slice(0, cut)).replace(/\/+$/, '');
  const submodule = cut === -1 ? '' : bare.slice(cut + 2).replace(/\/+$/, '');
  const withRef = ref ? { ref } : {};
  const git = /(?:^|[@/.])github\.com[/:]([\w-]+)\/terraform-([a-z0-9]+)-([\w-]+?)(?:\.git)?$/.exec(base);
  if (git) return { name: `${git[1]}/${git[3]}/${git[2]}`, submodule, ...withRef };
  const registry = /^(?:[\w-]+(?:\.[\w-]+)+\/)?([\w-]+)\/([\w-]+)\/([\w-]+)$/.exec(base);
  if (registry) return { name: `${registry[1]}/${registry[2]}/${registry[3]}`, submodule, ...withRef };
  return undefined;
}

const VERSION = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+][\w.+-]*)?$/;

/**
 * The one major version a call can get, or undefined when the constraint allows several
 * (or none is given: the latest, whatever it is when `terraform init` runs).
 * `6.10.0`, `= 6.10.0`, `~> 6.0`, `~> 6.10.1`, `>= 6.0, < 7.0` and a git `ref=v6.10.0`
 * all give 6; `~> 6` (any version from 6 on), `>= 6.0` and no version give undefined.
 */
export function majorVersion(constraint: string | undefined, ref?: string): number | undefined {
  if (constraint === undefined) {
    const v = ref ? VERSION.exec(ref.trim()) : null;
    return v ? Number(v[1]) : undefined;
  }
  let low: number | undefined;
  let high: number | undefined; // exclusive bound on the major
  for (const part of constraint.split(',')) {
    const m = /^\s*(~>|>=|<=|!=|=|>|<)?\s*(\S+)\s*$/.exec(part);
    const v = m ? VERSION.exec(m[2]) : null;
    if (!m || !v) return undefined;
    const major = Number(v[1]);
    const op = m[1] ?? '=';
    const minorGiven = v[2] !== undefined;
    switch (op) {
      case '=':
        low = major;
        high = major + 1;
        break;
      case '~>':
        // `~> 6.1` is >= 6.1, < 7; `~> 6` is >= 6 (only the last part given may grow).
        low = major;
        if (minorGiven) high = major + 1;
        break;
      case '>=':
      case '>':
        low = Math.max(low ?? 0, major);
        break;
      case '<': {
        const exact = v[2] === undefined || (Number(v[2]) === 0 && (v[3] === undefined || Number(v[3]) === 0));
        high = Math.min(high ?? Infinity, exact ? major : major + 1);
        break;
      }
      case '<=':
        high = Math.min(high ?? Infinity, major + 1);
        break;
      case '!=':
        break;
    }
  }
  return low !== undefined && high === low + 1 ? low : undefined;
}
