import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { seedTenant, testDialects, type SeededTenant } from '../testing/index.js';
import {
  findSessionWithAccount,
  insertSession,
  markAccountSessionsEnded,
  markSessionEnded,
  touchSession,
} from './sessions.repository.js';

const NOW = '2025-12-10T01:00:00.000Z';
const LATER = '2025-12-10T02:00:00.000Z';
const EXPIRES = '2025-12-10T13:00:00.000Z';

const dialects = await testDialects();

describe.each(dialects)('session storage on $name', (dialect) => {
  let handle: DatabaseHandle;
  let tenant: SeededTenant;
  beforeAll(async () => {
    handle = await dialect.open();
    tenant = await seedTenant(handle.db, {
      provinceCode: '19',
      communeCode: '02086',
      communeName: 'Chợ Mới',
      passwordHash: 'x',
    });
  });
  afterAll(() => handle.close());

  it('reads a session with its account in camelCase, and records its last use', async () => {
    const account = tenant.accounts['party-office'];
    await insertSession(handle.db, {
      tokenHash: 'h-read',
      accountId: account.id,
      createdAt: NOW,
      expiresAt: EXPIRES,
    });
    expect(await findSessionWithAccount(handle.db, 'h-read')).toMatchObject({
      tokenHash: 'h-read',
      lastSeenAt: NOW,
      expiresAt: EXPIRES,
      endedAt: null,
      account: {
        id: account.id,
        username: account.username,
        role: 'party-office',
        adminUnitCode: '02086',
        active: true,
      },
    });
    await touchSession(handle.db, 'h-read', LATER);
    expect((await findSessionWithAccount(handle.db, 'h-read'))?.lastSeenAt).toBe(LATER);
    expect(await findSessionWithAccount(handle.db, 'no-such-hash')).toBeUndefined();
  });

  it('ends a session once (the first reason stays), and every open session of an account', async () => {
    const account = tenant.accounts['commune-chair'];
    for (const tokenHash of ['h-one', 'h-two'])
      await insertSession(handle.db, {
        tokenHash,
        accountId: account.id,
        createdAt: NOW,
        expiresAt: EXPIRES,
      });
    await markSessionEnded(handle.db, 'h-one', NOW, 'logout');
    await markSessionEnded(handle.db, 'h-one', LATER, 'idle');
    await markAccountSessionsEnded(handle.db, account.id, LATER, 'password-reset');
    const reasons = await handle.db
      .selectFrom('sessions')
      .select(['token_hash', 'ended_at', 'end_reason'])
      .where('account_id', '=', account.id)
      .orderBy('token_hash')
      .execute();
    expect(reasons).toEqual([
      { token_hash: 'h-one', ended_at: NOW, end_reason: 'logout' },
      { token_hash: 'h-two', ended_at: LATER, end_reason: 'password-reset' },
    ]);
  });
});
