// The engine's finding for a chart `helm template` could not render.

import type { RuleMeta } from './rule.js';

export const HELM_RENDER_ERROR_RULE: RuleMeta<'failed'> = {
  id: 'helm-render-error',
  category: 'parse-error',
  severity: 'error',
  title: 'Helm charts render',
  description:
    'A chart that `helm template` cannot render is not linted at all, so its problems go unreported. The finding ' +
    "points at the template line helm names (or the values file or Chart.yaml), with helm's own message.",
  messages: { failed: '{message}' },
};
