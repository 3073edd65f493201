import {
  enqueueNotifications,
  recordOptOut,
  saveChannelSettings,
  type DatabaseHandle,
  type OutboxMessage,
} from '@doithoai/db';
import { seedTenant, testDialects } from '@doithoai/db/testing';
import { renderNotification } from '@doithoai/domain';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import type { ChannelAdapter } from './channel-adapter.js';
import { createAdapterResolver, type AdapterResolver } from './channel-config.js';
import { createDispatcher } from './dispatcher.js';
import {
  startFakeHttpProvider,
  startFakeSmtp,
  startFakeZns,
} from './fake-providers.test-support.js';

const COMMUNE = '21700'; // Sơn Tây Hạ, Quảng Ngãi (seed 004)
const PHONE = '0905000301';
/** 09:00 on 09/01/2026 in Vietnam: the office extends the land task (seed 004). */
const MORNING = new Date('2026-01-09T02:00:00.000Z');

const extension = renderNotification('answer-extended', {
  communeName: 'UBND xã Sơn Tây Hạ',
  trackingCode: 'STH6-R2VE',
  newDueOn: '06/02/2026',
  reason: 'Chờ trích lục hồ sơ địa chính thửa đất.',
});
const message = (n: number, overrides: Partial<OutboxMessage> = {}): OutboxMessage => ({
  adminUnitCode: COMMUNE,
  idempotencyKey: `follow-up.extend:task-${n}:2026-02-06|phone:${PHONE}|zalo-zns`,
  eventId: `follow-up.extend:task-${n}:2026-02-06`,
  kind: 'answer-extended',
  channel: 'zalo-zns',
  recipientKey: `phone:${PHONE}`,
  recipientAddress: PHONE,
  params: {
    communeName: 'UBND xã Sơn Tây Hạ',
    trackingCode: 'STH6-R2VE',
    newDueOn: '06/02/2026',
    reason: 'Chờ trích lục.',
  },
  title: extension.title,
  body: extension.text,
  notBefore: MORNING.toISOString(),
  ...overrides,
});

