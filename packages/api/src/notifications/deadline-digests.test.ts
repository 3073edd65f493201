import { testDialects } from '@doithoai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import { createCalendarProvider } from '../calendar-provider.js';
import {
  heldSonTayHaWithLandPetition,
  sonTayHaConclusion,
  vietnamMorning,
} from '../routers/follow-up/follow-up.test-support.js';
import { createTestApi, type TestApi } from '../test-api.test-support.js';
import { enqueueDeadlineDigests } from './deadline-digests.js';

const dialects = await testDialects();

describe.each(dialects)('the daily deadline digest on $name', (dialect) => {
  let api: TestApi;
  const run = (instant: string) =>
    enqueueDeadlineDigests(
      {
        db: api.handle.db,
        dialect: api.handle.dialect,
        now: () => new Date(instant),
        calendars: createCalendarProvider(0),
        secureCookies: false,
      },
      new Date(instant),
    );
  const digestsOf = (accountId: string) =>
    api.handle.db
      .selectFrom('notification_outbox')
      .selectAll()
      .where('kind', '=', 'deadline-digest')
      .where('recipient_account_id', '=', accountId)
      .orderBy('created_at')
      .execute();

  beforeAll(async () => {
    api = await createTestApi(dialect);
    const { sonTayHa, landPetition } = await heldSonTayHaWithLandPetition(api);
    api.setNow(vietnamMorning('2025-12-18'));
    const chair = await api.as('commune-chair');
    // Seed 004's conclusion: the land task (its answer rule) and the police's patrol by 31/12.
    await chair.followUp.issueConclusion.mutate(
      sonTayHaConclusion(api, sonTayHa.id, landPetition, {
        items: [
          {
            content:
              'Đo đạc lại ranh giới thửa đất, trả lời bằng văn bản về hồ sơ cấp Giấy chứng nhận.',
            responsibleOrganisationId: api.tenant.organisations.landDepartment,
            relatedPetitionIds: [landPetition],
            dueOn: '2026-01-09',
          },
          {
            content: 'Rà soát hồ sơ đất nông nghiệp thôn Thượng.',
            responsibleOrganisationId: api.tenant.organisations.landDepartment,
            dueOn: '2025-12-31',
          },
          {
            content: 'Tăng cường tuần tra tuyến đường liên thôn vào ban đêm.',
            responsibleOrganisationId: api.tenant.organisations.police,
            dueOn: '2026-03-31',
          },
        ],
      }),
    );
  });
  afterAll(() => api.close());

  it("puts a body's reminders of the day into one message, and the body with nothing due gets none", async () => {
    const written = await run('2026-01-09T00:30:00.000Z'); // 07:30 on 09/01/2026 in Vietnam
    expect(written).toBeGreaterThan(0);
    const land = await digestsOf(api.tenant.accounts.department.id);
    expect(land).toHaveLength(1);
    expect(land[0]).toMatchObject({ channel: 'in-app', status: 'sent', link: '/chair/deadlines' });
    const digest = present(land[0], "the land department's digest");
    expect(digest.title).toBe('Nhắc hạn xử lý ngày 09/01/2026');
    expect(digest.body).toContain('[Đến hạn hôm nay] Nhiệm vụ: Đo đạc lại ranh giới thửa đất');
    expect(digest.body).toContain('[Quá hạn] Nhiệm vụ: Rà soát hồ sơ đất nông nghiệp thôn Thượng');
    expect(digest.body).not.toContain('tuần tra'); // the police's item, not due for months
  });

  it('writes nothing more when computed again the same day, and a new digest the next day', async () => {
    expect(await run('2026-01-09T08:00:00.000Z')).toBe(0);
    expect(await digestsOf(api.tenant.accounts.department.id)).toHaveLength(1);
    await run('2026-01-12T00:30:00.000Z');
    expect(await digestsOf(api.tenant.accounts.department.id)).toHaveLength(2);
  });
});
