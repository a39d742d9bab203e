// Without a liveness probe a hung process (deadlock, stuck event loop) keeps its pod
// forever.

import { probeRule } from './lib/probes.js';

export default probeRule({
  id: 'k8s-missing-liveness-probe',
  probe: 'livenessProbe',
  title: 'Long-running containers should have a liveness probe',
  description:
    'Flags containers of long-running workloads (Deployments, StatefulSets, DaemonSets, ReplicaSets, ReplicationControllers; not Jobs, CronJobs, bare Pods or init containers) without a `livenessProbe`. A process that hangs without exiting (deadlock, exhausted pool, stuck event loop) is never restarted, and its replica is silently lost until someone notices.',
  message:
    'Container `{container}` of {kind} `{name}` has no liveness probe: if it hangs without exiting, Kubernetes never restarts it and the replica is silently lost. Add a `livenessProbe` on a cheap endpoint that fails only when the process is stuck.',
});
