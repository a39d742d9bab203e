// parse → model: groups parsed files into Terraform module directories and Kubernetes
// documents, and finds Helm charts (whose templates are not YAML until rendered).

import { dirname } from 'node:path';
import type { Project } from '../model/project.js';
import type { EvalLimits } from '../model/terraform/budget.js';
import { buildKubernetesModel } from '../model/kubernetes/build.js';
import type { KustomizeRoot } from '../model/kubernetes/kustomize/assemble.js';
import type { AccessRecorder } from '../model/terraform/access.js';
import {
  buildTerraformProject,
  type BuildOptions,
  type TfDirInput,
  type TfFileInput,
} from '../model/terraform/build.js';
import type { SourceFile } from '../parse/source.js';
import { isAutoTfvars, tfvarsOrder } from '../read/kinds.js';
import type { ParsedFile } from './parse-files.js';
import type { InstalledModules } from './installed-modules.js';
import { buildPlanStack } from '../model/terraform/plan/build.js';

export interface BuiltProject {
  project: Project;
  /** YAML files that are not Kubernetes objects (skipped quietly). */
  notKubernetes: SourceFile[];
  /** Lines worth showing once (kustomize changes not applied in-process, remote resources). */
  notes: string[];
  kustomizeRoots: KustomizeRoot[];
}

function dirOf(path: string): string {
  const d = dirname(path);
  return d === '' ? '.' : d;
}

export interface ProjectInputs {
  files: ParsedFile[];
  /** `--var-file`s and the config's var files, parsed. */
  varFiles: TfFileInput[];
  evalLimits?: Partial<EvalLimits>;
  /** Test-only: told of every Terraform attribute the rules read. */
  recordAccess?: AccessRecorder;
  /** `TF_VAR_name` values. */
  tfVars?: ReadonlyMap<string, string>;
  /** Module code `terraform init` installed under `.terraform/`. */
  installed?: InstalledModules;
  /** Per-unit runs: the unit's roots and the directories it owns. */
  unit?: BuildOptions['unit'];
}

export function buildProject({
  files,
  varFiles,
  evalLimits = {},
  recordAccess,
  tfVars,
  installed,
  unit,
}: ProjectInputs): BuiltProject {
  const dirs = new Map<string, TfDirInput>();
  const dirInput = (dir: string): TfDirInput => {
    let d = dirs.get(dir);
    if (!d) dirs.set(dir, (d = { dir, files: [], tfvars: [], backendConfigs: [] }));
    return d;
  };
  const yamlInputs: Parameters<typeof buildKubernetesModel>[0] = [];
  const stateFiles: SourceFile[] = [];
  const terragrunt: TfFileInput[] = [];
  const plans: Extract<ParsedFile, { kind: 'plan' }>[] = [];

  for (const f of files) {
    if (f.kind === 'tfstate') {
      stateFiles.push(f.source);
      continue;
    }
    if (f.kind === 'plan') {
      plans.push(f);
      continue;
    }
    if (f.kind === 'yaml') {
      yamlInputs.push({
        file: f.source,
        stream: f.stream,
        helmSources: f.helm,
        ...(f.candidate.abs === '-' ? { fromStdin: true } : {}),
      });
      continue;
    }
    const input: TfFileInput = { file: f.source, hcl: f.hcl };
    const kind = f.candidate.kind;
    if (kind === 'terraform' || kind === 'terraform-json') dirInput(dirOf(f.source.path)).files.push(input);
    else if (kind === 'terragrunt' || kind === 'hcl') terragrunt.push(input);
    else if (kind === 'backend-config') dirInput(dirOf(f.source.path)).backendConfigs.push(input);
    else if (isAutoTfvars(f.source.path)) dirInput(dirOf(f.source.path)).tfvars.push(input);
    // Other *.tfvars are parsed (syntax errors are reported) but apply only via --var-file.
  }
  for (const d of dirs.values())
    d.tfvars.sort((a, b) => (tfvarsOrder(a.file.path) < tfvarsOrder(b.file.path) ? -1 : 1));
  // A directory of only tfvars/backend files is not a module.
  const modules = [...dirs.values()].filter((d) => d.files.length > 0);
  modules.push(...installedDirs(installed));

  const terraform = buildTerraformProject(modules, {
    varFiles,
    ...(tfVars ? { tfVars } : {}),
    terragrunt,
    limits: evalLimits,
    ...(recordAccess ? { recordAccess } : {}),
    ...(installed ? { installed: installed.manifests } : {}),
    ...(unit ? { unit } : {}),
  });
  // Each Terraform plan is a stack of its own, next to the configuration's.
  for (const p of plans) {
    const stack = buildPlanStack(p.source, p.plan, recordAccess);
    terraform.stacks.push(stack);
    terraform.modules.push(...stack.modules);
  }
  const k8s = buildKubernetesModel(yamlInputs);
  return {
    project: { terraform, kubernetes: k8s.project, stateFiles },
    notKubernetes: k8s.notKubernetes,
    notes: k8s.notes,
    kustomizeRoots: k8s.kustomizeRoots,
  };
}

/** The installed module directories, marked as code nobody edits here. */
function installedDirs(installed: InstalledModules | undefined): TfDirInput[] {
  if (!installed) return [];
  const byDir = new Map<string, TfDirInput>();
  for (const byKey of installed.manifests.values())
    for (const m of byKey.values())
      if (!byDir.has(m.dir))
        byDir.set(m.dir, {
          dir: m.dir,
          files: [],
          tfvars: [],
          backendConfigs: [],
          external: { kind: 'installed', source: m.source, label: installedLabel(m.source, m.version) },
        });
  for (const f of installed.files) {
    if (f.kind !== 'hcl') continue;
    byDir.get(dirOf(f.source.path))?.files.push({ file: f.source, hcl: f.hcl });
  }
  return [...byDir.values()];
}

function installedLabel(source: string, version: string | undefined): string {
  const name = source.replace(/^registry\.terraform\.io\//, '');
  return version ? `${name} ${version}` : name;
}
