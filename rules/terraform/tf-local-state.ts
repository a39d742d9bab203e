// A root module whose state lives on the machine that ran `terraform apply`.

import { defineRule } from '../../src/engine/rule.js';
import type { Range, SourceFile } from '../../src/parse/source.js';
import type { TfModule } from '../../src/model/terraform/types.js';
import { DEFAULT_EXAMPLE_DIRS, exampleDirsSchema, isDeployableRoot, isExample } from '../lib/roots.js';

interface Options {
  exampleDirs: string[];
}

/** The `terraform {}` header, else line 1 of the file that configures the providers. */
function location(module: TfModule): { file: SourceFile; range: Range } | undefined {
  const tf = module.terraformBlocks[0];
  if (tf) return { file: tf.file, range: tf.headerRange };
  const file = module.providers[0]?.file ?? module.files[0];
  if (!file) return undefined;
  const start = { line: 1, column: 1, offset: 0 };
  const text = file.lineText(1);
  return { file, range: { start, end: { line: 1, column: text.length + 1, offset: text.length } } };
}

export default defineRule<'explicitLocal' | 'noBackend', Options>({
  meta: {
    id: 'tf-local-state',
    category: 'unversioned-state',
    severity: 'error',
    title: 'Root modules must keep their state in a remote backend',
    description:
      'Flags root modules (directories no scanned module calls that configure a provider or a backend) with `backend "local"` or with no backend at all. ' +
      'Local state lives on the laptop or CI runner that applied last: it is lost with that disk, is not locked against a second apply, and is invisible to the team. ' +
      'Reusable modules (no provider and no backend configuration) and the examples and tests of a module are not roots and are not flagged.',
    messages: {
      explicitLocal:
        'Root module {module} keeps its state in a local file (backend "local"): the state is lost with the disk it is on, cannot be locked, and nobody else can apply safely. Use a remote backend with versioning and locking (s3, gcs, azurerm, or HCP Terraform).',
      noBackend:
        'Root module {module} configures providers but no backend, so its state is a local terraform.tfstate: lost with the disk it is on, not locked, and not shared with the team. Add a remote backend with versioning and locking (s3, gcs, azurerm, or HCP Terraform).',
    },
    optionsSchema: {
      type: 'object',
      properties: { exampleDirs: exampleDirsSchema },
      additionalProperties: false,
    },
    defaultOptions: { exampleDirs: DEFAULT_EXAMPLE_DIRS },
  },
  check(project, context) {
    const exampleDirs = context.options.exampleDirs ?? DEFAULT_EXAMPLE_DIRS;
    for (const stack of project.terraform.stacks) {
      const root = stack.root;
      if (!isDeployableRoot(root) || isExample(root, exampleDirs)) continue;
      const backend = root.backend;
      if (backend && backend.backendType === 'local') {
        context.report({
          messageId: 'explicitLocal',
          data: { module: root.dir },
          at: backend,
          resource: 'terraform.backend.local',
        });
        continue;
      }
      if (backend) continue;
      const at = location(root);
      if (at)
        context.report({ messageId: 'noBackend', data: { module: root.dir }, at, resource: 'terraform.backend.local' });
    }
  },
});
