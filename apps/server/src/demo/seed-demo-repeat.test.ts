import { testDialects } from '@doithoai/db/testing';
import { PETITION_STATUSES } from '@doithoai/domain';
import { describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import { seedDemoData } from './seed-demo.js';
import {
  countBy,
  PASSWORD_HASH,
  seed,
  taskDeadlineStates,
  TODAY,
} from './seed-demo.test-support.js';

const dialects = await testDialects();
const sqlite = present(dialects[0], 'the SQLite dialect');

describe.each(dialects)('the demo built twice on $name', (dialect) => {
  it('builds the same demo on another empty database: the same counts per state', async () => {
    const [first, other] = [await dialect.open(), await dialect.open()];
    try {
      const times = [(await seed(first)).ms, (await seed(other)).ms];
      console.log(`Demo seeded twice on ${dialect.name}: ${times.join(' ms, ')} ms`);
      for (const [table, column] of [
        ['petitions', 'status'],
        ['petitions', 'channel'],
        ['plans', 'status'],
        ['follow_up_tasks', 'status'],
        ['findings', 'kind'],
      ] as const)
        expect(await countBy(other.db, table, column)).toEqual(
          await countBy(first.db, table, column),
        );
      expect(await taskDeadlineStates(other.db, TODAY)).toEqual(
        await taskDeadlineStates(first.db, TODAY),
      );
    } finally {
      await first.close();
      await other.close();
    }
  });
});

describe('the demo built on another day', () => {
  it('still shows every petition state and every deadline state, counted from that day', async () => {
    const handle = await sqlite.open();
    try {
      const { ms } = await seed(handle, new Date('2027-04-14T03:00:00.000Z'));
      console.log(`Demo on ${sqlite.name} for 14/04/2027: ${ms} ms`);
      expect(Object.keys(await countBy(handle.db, 'petitions', 'status')).sort()).toEqual(
        [...PETITION_STATUSES].sort(),
      );
      const states = new Set(await taskDeadlineStates(handle.db, '2027-04-14'));
      expect([...states].sort()).toEqual([
        'due-soon',
        'due-today',
        'extended',
        'long-overdue',
        'met-late',
        'met-on-time',
        'overdue',
        'upcoming',
      ]);
    } finally {
      await handle.close();
    }
  });

  it('tells the stories as of its earliest day when the clock is set before their history', async () => {
    const handle = await sqlite.open();
    try {
      const ids = await seedDemoData(handle.db, {
        now: new Date('2025-12-01T10:00:00.000Z'),
        passwordHash: PASSWORD_HASH,
      });
      const plans = await handle.db.selectFrom('plans').select(['id', 'status']).execute();
      expect(plans.find((p) => p.id === ids.plans['plan-cho-moi-2025'])?.status).toBe('concluded');
      const last = await handle.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.max('at').as('at'))
        .where('action', '!=', 'demo.seed')
        .executeTakeFirstOrThrow();
      expect(String(last.at) < '2026-06-01T02:00:00.000Z').toBe(true);
    } finally {
      await handle.close();
    }
  });
});
