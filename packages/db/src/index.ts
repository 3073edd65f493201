export * from './database.js';
export * from './migrate.js';
export * from './tables/index.js';
export * from './repositories/ids.js';
export * from './repositories/audit.repository.js';
export * from './repositories/admin-units.repository.js';
export * from './repositories/accounts.repository.js';
