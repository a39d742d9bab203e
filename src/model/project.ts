// What rules see: the whole scanned tree, modelled.

import type { SourceFile } from '../parse/source.js';
import type { K8sProject } from './kubernetes/types.js';
import type { TfProject } from './terraform/types.js';

export interface Project {
  terraform: TfProject;
  kubernetes: K8sProject;
  /** Committed Terraform state files (`*.tfstate`, `*.tfstate.backup`): paths only, never contents. */
  stateFiles: SourceFile[];
}
