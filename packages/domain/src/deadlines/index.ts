export * from './rule.schema.js';
export * from './profile.schema.js';
export * from './rule-templates.js';
export * from './profiles/index.js';
export * from './period.js';
export * from './schedule.js';
export * from './deadline-state.js';
export * from './answer-deadline.js';
