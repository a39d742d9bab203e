// Kubernetes rules (manifests, Helm output, Terraform kubernetes_* resources) and the
// container resource-limits category (ECS task definitions too).

import type { Rule } from '../../src/engine/rule.js';
import k8sContainerResourceLimits from './k8s-container-resource-limits.js';
import k8sDatabaseSingleReplica from './k8s-database-single-replica.js';
import k8sHpaMissingCpuRequest from './k8s-hpa-missing-cpu-request.js';
import k8sMissingLivenessProbe from './k8s-missing-liveness-probe.js';
import k8sMissingPdb from './k8s-missing-pdb.js';
import k8sMissingReadinessProbe from './k8s-missing-readiness-probe.js';
import k8sMissingZoneSpread from './k8s-missing-zone-spread.js';
import k8sOperatorDatabaseSingleInstance from './k8s-operator-database-single-instance.js';
import k8sSingleReplica from './k8s-single-replica.js';
import tfKubernetesResourceLimits from './tf-kubernetes-resource-limits.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const rules: Rule<any, any>[] = [
  k8sContainerResourceLimits,
  tfKubernetesResourceLimits,
  k8sDatabaseSingleReplica,
  k8sOperatorDatabaseSingleInstance,
  k8sSingleReplica,
  k8sMissingReadinessProbe,
  k8sMissingLivenessProbe,
  k8sMissingPdb,
  k8sMissingZoneSpread,
  k8sHpaMissingCpuRequest,
];
