import { testDialects } from '@doithoai/db/testing';
import {
  aLandPetitionInChoMoi,
  aSecurityPetitionInChoMoi,
  present,
} from '@doithoai/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, signInAt, type Petition } from './lifecycle.test-support.js';
import { registrationOf } from './routers/petitions/petitions.test-support.js';
import { choMoiPlanAt } from './routers/plans/plans.test-support.js';
import type { PlanView } from './routers/plans/plans-view.js';
import { createTestApi, type TestApi } from './test-api.test-support.js';
import { refusal, statusOf } from './refusal.test-support.js';
import { malformed } from './test-client.test-support.js';
import { type Inputs } from './test-client.test-support.js';

/*
 * One Chợ Mới dialogue through the HTTP layer, step by step, on every dialect: the Party office
 * announces the plan the secretary approved; the petitions registered for it are triaged, one
 * guided to the court, two duplicates grouped and ungrouped; the agenda is saved; the office
 * records the dialogue as held and the secretary concludes it. The written answer's journey is
 * in `lifecycle-written-answer.router.test.ts`, the follow-up in `lifecycle-follow-up…`.
 */

const dialects = await testDialects();

const INHERITANCE =
  'Anh em trong gia đình tôi tranh chấp thừa kế thửa đất bố mẹ để lại, đã hòa giải ở thôn nhưng không thành. Đề nghị xã giải quyết chia đất.';
const COURT = 'Tòa án nhân dân khu vực 3 – Thái Nguyên';
const AGENDA: Inputs['conference']['saveAgenda']['agenda'] = [
  {
    order: 1,
    kind: 'opening',
    title: 'Tuyên bố lý do, giới thiệu đại biểu',
    responsible: 'Văn phòng Đảng ủy',
  },
  {
    order: 2,
    kind: 'situation-report',
    title: 'Thông tin tình hình kinh tế - xã hội năm 2025 của xã',
    responsible: 'Chủ tịch UBND xã',
  },
  {
    order: 3,
    kind: 'citizens-speak',
    title: 'Nhân dân phát biểu ý kiến, kiến nghị',
    responsible: 'Công dân đã đăng ký',
  },
  {
    order: 4,
    kind: 'chair-concludes',
    title: 'Bí thư Đảng ủy kết luận buổi đối thoại',
    responsible: 'Bí thư Đảng ủy xã',
  },
];

