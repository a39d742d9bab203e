// S3 backends must encrypt the state object: state holds every secret Terraform saw.

import { defineRule } from '../../src/engine/rule.js';
import { ReportsByPlace, rootBackends, setting, settingFix, settingOrHeader } from './lib/backend.js';
import { boolOf } from '../lib/terraform.js';

export default defineRule({
  meta: {
    id: 'tf-backend-s3-encryption',
    category: 'unversioned-state',
    severity: 'warning',
    fixable: true,
    title: 'S3 backends must set encrypt = true',
    description:
      'Flags `backend "s3"` configurations (with their partial configuration files, `*.tfbackend` and `backend.hcl`) whose `encrypt` is missing or false. ' +
      'Terraform state contains database passwords, private keys and tokens in plain text; `encrypt = true` makes the backend request server-side encryption ' +
      'for every state write, whatever the bucket default is, and is required for `kms_key_id` to take effect.',
    messages: {
      notEncrypted:
        'The S3 backend of {module} does not encrypt its state (encrypt is {state}): the state file holds every secret Terraform manages in plain text. Set encrypt = true (and kms_key_id for a customer-managed key).',
    },
  },
  check(project, context) {
    const reports = new ReportsByPlace();
    for (const { module, backend } of rootBackends(project.terraform, 's3')) {
      const state = boolOf(setting(backend, 'encrypt')?.value);
      if (state === 'true' || state === 'unknown') continue;
      const at = settingOrHeader(backend, 'encrypt');
      reports.add(module, at, state, (roots) =>
        context.report({
          messageId: 'notEncrypted',
          data: { module: roots, state: state === 'absent' ? 'not set' : 'false' },
          at,
          resource: 'terraform.backend.s3',
          fix: settingFix(backend, 'encrypt', 'true'),
        }),
      );
    }
    reports.flush();
  },
});
