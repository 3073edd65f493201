import { claimDueNotifications, markNotification } from '@doithoai/db';
import { testDialects } from '@doithoai/db/testing';
import { present } from '@doithoai/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal } from '../refusal.test-support.js';
import {
  heldSonTayHaWithLandPetition,
  sonTayHaConclusion,
  vietnamMorning,
  type TaskData,
} from '../routers/follow-up/follow-up.test-support.js';
import { createTestApi, type TestApi } from '../test-api.test-support.js';

const dialects = await testDialects();

// Seed 004 §II.4: the citizen must be told why the answer needs more time. Issue 15: a delivered
// extension message tells them — the step is marked on the day of delivery — and a failed one
// does not. The dispatcher's own steps (claim, mark) stand in for the server's dispatcher.
describe.each(dialects)('a delivered extension message tells the citizen on $name', (dialect) => {
  let api: TestApi;
  let land: TaskData;

  /** What the dispatcher does with the due message: claims it and marks the provider's answer. */
  async function deliver(outcome: 'sent' | 'given-up') {
    const now = new Date(vietnamMorning('2026-01-06'));
    const [claimed] = await claimDueNotifications(api.handle.db, {
      dialect: dialect.name,
      dispatcherId: 'test-dispatcher',
      now,
      leaseMs: 60_000,
      limit: 10,
      channels: ['zalo-zns'],
    });
    const row = present(claimed, 'the extension message');
    expect(row.kind).toBe('answer-extended');
    await markNotification(
      api.handle.db,
      row.id,
      'test-dispatcher',
      outcome === 'sent'
        ? { status: 'sent', providerMessageId: 'zns-1' }
        : { status: 'given-up', error: 'Số điện thoại không dùng Zalo (-108).' },
      now,
    );
  }
  const extensions = async () => {
    const office = await api.as('government-office');
    return (await office.followUp.get.query({ id: land.id })).extensions;
  };

  beforeAll(async () => {
    api = await createTestApi(dialect);
    const { sonTayHa, landPetition } = await heldSonTayHaWithLandPetition(api);
    api.setNow(vietnamMorning('2025-12-18'));
    const chair = await api.as('commune-chair');
    const issued = await chair.followUp.issueConclusion.mutate(
      sonTayHaConclusion(api, sonTayHa.id, landPetition),
    );
    land = present(issued.tasks[0], 'the land task');
  }, 60_000);
  afterAll(() => api.close());

  it('refuses an untold extension while no message can reach the citizen (no channel on)', async () => {
    api.setNow(vietnamMorning('2026-01-05'));
    const office = await api.as('government-office');
    const refused = await refusal(
      office.followUp.extend.mutate({
        id: land.id,
        expectedVersion: land.version,
        newDueOn: '2026-02-06',
        reason: 'Chờ Văn phòng đăng ký đất đai tỉnh trích lục hồ sơ địa chính thửa đất.',
        citizenInformed: false,
      }),
    );
    expect(refused.domainCode).toBe('CITIZEN_NOTICE_REQUIRED');
  });

  it('extends untold when the message will go, and marks the citizen told when it is delivered', async () => {
    const admin = await api.as('admin');
    await admin.notifications.saveChannel.mutate({
      channel: 'zalo-zns',
      enabled: true,
      settings: {},
    });
    const office = await api.as('government-office');
    const extended = await office.followUp.extend.mutate({
      id: land.id,
      expectedVersion: land.version,
      newDueOn: '2026-02-06',
      reason: 'Chờ Văn phòng đăng ký đất đai tỉnh trích lục hồ sơ địa chính thửa đất.',
      citizenInformed: false,
    });
    land = { ...land, version: extended.version };
    expect((await extensions()).at(-1)).toMatchObject({
      newDueOn: '2026-02-06',
      citizenInformed: false,
      informedOn: null,
    });
    await deliver('sent');
    expect((await extensions()).at(-1)).toMatchObject({
      newDueOn: '2026-02-06',
      citizenInformed: true,
      informedOn: '2026-01-06',
      informedHow: 'electronic',
    });
  });

  it('leaves the step untold when the message fails for good', async () => {
    const office = await api.as('government-office');
    await office.followUp.extend.mutate({
      id: land.id,
      expectedVersion: land.version,
      newDueOn: '2026-02-27',
      reason: 'Chủ sử dụng đất liền kề chưa có mặt để ký biên bản xác định ranh giới.',
      citizenInformed: false,
    });
    await deliver('given-up');
    const latest = present((await extensions()).at(-1), 'the second extension');
    expect(latest).toMatchObject({
      newDueOn: '2026-02-27',
      citizenInformed: false,
      informedOn: null,
      informedHow: null,
    });
    // The first extension stays told.
    expect((await extensions()).at(0)?.citizenInformed).toBe(true);
  });
});
