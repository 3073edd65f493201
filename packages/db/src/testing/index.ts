export { testDialects, TEST_POSTGRES_URL, type TestDialect } from './test-databases.js';
export { seedTenant, type SeededTenant } from './seed-tenant.js';
export { insertTestPlan } from './test-plans.js';
