import { ruleTester } from '../support/rule-tester.js';

const F = 'fixtures/rules/azure-redis-cache-zones';
const basic = {
  line: 7,
  column: 25,
  endLine: 7,
  endColumn: 32,
  resource: 'azurerm_redis_cache.dev',
  message: 'is on the Basic tier',
};
const standard = {
  line: 16,
  column: 25,
  endLine: 16,
  endColumn: 35,
  resource: 'azurerm_redis_cache.sessions',
  message: 'is on the Standard tier',
};
const premium = [
  {
    line: 19,
    column: 1,
    endLine: 19,
    endColumn: 41,
    resource: 'azurerm_redis_cache.catalog',
    message: 'sets no availability zones',
    fixText: '\n  zones = ["1", "2", "3"]',
  },
  {
    line: 35,
    column: 25,
    endLine: 35,
    endColumn: 30,
    resource: 'azurerm_redis_cache.pricing',
    message: 'is pinned to zone 2 only',
    fixText: '["1", "2", "3"]',
  },
];

ruleTester('azure-redis-cache-zones', {
  valid: [`${F}/pass/premium-zones.tf`],
  invalid: [{ path: `${F}/fail/caches.tf`, findings: [basic, standard, ...premium] }],
});

// Standard caches can be left alone where Azure places them across zones itself.
ruleTester('azure-redis-cache-zones', {
  options: { checkStandard: false },
  valid: [`${F}/pass/premium-zones.tf`],
  invalid: [{ path: `${F}/fail/caches.tf`, findings: [basic, ...premium] }],
});
