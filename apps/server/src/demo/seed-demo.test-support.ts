import { listFollowUpTasks, type Database, type DatabaseHandle } from '@doithoai/db';
import { createVietnamWorkingCalendar, deadlineState, type DeadlineState } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import { seedDemoData } from './seed-demo.js';

// What the demo's suites share: the fixed "today", seeding with its time, counts per state.

/** Not a real hash: these tests do not sign in (the server test does). */
export const PASSWORD_HASH = 'scrypt$1024$8$1$c2FsdA$not-a-real-hash';
/** Monday 23/11/2026, 09:00 in Vietnam: the demo's "today" in these tests. */
export const NOW = new Date('2026-11-23T02:00:00.000Z');
export const TODAY = '2026-11-23';
const calendar = createVietnamWorkingCalendar();

/** Seeds the demo on an empty database, timing it. @example const { ids, ms } = await seed(handle) */
export async function seed(handle: DatabaseHandle, now = NOW) {
  const started = performance.now();
  const ids = await seedDemoData(handle.db, { now, passwordHash: PASSWORD_HASH });
  return { ids, ms: Math.round(performance.now() - started) };
}

/** How many rows of `table` per value of `column`. @example await countBy(db, 'petitions', 'status') // { settled: 65, … } */
export async function countBy(
  db: Kysely<Database>,
  table: 'petitions' | 'plans' | 'follow_up_tasks' | 'findings',
  column: 'status' | 'kind' | 'channel' | 'field',
): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom(table)
    .select((eb) => [
      eb.ref(column as 'status').as('value'),
      eb.fn.countAll<string | number>().as('n'),
    ])
    .groupBy(column as 'status')
    .execute();
  return Object.fromEntries(rows.map((r) => [String(r.value), Number(r.n)]));
}

/** The deadline state of every tracked task on `today`, as the boards compute it (cancelled and carried-over tasks are not tracked). @example await taskDeadlineStates(db, TODAY) */
export async function taskDeadlineStates(
  db: Kysely<Database>,
  today: string,
): Promise<DeadlineState[]> {
  const codes = (await db.selectFrom('admin_units').select('code').execute()).map((u) => u.code);
  const tasks = await listFollowUpTasks(db, { adminUnitCodes: codes });
  return tasks
    .filter((t) => t.status !== 'cancelled' && t.status !== 'carried-over')
    .map(
      (t) =>
        deadlineState(
          calendar,
          {
            dueDate: t.originalDueOn,
            extension: t.extensionCount > 0 ? { newDueDate: t.dueOn } : null,
            metOn: t.doneOn,
          },
          today,
        ).state,
    );
}
