export * from './calendar/civil-date.js';
export * from './calendar/holiday.schema.js';
export * from './errors/domain-error.js';
export * from './accounts/role.schema.js';
export * from './plans/plan.status.js';
export * from './petitions/petition.status.js';
export * from './follow-up/follow-up.status.js';
