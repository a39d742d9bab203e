// The Kubernetes model rules read: objects from plain manifests and Helm output,
// with their pod templates and containers found generically.

import type { Range, SourceFile } from '../../parse/source.js';
import type { YamlDocument, YMap, YNode, YSeq } from '../../parse/yaml/ast.js';
import type { DeploymentUnit } from './units.js';

export interface K8sObject {
  apiVersion: string;
  kind: string;
  name: string;
  /** `default` when unset. */
  namespace: string;
  /** `Kind/namespace/name`. */
  id: string;
  file: SourceFile;
  doc: YamlDocument;
  root: YMap;
  metadata?: YMap;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** Range to report object-level findings: the `kind:` value, or the document start. */
  headerRange: Range;
  /** The pod template of a workload (Pod itself, Deployment, CronJob's jobTemplate, ...). */
  pod?: PodTemplate;
  /** `# Source: chart/templates/x.yaml` attribution for Helm-rendered documents. */
  helmSource?: string;
  /** What it is applied with (see units.ts): cross-object rules join only inside one unit and namespace. */
  unit: DeploymentUnit;
  /**
   * Nodes written in another file than `file` (values an overlay's patch set): read
   * through `locate()` so findings point at the patch line.
   */
  foreignNodes?: Map<YNode, SourceFile>;
}

export interface PodTemplate {
  /** The pod spec mapping (`spec` of a Pod, `spec.template.spec` of a Deployment, ...). */
  spec: YMap;
  /** Labels of the pod template (for selectors, PDBs, spreading). */
  labels: Record<string, string>;
  containers: Container[];
  initContainers: Container[];
}

export interface Container {
  name: string;
  image?: string;
  init: boolean;
  node: YMap;
  /** The `containers:` / `initContainers:` sequence holding it. */
  list: YSeq;
  /** Where container findings point: the `name:` value, or the item's start. */
  headerRange: Range;
}

export interface K8sProject {
  objects: K8sObject[];
}
