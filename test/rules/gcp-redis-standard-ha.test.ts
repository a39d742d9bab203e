import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/gcp-redis-standard-ha';

ruleTester('gcp-redis-standard-ha', {
  valid: [`${F}/pass/standard-ha.tf`, `${F}/pass/unknown-tier.tf`],
  invalid: [
    {
      path: `${F}/fail/default-tier.tf`,
      findings: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 40,
          resource: 'google_redis_instance.cart',
          message: 'does not set tier',
          fixText: '\n  tier = "STANDARD_HA"',
        },
      ],
    },
    {
      path: `${F}/fail/basic-count.tf`,
      findings: [
        {
          line: 9,
          column: 20,
          endLine: 9,
          endColumn: 27,
          resource: 'google_redis_instance.cache[0]',
          message: 'uses the BASIC tier',
          fixText: '"STANDARD_HA"',
        },
        {
          line: 9,
          column: 20,
          endLine: 9,
          endColumn: 27,
          resource: 'google_redis_instance.cache[1]',
          message: 'uses the BASIC tier',
          fixText: '"STANDARD_HA"',
        },
      ],
    },
  ],
});
