// S3 backends must encrypt the state object: state holds every secret Terraform saw.

import { defineRule } from '../../src/engine/rule.js';
import { rootBackends, setting, settingFix, settingOrHeader } from './lib/backend.js';
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
    for (const { module, backend } of rootBackends(project.terraform, 's3')) {
      const state = boolOf(setting(backend, 'encrypt')?.value);
      if (state === 'true' || state === 'unknown') continue;
      context.report({
        messageId: 'notEncrypted',
        data: { module: module.dir, state: state === 'absent' ? 'not set' : 'false' },
        at: settingOrHeader(backend, 'encrypt'),
        resource: 'terraform.backend.s3',
        fix: settingFix(backend, 'encrypt', 'true'),
      });
    }
  },
});
