export * from './notification.schema.js';
export * from './templates.js';
export * from './delivery-policy.js';
export * from './recipients.js';
export * from './sms-text.js';
export * from './deadline-digest.js';
export * from './channel-settings.js';
