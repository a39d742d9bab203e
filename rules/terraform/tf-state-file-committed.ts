// Terraform state committed to the repository: secrets in git history, and a state that
// drifts from the real one the moment someone applies from another checkout.

import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'tf-state-file-committed',
    category: 'unversioned-state',
    severity: 'error',
    title: 'Terraform state files must not be committed',
    description:
      'Flags `*.tfstate` and `*.tfstate.backup` files in the scanned tree (their contents are never read or printed). ' +
      'State holds every secret Terraform manages in plain text, and git history keeps it forever; a committed state also forks ' +
      'the moment two people apply from different checkouts, which leads to duplicated or destroyed resources.',
    messages: {
      committed:
        'Terraform state file {path} is committed: it stores secrets in plain text for everyone with read access to the repository, and copies of it diverge between checkouts. Move the state to a remote backend, delete the file from the repository (and its history), rotate the secrets it held, and add *.tfstate* to .gitignore.',
    },
  },
  check(project, context) {
    for (const file of project.stateFiles) {
      const start = { line: 1, column: 1, offset: 0 };
      context.report({
        messageId: 'committed',
        data: { path: file.path },
        at: { file, range: { start, end: start } },
        resource: `file:${file.path}`,
      });
    }
  },
});
