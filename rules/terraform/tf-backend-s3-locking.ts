// S3 backends must lock the state: two concurrent applies otherwise overwrite each other.

import { defineRule } from '../../src/engine/rule.js';
import { ReportsByPlace, rootBackends, setting, settingFix, settingOrHeader } from './lib/backend.js';
import { boolOf } from '../lib/terraform.js';

export default defineRule({
  meta: {
    id: 'tf-backend-s3-locking',
    category: 'unversioned-state',
    severity: 'error',
    fixable: true,
    title: 'S3 backends must lock the state',
    description:
      'Flags `backend "s3"` configurations (with their partial configuration files) that set neither `dynamodb_table` nor `use_lockfile = true`. ' +
      'Without a lock, two `terraform apply` runs (a pipeline and a laptop, two merged pull requests) read the same state and the last write wins: ' +
      'resources the other run created are forgotten, and the next plan tries to create them again or destroys them.',
    messages: {
      noLock:
        "The S3 backend of {module} has no state locking (no dynamodb_table, use_lockfile is {state}): two concurrent applies can overwrite each other's state and orphan or destroy resources. Set use_lockfile = true (Terraform 1.10+) or a dynamodb_table.",
    },
  },
  check(project, context) {
    const reports = new ReportsByPlace();
    for (const { module, backend } of rootBackends(project.terraform, 's3')) {
      if (setting(backend, 'dynamodb_table')) continue;
      const state = boolOf(setting(backend, 'use_lockfile')?.value);
      if (state === 'true' || state === 'unknown') continue;
      const at = settingOrHeader(backend, 'use_lockfile');
      reports.add(module, at, state, (roots) =>
        context.report({
          messageId: 'noLock',
          data: { module: roots, state: state === 'absent' ? 'not set' : 'false' },
          at,
          resource: 'terraform.backend.s3',
          fix: settingFix(backend, 'use_lockfile', 'true'),
        }),
      );
    }
    reports.flush();
  },
});
