import { defineRule, valueAt } from '../../src/engine/rule.js';
import { asString } from '../../src/model/terraform/value.js';
import { literalFix, resourcesOf } from '../lib/terraform.js';

export default defineRule({
  meta: {
    id: 'azure-storage-container-public',
    category: 'public-bucket',
    severity: 'error',
    fixable: true,
    title: 'Azure storage containers must not allow anonymous access',
    description:
      'An azurerm_storage_container with container_access_type "blob" lets anyone on the internet read every blob whose name they know; "container" also lets them list the container. The default is "private".',
    messages: {
      public:
        'Storage container {resource} allows anonymous {what}: anyone on the internet can download its data without credentials. Set container_access_type = "private" and hand out SAS tokens or use a CDN with private origin access.',
    },
  },
  check(project, context) {
    for (const { resource } of resourcesOf(project, 'azurerm_storage_container')) {
      const attr = resource.attr('container_access_type');
      const type = asString(attr?.value)?.toLowerCase();
      if (!attr || (type !== 'blob' && type !== 'container')) continue;
      context.report({
        messageId: 'public',
        data: { what: type === 'container' ? 'read and listing of every blob' : 'read of every blob' },
        at: valueAt(attr),
        resource: resource.address,
        fix: literalFix(resource, 'container_access_type', '"private"'),
      });
    }
  },
});
