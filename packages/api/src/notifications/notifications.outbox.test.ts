import { testDialects } from '@doithoai/db/testing';
import { aLandPetitionInChoMoi, present } from '@doithoai/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal } from '../refusal.test-support.js';
import {
  heldSonTayHaWithLandPetition,
  sonTayHaConclusion,
  vietnamMorning,
} from '../routers/follow-up/follow-up.test-support.js';
import { insertPlanRow, registrationOf } from '../routers/petitions/petitions.test-support.js';
import { createTestApi, type TestApi } from '../test-api.test-support.js';

const dialects = await testDialects();

/** The outbox rows of the suite's commune, oldest first, as the dispatcher would read them. */
async function outbox(api: TestApi) {
  return api.handle.db
    .selectFrom('notification_outbox')
    .select([
      'kind',
      'channel',
      'recipient_key',
      'recipient_address',
      'status',
      'body',
      'petition_id',
    ])
    .where('admin_unit_code', '=', api.tenant.communeCode)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

describe.each(dialects)(
  'state changes write their messages in their transaction on $name',
  (dialect) => {
    let api: TestApi;
    let planId: string;

    beforeAll(async () => {
      api = await createTestApi(dialect);
      planId = await insertPlanRow(api.handle.db);
      // After the seed's paper form (consents given 01/12/2025 08:30): the consent is in force.
      api.setNow(vietnamMorning('2025-12-02'));
    });
    afterAll(() => api.close());

    it('sends no citizen message while no channel is on, then one SMS once the administrator turns SMS on', async () => {
      const office = await api.as('party-office');
      const village = api.tenant.villageIds[0];
      await office.petitions.register.mutate(registrationOf(planId, village));
      expect((await outbox(api)).filter((r) => r.kind === 'registration-received')).toEqual([]);

      const admin = await api.as('admin');
      await admin.notifications.saveChannel.mutate({
        channel: 'sms',
        enabled: true,
        settings: { url: 'http://127.0.0.1:9/sms', unaccented: true },
        secret: { authorization: 'Bearer bi-mat' },
      });
      const petition = await office.petitions.register.mutate(registrationOf(planId, village));
      const phone = present(
        aLandPetitionInChoMoi().petitioner.phone,
        'the land petitioner’s phone',
      );
      const rows = (await outbox(api)).filter((r) => r.kind === 'registration-received');
      expect(rows).toEqual([
        expect.objectContaining({
          channel: 'sms',
          recipient_key: `phone:${phone}`,
          recipient_address: phone,
          status: 'pending',
          petition_id: petition.id,
        }),
      ]);
      const { body } = present(rows[0], 'the SMS receipt');
      expect(body).toContain(`Mã tra cứu: ${petition.trackingCode}`);
      expect(body).not.toContain(aLandPetitionInChoMoi().petitioner.fullName);

      const channels = await admin.notifications.channels.query();
      const sms = channels.find((c) => c.channel === 'sms');
      expect(sms).toMatchObject({ source: 'database', enabled: true, hasSecret: true });
      expect(JSON.stringify(channels)).not.toContain('bi-mat');
    });

    it('writes nothing for a citizen who did not consent to be contacted by phone', async () => {
      const office = await api.as('party-office');
      const before = (await outbox(api)).length;
      const seed = aLandPetitionInChoMoi();
      await office.petitions.register.mutate(
        registrationOf(planId, api.tenant.villageIds[0], seed, {
          consents: [
            {
              purpose: 'handle-petition',
              givenAt: '2025-11-20T08:00:00+07:00',
              channel: 'paper-form',
            },
          ],
        }),
      );
      expect(await outbox(api)).toHaveLength(before);
    });

    it("rings the land department's bell when a petition is assigned to it, and a refused step writes nothing", async () => {
      const office = await api.as('party-office');
      const petition = await office.petitions.register.mutate(
        registrationOf(planId, api.tenant.villageIds[0]),
      );
      const triaged = await office.petitions.triage.mutate({
        id: petition.id,
        expectedVersion: petition.version,
        field: 'land-environment',
        urgency: 'normal',
        competence: 'commune',
        complexity: 'standard',
      });
      const land = api.tenant.organisations.landDepartment;
      const before = (await outbox(api)).length;
      await refusal(
        office.petitions.assign.mutate({
          id: petition.id,
          expectedVersion: triaged.version + 5,
          assignedOrganisationId: land,
        }),
      );
      expect(await outbox(api)).toHaveLength(before);

      await office.petitions.assign.mutate({
        id: petition.id,
        expectedVersion: triaged.version,
        assignedOrganisationId: land,
      });
      const department = await api.as('department');
      const bell = await department.notifications.bell.query();
      expect(bell.unread).toBe(1);
      expect(bell.items[0]).toMatchObject({
        kind: 'petition-assigned',
        channel: 'in-app',
        status: 'sent',
        link: `/chair/petitions/${petition.id}`,
      });
      expect(present(bell.items[0], 'the newest notification').body).toContain(
        petition.trackingCode,
      );
      await department.notifications.markRead.mutate({});
      expect((await department.notifications.bell.query()).unread).toBe(0);

      const messages = await office.notifications.ofPetition.query({ petitionId: petition.id });
      // Both rows may carry the same instant (the test clock): compare as a set, by kind.
      expect(messages.map((m) => [m.kind, m.channel]).sort()).toEqual([
        ['petition-assigned', 'in-app'],
        ['registration-received', 'sms'],
      ]);
    });
  },
);

describe.each(dialects)(
  'an extension tells the citizen its new date and reason on $name',
  (dialect) => {
    let api: TestApi;

    beforeAll(async () => {
      api = await createTestApi(dialect);
    });
    afterAll(() => api.close());

    it('writes the extension message with the new date and the reason, once', async () => {
      const { sonTayHa, landPetition } = await heldSonTayHaWithLandPetition(api);
      const admin = await api.as('admin');
      await admin.notifications.saveChannel.mutate({
        channel: 'zalo-zns',
        enabled: true,
        settings: {},
      });
      api.setNow(vietnamMorning('2025-12-18'));
      const chair = await api.as('commune-chair');
      const issued = await chair.followUp.issueConclusion.mutate(
        sonTayHaConclusion(api, sonTayHa.id, landPetition),
      );
      api.setNow(vietnamMorning('2026-01-05'));
      const office = await api.as('government-office');
      const land = present(issued.tasks[0], 'the land task');
      await office.followUp.extend.mutate({
        id: land.id,
        expectedVersion: land.version,
        newDueOn: '2026-02-06',
        reason: 'Chờ Văn phòng đăng ký đất đai tỉnh trích lục hồ sơ địa chính thửa đất.',
        citizenInformed: true,
        informedOn: '2026-01-05',
        informedHow: 'electronic',
      });
      const rows = (await outbox(api)).filter((r) => r.kind === 'answer-extended');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ channel: 'zalo-zns', petition_id: landPetition });
      const { body } = present(rows[0], 'the extension message');
      expect(body).toContain('đến ngày 06/02/2026');
      expect(body).toContain('Lý do: Chờ Văn phòng đăng ký đất đai tỉnh');
    });

    it('told the citizen when the conclusion notice was issued, with the tracking link, once', async () => {
      const rows = (await outbox(api)).filter((r) => r.kind === 'conclusion-published');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ channel: 'zalo-zns', status: 'pending' });
      const { body } = present(rows[0], 'the conclusion message');
      expect(body).toContain('đã ban hành thông báo kết luận Hội nghị đối thoại');
      expect(body).toMatch(/\/cong-dan\/tra-cuu\?ma=/u);
      expect(body).not.toContain(aLandPetitionInChoMoi().petitioner.fullName);
    });
  },
);
