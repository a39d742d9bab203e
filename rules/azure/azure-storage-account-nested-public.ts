import { defineRule, valueAt } from '../../src/engine/rule.js';
import { asBool } from '../../src/model/terraform/value.js';
import { literalFix, resourcesOf } from '../lib/terraform.js';

export default defineRule({
  meta: {
    id: 'azure-storage-account-nested-public',
    category: 'public-bucket',
    severity: 'warning',
    fixable: true,
    title: 'Storage accounts should not allow containers to be made public',
    description:
      'allow_nested_items_to_be_public defaults to true in the azurerm provider (3.x and 4.x), which lets any container of the account be switched to anonymous access by one setting, in Terraform or the portal. Setting it to false blocks anonymous access for the whole account.',
    messages: {
      missing:
        'Storage account {resource} does not set allow_nested_items_to_be_public, and the provider default is true: any container can be made anonymously readable with one change. Set allow_nested_items_to_be_public = false.',
      enabled:
        'Storage account {resource} sets allow_nested_items_to_be_public = true: any container can be made anonymously readable with one change. Set it to false.',
    },
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, 'azurerm_storage_account')) {
      const attr = resource.attr('allow_nested_items_to_be_public');
      const allowed = asBool(attr?.value);
      if (attr && allowed !== true) continue; // false, or unknown: never guess
      const fix = literalFix(resource, 'allow_nested_items_to_be_public', 'false');
      context.report({
        messageId: attr ? 'enabled' : 'missing',
        at: valueAt(attr) ?? resource,
        resource: resource.address,
        fix,
      });
    }
  },
});
