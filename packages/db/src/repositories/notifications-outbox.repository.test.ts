import { present } from '@doithoai/domain/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { seedTenant } from '../testing/seed-tenant.js';
import { testDialects } from '../testing/test-databases.js';
import {
  claimDueNotifications,
  countSentToRecipient,
  enqueueNotifications,
  listAccountNotifications,
  markNotification,
  markNotificationsRead,
  type OutboxMessage,
} from './notifications-outbox.repository.js';
import {
  deliverToSink,
  listSink,
  optedOutChannels,
  recordOptOut,
  revokeOptOut,
} from './notifications-settings.repository.js';

const COMMUNE = '21700'; // Sơn Tây Hạ (seed 004)
const NOW = '2026-01-09T02:00:00.000Z';
const extensionSms = (n: number, overrides: Partial<OutboxMessage> = {}): OutboxMessage => ({
  adminUnitCode: COMMUNE,
  idempotencyKey: `extension:ext-${n}|phone:0905000301|sms`,
  eventId: `extension:ext-${n}`,
  kind: 'answer-extended',
  channel: 'sms',
  recipientKey: 'phone:0905000301',
  recipientAddress: '0905000301',
  params: { trackingCode: 'STH6-R2VE', newDueOn: '06/02/2026' },
  title: 'Gia hạn trả lời kiến nghị',
  body: 'UBND xã Sơn Tây Hạ gia hạn trả lời kiến nghị STH6-R2VE đến ngày 06/02/2026.',
  notBefore: NOW,
  ...overrides,
});

