import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/gcp-alloydb-regional';

ruleTester('gcp-alloydb-regional', {
  valid: [`${F}/pass/regional.tf`],
  invalid: [
    {
      path: `${F}/fail/basic-primary.tf`,
      findings: [
        {
          line: 14,
          column: 23,
          endLine: 14,
          endColumn: 30,
          resource: 'google_alloydb_instance.primary',
          message: 'is ZONAL',
          fixText: '"REGIONAL"',
        },
      ],
    },
    {
      // The value comes from a variable default: reported there, and no fix rewires the variable.
      path: `${F}/fail/zonal-variable`,
      findings: [
        {
          file: `${F}/fail/zonal-variable/main.tf`,
          line: 19,
          column: 23,
          endLine: 19,
          endColumn: 44,
          resource: 'google_alloydb_instance.primary',
        },
      ],
    },
  ],
});
