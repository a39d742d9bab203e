import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../support/lint.js';
import type { Replacement } from '../../src/findings/finding.js';
import { ruleTester } from '../support/rule-tester.js';
import { REPO_DIR } from '../support/shared.js';
import { tempDir } from '../support/temp-dirs.js';

const F = 'fixtures/rules/k8s-container-resource-limits';
const ALL = 'CPU request, CPU limit, memory request and memory limit';
const FULL_BLOCK =
  '          resources:\n            requests:\n              cpu: 500m\n              memory: 2Gi\n            limits:\n              cpu: 500m\n              memory: 2Gi\n';

ruleTester('k8s-container-resource-limits', {
  valid: [`${F}/pass/deployment.yaml`, `${F}/pass/limits-imply-requests.yaml`, `${F}/pass/limitrange`],
  invalid: [
    {
      path: `${F}/fail/deployment.yaml`,
      findings: [
        {
          line: 17,
          column: 17,
          endLine: 17,
          endColumn: 28,
          resource: 'Deployment/shop/api',
          message: `Init container \`wait-for-db\` of Deployment \`api\` has no ${ALL}`,
          fixText: FULL_BLOCK,
        },
        {
          line: 21,
          column: 17,
          endLine: 21,
          endColumn: 20,
          resource: 'Deployment/shop/api',
          message: `Container \`api\` of Deployment \`api\` has no ${ALL}`,
          fixText: FULL_BLOCK,
        },
      ],
    },
    {
      // A missing limit takes the container's own request, quoting and 4-space indentation kept.
      path: `${F}/fail/requests-only.yaml`,
      findings: [
        {
          line: 17,
          column: 23,
          endLine: 17,
          endColumn: 30,
          resource: 'StatefulSet/default/search',
          message: 'has no CPU limit and memory limit',
          fixText:
            '                    limits:\n                        cpu: 250m\n                        memory: "1Gi"\n',
        },
      ],
    },
    {
      // `requests: {}` is rewritten as a block; the limits map gains the missing key.
      path: `${F}/fail/partial-sections.yaml`,
      findings: [
        {
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 16,
          resource: 'Pod/default/debug',
          message: 'has no CPU request and CPU limit:',
          fixText: ':\n        cpu: 500m',
        },
      ],
    },
    {
      // `resources:` with `{}` on the next line (`nindent` output): the fix replaces the `{}` too.
      path: `${F}/fail/empty-resources-next-line.yaml`,
      findings: [
        {
          line: 19,
          column: 17,
          endLine: 19,
          endColumn: 20,
          resource: 'Deployment/shop/web',
          message: `Container \`web\` of Deployment \`web\` has no ${ALL}`,
          fixText:
            ':\n            requests:\n              cpu: 500m\n              memory: 2Gi\n            limits:\n              cpu: 500m\n              memory: 2Gi',
        },
      ],
    },
    {
      path: `${F}/fail/limitrange-partial`,
      findings: [
        {
          file: `${F}/fail/limitrange-partial/daemonset.yaml`,
          line: 16,
          column: 17,
          endLine: 16,
          endColumn: 24,
          resource: 'DaemonSet/jobs/log-shipper',
          message:
            'has no CPU request and CPU limit; LimitRange `memory-defaults` only defaults its memory request and memory limit',
          fixText:
            '          resources:\n            requests:\n              cpu: 500m\n            limits:\n              cpu: 500m\n',
        },
      ],
    },
    {
      path: `${F}/fail/helm-rendered.yaml`,
      findings: [
        {
          line: 21,
          column: 17,
          endLine: 21,
          endColumn: 24,
          resource: 'Job/default/web-migrate',
          message: 'Container `migrate` of Job `web-migrate`',
          fixText:
            ':\n            requests:\n              cpu: 500m\n              memory: 2Gi\n            limits:\n              cpu: 500m\n              memory: 2Gi',
        },
      ],
    },
  ],
});

ruleTester('k8s-container-resource-limits', {
  options: { require: ['memory'] },
  valid: [`${F}/pass/require-memory-only.yaml`, `${F}/pass/deployment.yaml`],
  invalid: [
    {
      path: `${F}/fail/require-memory-missing-limit.yaml`,
      findings: [
        {
          line: 17,
          column: 17,
          endLine: 17,
          endColumn: 22,
          resource: 'Deployment/default/gateway',
          message: 'has no memory limit:',
          fixText: '            limits:\n              memory: 256Mi\n',
        },
      ],
    },
  ],
});

ruleTester('k8s-container-resource-limits', {
  options: { requireLimits: false, fixValues: { cpu: '250m', memory: '512Mi' } },
  valid: [`${F}/pass/limits-imply-requests.yaml`, `${F}/fail/requests-only.yaml`],
  invalid: [
    {
      path: `${F}/fail/deployment.yaml`,
      findings: [
        {
          line: 17,
          column: 17,
          endLine: 17,
          endColumn: 28,
          message: 'has no CPU request and memory request:',
          fixText:
            '          resources:\n            requests:\n              cpu: 250m\n              memory: 512Mi\n',
        },
        { line: 21, column: 17, endLine: 21, endColumn: 20, message: 'has no CPU request and memory request:' },
      ],
    },
  ],
});

// Every fix of the fixable Kubernetes / resource-limits rules, applied to its failing
// fixtures, must leave valid files that the rule no longer flags.
describe('fixes of the Kubernetes rules apply cleanly', () => {
  const fixable = [
    'k8s-container-resource-limits',
    'tf-kubernetes-resource-limits',
    'k8s-single-replica',
    'k8s-missing-pdb',
    'k8s-missing-zone-spread',
  ];
  for (const id of fixable) {
    const failDir = join(REPO_DIR, 'fixtures/rules', id, 'fail');
    for (const entry of readdirSync(failDir)) {
      it(`${id}: ${entry}`, async () => {
        const dir = tempDir('fix');
        cpSync(join(failDir, entry), join(dir, entry), { recursive: true });
        const before = (await lint({ paths: [dir], cwd: dir, onlyRules: [id] })).findings;
        const byFile = new Map<string, Replacement[]>();
        for (const f of before) if (f.fix) byFile.set(f.file, [...(byFile.get(f.file) ?? []), ...f.fix.replacements]);
        expect(byFile.size).toBeGreaterThan(0);
        for (const [file, replacements] of byFile)
          writeFileSync(join(dir, file), applyReplacements(readFileSync(join(dir, file), 'utf8'), replacements));
        const after = (await lint({ paths: [dir], cwd: dir, onlyRules: [id] })).findings;
        expect(after.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
        expect(after.filter((f) => f.ruleId === id).length).toBe(before.filter((f) => !f.fix).length);
      });
    }
  }
});

function applyReplacements(text: string, replacements: Replacement[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (line: number, column: number) => starts[line - 1] + column - 1;
  // From the end backwards, so earlier offsets stay valid.
  const sorted = [...replacements].sort((a, b) => offset(b.line, b.column) - offset(a.line, a.column));
  for (const r of sorted)
    text = text.slice(0, offset(r.line, r.column)) + r.text + text.slice(offset(r.endLine, r.endColumn));
  return text;
}
