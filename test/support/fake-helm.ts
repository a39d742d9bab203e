// The stand-in helm (test/support/fake-helm/helm) installed in a fresh folder to put on
// PATH, replaying the renderings of `replayDir`; and the calls it received.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_DIR } from './shared.js';
import { tempDir } from './temp-dirs.js';

export function installFakeHelm(replayDir: string): string {
  const dir = tempDir('fake-helm-bin');
  copyFileSync(join(REPO_DIR, 'test/support/fake-helm/helm'), join(dir, 'helm'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  writeFileSync(join(dir, 'replay-dir'), replayDir);
  return dir;
}

export interface HelmCall {
  args: string[];
  env: Record<string, string>;
}

export function helmCalls(binDir: string): HelmCall[] {
  const log = join(binDir, 'calls.jsonl');
  return existsSync(log)
    ? readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as HelmCall)
    : [];
}

/** The file the stand-in replays for a release rendered with these values texts (values.yaml first). */
export function replayFile(release: string, values: string[]): string {
  const hash = createHash('sha256');
  for (const [i, v] of values.entries()) {
    if (i > 0) hash.update('\0');
    hash.update(v);
  }
  return `${release}@${hash.digest('hex').slice(0, 12)}.yaml`;
}

/** A chart with one Deployment (a readiness probe, no liveness probe) whose resources come from values. */
export function deploymentChart(name: string, replicas: string, values: string): Record<string, string> {
  return {
    [`charts/${name}/Chart.yaml`]: `apiVersion: v2\nname: ${name}\nversion: 1.0.0\n`,
    [`charts/${name}/values.yaml`]: values || 'resources: {}\n',
    [`charts/${name}/templates/deployment.yaml`]: [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      `  name: {{ .Release.Name }}-${name}`,
      '  labels:',
      '    app.kubernetes.io/instance: {{ .Release.Name }}',
      `    helm.sh/chart: ${name}-1.0.0`,
      'spec:',
      `  ${replicas}`,
      '  selector:',
      '    matchLabels:',
      `      app: ${name}`,
      '  template:',
      '    metadata:',
      '      labels:',
      `        app: ${name}`,
      '    spec:',
      '      containers:',
      `        - name: ${name}`,
      '          image: nginx:1.27',
      '          readinessProbe:',
      '            httpGet: {path: /, port: 80}',
      '          resources:',
      '            {{- toYaml .Values.resources | nindent 12 }}',
      '',
    ].join('\n'),
  };
}

/** `helm template <name> charts/<name>` of deploymentChart(), with the resources block as rendered. */
export function deploymentRendering(name: string, replicas: number, resources: string): string {
  return [
    '---',
    `# Source: ${name}/templates/deployment.yaml`,
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}-${name}`,
    '  labels:',
    `    app.kubernetes.io/instance: ${name}`,
    `    helm.sh/chart: ${name}-1.0.0`,
    'spec:',
    `  replicas: ${replicas}`,
    '  selector:',
    '    matchLabels:',
    `      app: ${name}`,
    '  template:',
    '    metadata:',
    '      labels:',
    `        app: ${name}`,
    '    spec:',
    '      containers:',
    `        - name: ${name}`,
    '          image: nginx:1.27',
    '          readinessProbe:',
    '            httpGet: {path: /, port: 80}',
    '          resources:',
    resources.trimEnd(),
    '',
  ].join('\n');
}