describe.each(dialects)(
  'a Chợ Mới dialogue from its notice to its conclusion on $name',
  (dialect) => {
    let api: TestApi;
    let plan: PlanView;
    const petitions: Record<string, Petition> = {};
    const planRef = () => ({ id: plan.plan.id, expectedVersion: plan.version });
    const petition = (key: string) => present(petitions[key], `the petition '${key}'`);
    const target = (key: string) => ({
      id: petition(key).id,
      expectedVersion: petition(key).version,
    });
    const detail = async (key: string) =>
      (await api.as('party-office')).petitions.get.query({
        id: petition(key).id,
      });

    beforeAll(async () => {
      api = await createTestApi(dialect);
      plan = await choMoiPlanAt(api, 'approved', { documentNumber: 14 });
    });
    afterAll(() => api.close());

    it('the Party office announces the approved plan with the day the notice went out; the secretary may not, nor may it be held before', async () => {
      const secretary = await signInAt(api, '2025-11-24', 'party-secretary');
      const office = await api.as('party-office');
      const bySecretary = await refusal(
        secretary.plans.announce.mutate({
          ...planRef(),
          noticeIssuedOn: '2025-11-21',
        }),
      );
      expect(bySecretary.httpStatus).toBe(403);
      expect(bySecretary.message).toContain('không được phép thực hiện thao tác này');
      const early = await refusal(office.plans.hold.mutate({ ...planRef(), heldOn: '2025-12-10' }));
      expect(early.httpStatus).toBe(409);
      expect(early.domainCode).toBe('TRANSITION_NOT_ALLOWED');
      expect(early.message).toContain('"Đã phê duyệt"');

      const approved = plan;
      plan = await office.plans.announce.mutate({ ...planRef(), noticeIssuedOn: '2025-11-21' });
      expect(plan.plan.status).toBe('announced');
      expect(plan.recorded.noticeIssuedOn).toBe('2025-11-21');
      expect(plan.version).toBe(approved.version + 1);
      const stale = await refusal(
        office.plans.announce.mutate({
          id: approved.plan.id,
          expectedVersion: approved.version,
        }),
      );
      expect(stale.httpStatus).toBe(409);
      expect(stale.domainCode).toBe('STALE_VERSION');
      expect((await auditOf(api, 'plan', plan.plan.id)).at(-1)).toMatchObject({
        action: 'plan.announce',
        role: 'party-office',
        after: { status: 'announced', noticeIssuedOn: '2025-11-21' },
      });
    });

    it('registers and triages the petitions before the cut-off, none of them late', async () => {
      const office = await signInAt(api, '2025-12-01', 'party-office');
      const village = api.tenant.villageIds[0];
      const land = aLandPetitionInChoMoi();
      const registrations = {
        land: [registrationOf(plan.plan.id, village), 'land-environment', 'commune'],
        racing: [
          registrationOf(plan.plan.id, village, aSecurityPetitionInChoMoi()),
          'security-order',
          'commune',
        ],
        racingAgain: [
          registrationOf(plan.plan.id, village, aSecurityPetitionInChoMoi(), {
            petitioner: { fullName: 'Hoàng Văn Minh', villageId: village },
            content:
              'Ban đêm thanh niên đua xe máy trên đường liên thôn, đề nghị Công an xã xử lý.',
          }),
          'security-order',
          'commune',
        ],
        inheritance: [
          registrationOf(plan.plan.id, village, land, {
            petitioner: { fullName: 'Lường Thị Mai', villageId: village },
            content: INHERITANCE,
          }),
          'land-environment',
          'other-body',
        ],
      } as const;
      for (const [key, [body, field, competence]] of Object.entries(registrations)) {
        const created = await office.petitions.register.mutate(body);
        expect(created).toMatchObject({ status: 'received', isLate: false });
        petitions[key] = await office.petitions.triage.mutate({
          id: created.id,
          expectedVersion: created.version,
          field,
          urgency: 'normal',
          competence,
          complexity: 'standard',
          ...(competence === 'other-body' ? { referredTo: COURT } : {}),
        });
        expect(petitions[key].status).toBe('triaged');
      }
    });

    it('guides the inheritance dispute to the court; a commune matter cannot be guided elsewhere', async () => {
      const office = await signInAt(api, '2025-12-03', 'party-office');
      const front = await api.as('front-chair');
      const byFront = await refusal(
        front.petitions.guide.mutate({
          ...target('inheritance'),
          referredTo: COURT,
        }),
      );
      expect(byFront.httpStatus).toBe(403);
      const ours = await refusal(
        office.petitions.guide.mutate({ ...target('land'), referredTo: COURT }),
      );
      expect(ours.httpStatus).toBe(409);
      expect(ours.domainCode).toBe('COMPETENCE_MISMATCH');
      expect(ours.message).toContain('hướng dẫn đến cơ quan khác');
      const noBody = await refusal(office.petitions.guide.mutate(malformed(target('inheritance'))));
      expect(noBody.httpStatus).toBe(400);
      expect(noBody.fieldErrors?.['referredTo']).toEqual([
        'Cơ quan tiếp nhận không được để trống.',
      ]);

      petitions['inheritance'] = await office.petitions.guide.mutate({
        ...target('inheritance'),
        referredTo: COURT,
      });
      expect(petitions['inheritance']).toMatchObject({ status: 'guided', referredTo: COURT });
      expect((await detail('inheritance')).auditTrail.at(-1)).toMatchObject({
        action: 'petition.guide',
        actorRole: 'party-office',
      });
    });

    it('groups two reports of the same night racing, then ungroups them: each citizen keeps their own petition', async () => {
      const office = await signInAt(api, '2025-12-05', 'party-office');
      const grouped = await office.petitions.groupDuplicates.mutate({
        petitions: [target('racing'), target('racingAgain')],
      });
      const racing = present(grouped.petitions[0], 'the first racing report');
      const racingAgain = present(grouped.petitions[1], 'the second racing report');
      expect(racingAgain.duplicateGroupId).toBe(grouped.groupId);
      const stale = await refusal(office.petitions.ungroup.mutate(target('racingAgain')));
      expect(stale.httpStatus).toBe(409);
      expect(stale.domainCode).toBe('STALE_VERSION');
      expect(stale.message).toContain('Kiến nghị vừa được người khác cập nhật');
      api.setNow('2025-12-05T04:00:00.000Z'); // an hour later: the trail keeps the order
      const front = await api.as('front-officer');
      const ungroupRef = { id: racingAgain.id, expectedVersion: racingAgain.version };
      expect(await statusOf(front.petitions.ungroup.mutate(ungroupRef))).toBe(403);

      petitions['racingAgain'] = await office.petitions.ungroup.mutate(ungroupRef);
      expect(petitions['racingAgain'].duplicateGroupId).toBeNull();
      // A group of two is dissolved: the other petition leaves it too, at its next version.
      const first = await detail('racing');
      petitions['racing'] = first.petition;
      expect(first.petition).toMatchObject({
        duplicateGroupId: null,
        version: racing.version + 1,
        fullName: 'Ma Thị Hoa',
        status: 'triaged',
      });
      expect(first.groupMembers).toEqual([]);
      const second = await detail('racingAgain');
      expect(second.petition).toMatchObject({ fullName: 'Hoàng Văn Minh', status: 'triaged' });
      for (const trail of [first.auditTrail, second.auditTrail])
        expect(trail.map((a) => a.action).slice(-2)).toEqual([
          'petition.group-duplicates',
          'petition.ungroup',
        ]);
    });

    it('saves the conference agenda with its own items and reads it back; a save over an older version is refused', async () => {
      const office = await signInAt(api, '2025-12-08', 'party-office');
      const planId = plan.plan.id;
      const front = await api.as('front-officer');
      const byFront = await refusal(
        front.conference.saveAgenda.mutate({
          planId,
          expectedVersion: 0,
          agenda: AGENDA,
        }),
      );
      expect(byFront.httpStatus).toBe(403);
      const empty = await refusal(
        office.conference.saveAgenda.mutate({
          planId,
          expectedVersion: 0,
          agenda: [],
        }),
      );
      expect(empty.fieldErrors?.['agenda']).toEqual(['Chương trình phải có ít nhất một nội dung.']);

      const saved = await office.conference.saveAgenda.mutate({
        planId,
        expectedVersion: 0,
        agenda: AGENDA,
      });
      expect(saved).toMatchObject({ version: 1, agendaIsDefault: false });
      const read = await front.conference.get.query({ planId });
      expect(read.agenda).toEqual(AGENDA);
      expect(read.agendaIsDefault).toBe(false);
      const stale = await refusal(
        office.conference.saveAgenda.mutate({
          planId,
          expectedVersion: 0,
          agenda: AGENDA.slice(0, 3),
        }),
      );
      expect(stale.httpStatus).toBe(409);
      expect(stale.domainCode).toBe('STALE_VERSION');
      expect(stale.message).toContain('Hội nghị vừa được người khác cập nhật');
      expect((await front.conference.get.query({ planId })).agenda).toEqual(AGENDA);
      expect(await auditOf(api, 'conference', planId)).toMatchObject([
        { action: 'conference.save-agenda', role: 'party-office' },
      ]);
    });

    it('the Party office records the dialogue as held on its day, once; the secretary does not record it', async () => {
      // 16:00 on the day, after the conference: the day held defaults to today in Vietnam.
      const office = await signInAt(api, '2025-12-10T09:00:00.000Z', 'party-office');
      const secretary = await api.as('party-secretary');
      expect(await statusOf(secretary.plans.hold.mutate(planRef()))).toBe(403);
      const announced = plan;
      plan = await office.plans.hold.mutate(planRef());
      expect(plan.plan.status).toBe('held');
      expect(plan.recorded).toMatchObject({ noticeIssuedOn: '2025-11-21', heldOn: '2025-12-10' });
      const twice = await refusal(
        office.plans.hold.mutate({
          id: plan.plan.id,
          expectedVersion: plan.version,
        }),
      );
      expect(twice.domainCode).toBe('TRANSITION_NOT_ALLOWED');
      expect(twice.message).toContain('"Đã tổ chức đối thoại"');
      expect((await auditOf(api, 'plan', plan.plan.id)).at(-1)).toMatchObject({
        action: 'plan.hold',
        after: { status: 'held', heldOn: '2025-12-10', version: announced.version + 1 },
      });
    });

    it('the secretary concludes the held plan with the notice date; the commune chair may not conclude a Party plan', async () => {
      const chair = await signInAt(api, '2025-12-16', 'commune-chair');
      const byChair = await refusal(chair.plans.conclude.mutate(planRef()));
      expect(byChair.httpStatus).toBe(403);
      expect(byChair.domainCode).toBe('ROLE_NOT_ALLOWED');
      expect(byChair.message).toContain('không được phép ban hành kết luận');
      const secretary = await api.as('party-secretary');
      plan = await secretary.plans.conclude.mutate({
        ...planRef(),
        conclusionIssuedOn: '2025-12-15',
      });
      expect(plan.plan.status).toBe('concluded');
      expect(plan.recorded).toMatchObject({
        heldOn: '2025-12-10',
        conclusionIssuedOn: '2025-12-15',
      });
      expect((await auditOf(api, 'plan', plan.plan.id)).at(-1)).toMatchObject({
        action: 'plan.conclude',
        role: 'party-secretary',
        after: { status: 'concluded', conclusionIssuedOn: '2025-12-15' },
      });
    });
  },
);
