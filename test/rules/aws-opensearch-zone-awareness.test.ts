import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/aws-opensearch-zone-awareness';

ruleTester('aws-opensearch-zone-awareness', {
  valid: [`${F}/pass/zone-aware.tf`],
  invalid: [
    {
      path: `${F}/fail/single-az.tf`,
      findings: [
        {
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 17,
          resource: 'aws_opensearch_domain.logs',
          message: 'zone_awareness_enabled not set',
          fixText: '\n    zone_awareness_enabled = true',
        },
        {
          line: 16,
          column: 1,
          endLine: 16,
          endColumn: 45,
          resource: 'aws_elasticsearch_domain.legacy',
          message: 'single data node',
        },
      ],
    },
  ],
});
