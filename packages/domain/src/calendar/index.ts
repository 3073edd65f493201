// @doithoai/domain/calendar — civil dates, the lunar calendar, statutory holidays and working
// days: the part of the domain the calendar screens and the deadline rules both count with.
export * from './civil-date.js';
export * from './holiday.schema.js';
export * from './lunar.js';
export * from './statutory-holidays.js';
export * from './official-schedules.js';
export * from './holiday-table.js';
export * from './working-calendar.js';
export * from './working-days.js';
export * from './vietnam-calendar.js';
