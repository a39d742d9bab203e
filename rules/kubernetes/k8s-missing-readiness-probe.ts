// Without a readiness probe a pod receives traffic, and a rollout moves on, as soon as its
// process starts.

import { probeRule } from './lib/probes.js';

export default probeRule({
  id: 'k8s-missing-readiness-probe',
  probe: 'readinessProbe',
  title: 'Long-running containers should have a readiness probe',
  description:
    'Flags containers of long-running workloads (Deployments, StatefulSets, DaemonSets, ReplicaSets, ReplicationControllers; not Jobs, CronJobs, bare Pods or init containers) without a `readinessProbe`. Kubernetes then counts a pod as ready the moment its process starts: Services send it traffic before it can serve, and a rolling update replaces healthy pods with broken ones without stopping. Sidecars that declare no port (config reloaders, log shippers, dashboard sidecars) serve no traffic and are not flagged.',
  message:
    'Container `{container}` of {kind} `{name}` has no readiness probe: it gets traffic as soon as it starts, and a rollout of a broken version replaces every healthy pod without pausing. Add a `readinessProbe` that checks it can actually serve.',
  noTrafficMessage:
    'Container `{container}` of {kind} `{name}` has no readiness probe: it declares no port and no Service selects it, but a rollout still counts it ready as soon as it starts, so a broken version replaces every healthy pod without pausing. Add a `readinessProbe` (an `exec` check works for workers).',
});