const dialects = await testDialects();
describe.each(dialects)('the notification outbox on $name', (dialect) => {
  let handle: DatabaseHandle;
  let landOfficer: string;

  beforeAll(async () => {
    handle = await dialect.open();
    const tenant = await seedTenant(handle.db, {
      provinceCode: '51',
      communeCode: COMMUNE,
      communeName: 'Sơn Tây Hạ',
      passwordHash: 'x',
    });
    landOfficer = tenant.accounts.department.id;
  });
  afterAll(() => handle.close());
  beforeEach(async () => {
    await handle.db.deleteFrom('notification_outbox').execute();
  });

  const claim = (dispatcherId: string, at = NOW, limit = 10) =>
    claimDueNotifications(handle.db, {
      dialect: dialect.name,
      dispatcherId,
      now: new Date(at),
      leaseMs: 60_000,
      limit,
    });

  it('keeps nothing of a change that rolled back', async () => {
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await enqueueNotifications(trx, [extensionSms(1)], NOW);
        throw new Error('the extension was refused');
      }),
    ).rejects.toThrow('refused');
    expect(await claim('d1')).toEqual([]);
  });

  it('writes one message per event, recipient and channel however often it is enqueued', async () => {
    expect(await enqueueNotifications(handle.db, [extensionSms(1)], NOW)).toBe(1);
    expect(await enqueueNotifications(handle.db, [extensionSms(1)], NOW)).toBe(0);
    expect(await claim('d1')).toHaveLength(1);
  });

  it('claims only what is due, counts the attempt, and lets only its holder mark it', async () => {
    await enqueueNotifications(
      handle.db,
      [extensionSms(1), extensionSms(2, { notBefore: '2026-01-10T00:00:00.000Z' })],
      NOW,
    );
    const [row, ...rest] = await claim('d1');
    expect(rest).toEqual([]);
    expect(row).toMatchObject({ status: 'sending', attempts: 1, claimed_by: 'd1' });
    expect(await claim('d2')).toEqual([]); // held by d1
    const sent = { status: 'sent', providerMessageId: 'msg-1' } as const;
    expect(
      await markNotification(
        handle.db,
        present(row, 'the claimed message').id,
        'd2',
        sent,
        new Date(NOW),
      ),
    ).toBe(false);
    expect(
      await markNotification(
        handle.db,
        present(row, 'the claimed message').id,
        'd1',
        sent,
        new Date(NOW),
      ),
    ).toBe(true);
    expect(
      await countSentToRecipient(
        handle.db,
        'phone:0905000301',
        ['sms'],
        NOW,
        '2026-01-10T00:00:00.000Z',
      ),
    ).toBe(1);
  });

  it("gives a dead dispatcher's claim to another once its lease has passed", async () => {
    await enqueueNotifications(handle.db, [extensionSms(1)], NOW);
    const [first] = await claim('d1');
    expect(await claim('d2', '2026-01-09T02:00:30.000Z')).toEqual([]);
    const [again] = await claim('d2', '2026-01-09T02:01:01.000Z');
    expect(again).toMatchObject({
      id: present(first, 'the first claim').id,
      attempts: 2,
      claimed_by: 'd2',
    });
  });

  it('puts a held message back without counting the attempt (quiet hours)', async () => {
    await enqueueNotifications(handle.db, [extensionSms(1)], NOW);
    const [row] = await claim('d1');
    const morning = '2026-01-10T00:00:00.000Z';
    await markNotification(
      handle.db,
      present(row, 'the claimed message').id,
      'd1',
      { status: 'pending', retryAt: morning, note: 'Giờ nghỉ', refundAttempt: true },
      new Date(NOW),
    );
    expect(await claim('d1')).toEqual([]);
    expect(await claim('d1', morning)).toMatchObject([{ attempts: 1 }]);
  });

  it("delivers an official's in-app messages as they are written, with the unread count", async () => {
    await enqueueNotifications(
      handle.db,
      [1, 2].map((n) => ({
        ...extensionSms(n),
        idempotencyKey: `assign:p${n}|account:${landOfficer}|in-app`,
        kind: 'petition-assigned' as const,
        channel: 'in-app' as const,
        recipientKey: `account:${landOfficer}`,
        recipientAccountId: landOfficer,
        recipientAddress: null,
      })),
      NOW,
    );
    expect(await claim('d1')).toEqual([]); // nothing for a dispatcher: written is delivered
    const bell = await listAccountNotifications(handle.db, landOfficer, 10);
    expect(bell.unread).toBe(2);
    await markNotificationsRead(
      handle.db,
      landOfficer,
      [present(bell.items[0], 'the newest notification').id],
      NOW,
    );
    expect((await listAccountNotifications(handle.db, landOfficer, 10)).unread).toBe(1);
    await markNotificationsRead(handle.db, landOfficer, 'all', NOW);
    expect((await listAccountNotifications(handle.db, landOfficer, 10)).unread).toBe(0);
  });

  it('records an opt-out per channel and takes it back without deleting it', async () => {
    const who = { adminUnitCode: COMMUNE, recipientKey: 'phone:0905000301' };
    await recordOptOut(handle.db, { ...who, channel: 'sms', how: 'keyword' }, NOW);
    expect(await optedOutChannels(handle.db, COMMUNE, who.recipientKey)).toEqual(['sms']);
    await revokeOptOut(handle.db, COMMUNE, who.recipientKey, 'sms', NOW);
    expect(await optedOutChannels(handle.db, COMMUNE, who.recipientKey)).toEqual([]);
    await recordOptOut(handle.db, { ...who, channel: 'sms', how: 'link' }, NOW);
    expect(await optedOutChannels(handle.db, COMMUNE, who.recipientKey)).toEqual(['sms']);
    const rows = await handle.db.selectFrom('notification_opt_outs').selectAll().execute();
    expect(rows).toHaveLength(1);
  });

  it('keeps one copy in the sink of a message delivered twice under one key', async () => {
    const message = {
      adminUnitCode: COMMUNE,
      idempotencyKey: 'extension:ext-9|phone:0905000301|zalo-zns',
      channel: 'zalo-zns' as const,
      address: '0905000301',
      title: 'Gia hạn trả lời kiến nghị',
      body: 'Hạn mới 06/02/2026',
    };
    const first = await deliverToSink(handle.db, message, NOW);
    expect(await deliverToSink(handle.db, message, NOW)).toBe(first);
    expect(await listSink(handle.db, COMMUNE, 10)).toHaveLength(1);
  });

  it.runIf(dialect.name === 'postgres')(
    'never gives the same message to two dispatchers claiming at once',
    async () => {
      await enqueueNotifications(
        handle.db,
        Array.from({ length: 60 }, (_, n) => extensionSms(100 + n)),
        NOW,
      );
      const claimed: string[] = [];
      await Promise.all(
        ['d1', 'd2', 'd3'].map(async (id) => {
          for (;;) {
            const rows = await claim(id, NOW, 4);
            if (rows.length === 0) return;
            claimed.push(...rows.map((r) => r.id));
          }
        }),
      );
      expect(claimed).toHaveLength(60);
      expect(new Set(claimed).size).toBe(60);
    },
  );
});