const dialects = await testDialects();
describe.each(dialects)('the dispatcher on $name', (dialect) => {
  let handle: DatabaseHandle;
  let clock = MORNING;
  const now = () => clock;

  beforeAll(async () => {
    handle = await dialect.open();
    await seedTenant(handle.db, {
      provinceCode: '51',
      communeCode: COMMUNE,
      communeName: 'Sơn Tây Hạ',
      passwordHash: 'x',
    });
  });
  afterAll(() => handle.close());
  beforeEach(async () => {
    clock = MORNING;
    await handle.db.deleteFrom('notification_outbox').execute();
    await handle.db.deleteFrom('notification_opt_outs').execute();
  });

  async function withZns<T>(
    fail: Parameters<typeof startFakeZns>[0],
    run: (z: Awaited<ReturnType<typeof startFakeZns>>, adapters: AdapterResolver) => Promise<T>,
  ) {
    const fake = await startFakeZns(fail);
    try {
      const adapters = createAdapterResolver({
        db: handle.db,
        now,
        sink: false,
        environment: {
          zns: {
            url: fake.url,
            accessToken: 'token-oa',
            templates: { 'answer-extended': '412345' },
            timeoutMs: 2_000,
          },
        },
      });
      return await run(fake, adapters);
    } finally {
      await fake.close();
    }
  }
  const dispatcher = (adapters: AdapterResolver, id = 'd1') =>
    createDispatcher({
      db: handle.db,
      dialect: dialect.name,
      now,
      adapters,
      dispatcherId: id,
      leaseMs: 60_000,
    });
  const row = async (key = message(1).idempotencyKey) =>
    handle.db
      .selectFrom('notification_outbox')
      .selectAll()
      .where('idempotency_key', '=', key)
      .executeTakeFirstOrThrow();

  it('sends a committed message through ZNS with its template parameters and marks it sent', async () => {
    await withZns(undefined, async (fake, adapters) => {
      await enqueueNotifications(handle.db, [message(1)], MORNING.toISOString());
      expect(await dispatcher(adapters).runOnce()).toBe(1);
      expect(fake.received).toHaveLength(1);
      const sent = present(fake.received[0], 'the ZNS request');
      expect(sent.headers['access_token']).toBe('token-oa');
      expect(sent.json).toMatchObject({
        phone: '84905000301',
        template_id: '412345',
        template_data: { trackingCode: 'STH6-R2VE', newDueOn: '06/02/2026' },
      });
      expect(await row()).toMatchObject({
        status: 'sent',
        attempts: 1,
        provider_message_id: expect.stringMatching(/^zns-/) as unknown,
      });
    });
  });

  it('sends nothing of a change that rolled back', async () => {
    await withZns(undefined, async (fake, adapters) => {
      await expect(
        handle.db.transaction().execute(async (trx) => {
          await enqueueNotifications(trx, [message(1)], MORNING.toISOString());
          throw new Error('Gia hạn bị từ chối');
        }),
      ).rejects.toThrow('từ chối');
      expect(await dispatcher(adapters).runOnce()).toBe(0);
      expect(fake.received).toEqual([]);
    });
  });

  it('a dispatcher killed between the provider’s acceptance and the marking: sent again once, seen once', async () => {
    await withZns(undefined, async (fake, adapters) => {
      await enqueueNotifications(handle.db, [message(1)], MORNING.toISOString());
      // The first process: the provider accepts, then the process dies before marking the row
      // (its send never returns to the dispatcher).
      const dying: AdapterResolver = async (unit, channel) => {
        const real = present(await adapters(unit, channel), `the ${channel} adapter`);
        const adapter: ChannelAdapter = {
          send: async (m) => {
            await real.send(m);
            return new Promise(() => undefined);
          },
        };
        return adapter;
      };
      void dispatcher(dying, 'killed').runOnce();
      await expect.poll(() => fake.received.length, { timeout: 30_000 }).toBe(1);
      expect(await row()).toMatchObject({ status: 'sending', claimed_by: 'killed' });
      // Within the lease, another process leaves it alone; after it, takes it over.
      clock = new Date(MORNING.getTime() + 30_000);
      expect(await dispatcher(adapters, 'survivor').runOnce()).toBe(0);
      clock = new Date(MORNING.getTime() + 61_000);
      expect(await dispatcher(adapters, 'survivor').runOnce()).toBe(1);
      expect(fake.received).toHaveLength(2); // sent again at most once more…
      const trackingIdOf = (n: number) =>
        present(present(fake.received[n], `send ${n + 1}`).json, `send ${n + 1}'s body`)[
          'tracking_id'
        ];
      expect(trackingIdOf(0)).toBe(trackingIdOf(1));
      expect(fake.inbox.size).toBe(1); // …and the recipient sees it once
      expect(await row()).toMatchObject({ status: 'sent', attempts: 2, claimed_by: null });
    });
  });

  it.runIf(dialect.name === 'postgres')('two dispatchers never send the same message', async () => {
    await withZns(undefined, async (fake, adapters) => {
      // Forty citizens (one message each, so the daily cap plays no part).
      const messages = Array.from({ length: 40 }, (_, n) => {
        const phone = `09050004${String(n).padStart(2, '0')}`;
        return message(100 + n, {
          idempotencyKey: `follow-up.extend:task-${n}:2026-02-06|phone:${phone}|zalo-zns`,
          recipientKey: `phone:${phone}`,
          recipientAddress: phone,
        });
      });
      await enqueueNotifications(handle.db, messages, MORNING.toISOString());
      const a = createDispatcher({
        db: handle.db,
        dialect: 'postgres',
        now,
        adapters,
        dispatcherId: 'a',
        batchSize: 3,
      });
      const b = createDispatcher({
        db: handle.db,
        dialect: 'postgres',
        now,
        adapters,
        dispatcherId: 'b',
        batchSize: 3,
      });
      const drain = async (d: typeof a) => {
        while ((await d.runOnce()) > 0);
      };
      await Promise.all([drain(a), drain(b)]);
      const ids = fake.received.map((r) => String(present(r.json, "a send's body")['tracking_id']));
      expect(ids).toHaveLength(40);
      expect(new Set(ids).size).toBe(40);
      const sent = await handle.db
        .selectFrom('notification_outbox')
        .select(['status', 'attempts'])
        .execute();
      expect(sent.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
    });
  });

  it('backs off 1 min, 5 min, 30 min, 2 h, 6 h on errors, follows Retry-After, then gives up', async () => {
    const answers = [
      { status: 503, body: 'bảo trì' },
      { status: 429, body: 'quá nhiều', headers: { 'retry-after': '900' } },
      'hang' as const,
      { status: 200, body: { error: -124, message: 'Access token is invalid' } },
      { status: 500, body: 'lỗi' },
      { status: 502, body: 'lỗi' },
    ];
    await withZns(
      (i) => answers[i] ?? null,
      async (fake, adapters) => {
        await enqueueNotifications(handle.db, [message(1)], MORNING.toISOString());
        const d = dispatcher(adapters);
        const waits: number[] = [];
        for (let attempt = 1; attempt <= 6; attempt++) {
          expect(await d.runOnce()).toBe(1);
          const r = await row();
          if (r.status === 'given-up') break;
          expect(r.status).toBe('failed');
          const next = new Date(r.next_attempt_at);
          waits.push((next.getTime() - clock.getTime()) / 1000);
          expect(await d.runOnce()).toBe(0); // not before its time
          clock = next;
        }
        expect(waits).toEqual([60, 900, 1800, 7200, 21600]);
        const last = await row();
        expect(last).toMatchObject({ status: 'given-up', attempts: 6 });
        expect(last.last_error).toContain('HTTP 502');
        expect(fake.received).toHaveLength(6);
      },
    );
  }, 60_000);

  it('gives up at once when Zalo refuses the number for good, keeping its answer', async () => {
    await withZns(
      () => ({ status: 200, body: { error: -108, message: 'Phone number is invalid' } }),
      async (_fake, adapters) => {
        await enqueueNotifications(handle.db, [message(1)], MORNING.toISOString());
        await dispatcher(adapters).runOnce();
        expect(await row()).toMatchObject({
          status: 'given-up',
          attempts: 1,
          last_error: 'Zalo -108: Phone number is invalid',
        });
      },
    );
  });

  it('holds a message written at 22:30 until 07:00 and sends it then', async () => {
    await withZns(undefined, async (fake, adapters) => {
      clock = new Date('2026-01-09T15:30:00.000Z'); // 22:30 in Vietnam
      await enqueueNotifications(
        handle.db,
        [message(1, { notBefore: clock.toISOString() })],
        clock.toISOString(),
      );
      const d = dispatcher(adapters);
      expect(await d.runOnce()).toBe(1);
      expect(fake.received).toEqual([]);
      expect(await row()).toMatchObject({
        status: 'pending',
        attempts: 0,
        next_attempt_at: '2026-01-10T00:00:00.000Z',
      });
      clock = new Date('2026-01-09T23:59:00.000Z');
      expect(await d.runOnce()).toBe(0);
      clock = new Date('2026-01-10T00:00:00.000Z');
      await d.runOnce();
      expect(fake.received).toHaveLength(1);
      expect(await row()).toMatchObject({ status: 'sent', attempts: 1 });
    });
  });

  it('holds the sixth message of the day to one citizen until the next morning', async () => {
    await withZns(undefined, async (fake, adapters) => {
      await enqueueNotifications(
        handle.db,
        [1, 2, 3, 4, 5, 6].map((n) => message(n)),
        MORNING.toISOString(),
      );
      const d = dispatcher(adapters);
      while ((await d.runOnce()) > 0);
      expect(fake.received).toHaveLength(5);
      const held = await handle.db
        .selectFrom('notification_outbox')
        .selectAll()
        .where('status', '=', 'pending')
        .execute();
      expect(held).toHaveLength(1);
      expect(held[0]?.next_attempt_at).toBe('2026-01-10T00:00:00.000Z');
    });
  });

  it('cancels a message to a citizen who opted out of the channel since it was written', async () => {
    await withZns(undefined, async (fake, adapters) => {
      await enqueueNotifications(handle.db, [message(1)], MORNING.toISOString());
      await recordOptOut(
        handle.db,
        {
          adminUnitCode: COMMUNE,
          recipientKey: `phone:${PHONE}`,
          channel: 'zalo-zns',
          how: 'keyword',
        },
        MORNING.toISOString(),
      );
      await dispatcher(adapters).runOnce();
      expect(fake.received).toEqual([]);
      expect(await row()).toMatchObject({ status: 'cancelled' });
    });
  });

  it('gives up a message whose channel is off (no settings, no sink), saying so', async () => {
    const adapters = createAdapterResolver({ db: handle.db, now, sink: false, environment: {} });
    await enqueueNotifications(handle.db, [message(1)], MORNING.toISOString());
    await dispatcher(adapters).runOnce();
    expect(await row()).toMatchObject({
      status: 'given-up',
      last_error: 'Kênh "Zalo (ZNS)" chưa được cấu hình.',
    });
  });

  it('delivers into the sink with the demo data on, once per key', async () => {
    const adapters = createAdapterResolver({ db: handle.db, now, sink: true, environment: {} });
    await enqueueNotifications(handle.db, [message(1)], MORNING.toISOString());
    await dispatcher(adapters).runOnce();
    const sink = await handle.db
      .selectFrom('notification_sink')
      .selectAll()
      .where('admin_unit_code', '=', COMMUNE)
      .execute();
    expect(sink).toHaveLength(1);
    expect(sink[0]).toMatchObject({ channel: 'zalo-zns', address: PHONE });
    expect(present(sink[0], 'the message in the sink').body).toContain('đến ngày 06/02/2026');
  });

  it('sends an SMS through a brandname gateway as configured: unaccented text, auth, JSON body', async () => {
    const gateway = await startFakeHttpProvider(() => ({
      status: 200,
      body: { code: 0, smsId: 'vnpt-77' },
    }));
    try {
      await saveChannelSettings(
        handle.db,
        {
          adminUnitCode: COMMUNE,
          channel: 'sms',
          enabled: true,
          settings: {
            url: gateway.url,
            brandname: 'UBND-STH',
            unaccented: true,
            messageIdField: 'smsId',
          },
          secret: { authorization: 'Basic c29udGF5aGE6bWF0a2hhdQ==' },
          updatedBy: null,
        },
        MORNING.toISOString(),
      );
      const adapters = createAdapterResolver({ db: handle.db, now, sink: false, environment: {} });
      const sms = message(1, { channel: 'sms', idempotencyKey: `x|phone:${PHONE}|sms` });
      await enqueueNotifications(handle.db, [sms], MORNING.toISOString());
      await dispatcher(adapters).runOnce();
      expect(gateway.received).toHaveLength(1);
      const request = present(gateway.received[0], 'the SMS request');
      expect(request.headers['authorization']).toBe('Basic c29udGF5aGE6bWF0a2hhdQ==');
      expect(request.json).toMatchObject({ to: '84905000301', from: 'UBND-STH' });
      expect(present(request.json, 'the SMS body')['text']).toBe(
        'UBND xa Son Tay Ha gia han tra loi kien nghi STH6-R2VE den ngay 06/02/2026. Ly do: Cho trich luc ho so dia chinh thua dat.',
      );
      expect(await row(sms.idempotencyKey)).toMatchObject({
        status: 'sent',
        provider_message_id: 'vnpt-77',
      });
    } finally {
      await gateway.close();
      await handle.db.deleteFrom('notification_channels').execute();
    }
  });

  it('e-mails an official over SMTP, and keeps the server’s refusal when it bounces for good', async () => {
    const smtp = await startFakeSmtp((i) => (i === 1 ? 550 : null));
    try {
      const adapters = createAdapterResolver({
        db: handle.db,
        now,
        sink: false,
        environment: {
          email: {
            host: '127.0.0.1',
            port: smtp.port,
            secure: false,
            user: null,
            password: null,
            from: 'UBND xã Sơn Tây Hạ <vanphong@sontayha.gov.vn>',
            timeoutMs: 5_000,
          },
        },
      });
      const digest = (n: number, to: string) =>
        message(n, {
          channel: 'email',
          kind: 'deadline-digest',
          idempotencyKey: `digest-${n}|account:a${n}|email`,
          recipientKey: `account:a${n}`,
          recipientAddress: to,
          title: 'Nhắc hạn xử lý ngày 09/01/2026',
          body: 'Phòng Kinh tế — việc cần xử lý ngày 09/01/2026: 1 đến hạn hôm nay.',
        });
      await enqueueNotifications(
        handle.db,
        [digest(1, 'diachinh@sontayha.gov.vn'), digest(2, 'khong-ton-tai@sontayha.gov.vn')],
        MORNING.toISOString(),
      );
      await dispatcher(adapters).runOnce();
      expect(smtp.messages).toHaveLength(1);
      expect(present(smtp.messages[0], 'the e-mail').to).toEqual(['diachinh@sontayha.gov.vn']);
      expect(present(smtp.messages[0], 'the e-mail').data).toContain('Subject: =?UTF-8?');
      expect(await row('digest-1|account:a1|email')).toMatchObject({ status: 'sent' });
      expect(await row('digest-2|account:a2|email')).toMatchObject({ status: 'given-up' });
      expect((await row('digest-2|account:a2|email')).last_error).toContain('SMTP 550');
    } finally {
      await smtp.close();
    }
  });
});
