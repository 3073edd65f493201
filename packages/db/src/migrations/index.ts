import type { Migration } from 'kysely';
import * as createCore from './2026_11_23_1800_create_core.js';

/** Every migration, by name; names sort in the order they run. A static map, not a folder scan. */
export const MIGRATIONS: Record<string, Migration> = {
  '2026_11_23_1800_create_core': createCore,
};
