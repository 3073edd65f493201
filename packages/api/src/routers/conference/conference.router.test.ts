import { testDialects } from '@doithoai/db/testing';
import {
  computeAnswerDeadline,
  createVietnamWorkingCalendar,
  DEFAULT_AGENDA,
} from '@doithoai/domain';
import {
  aChoMoiPlan,
  aLandPetitionInChoMoi,
  aSecurityPetitionInChoMoi,
  present,
} from '@doithoai/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestClient, type TestApi } from '../../test-api.test-support.js';
import {
  insertPlanRow,
  registrationOf,
  type PetitionOut,
} from '../petitions/petitions.test-support.js';
import { refusal, statusOf } from '../../refusal.test-support.js';
import { type Inputs } from '../../test-client.test-support.js';

const dialects = await testDialects();

type Triage = NonNullable<Inputs['conference']['raiseFromFloor']['triage']>;
const triage = (
  competence: Triage['competence'],
  complexity: Triage['complexity'] = 'standard',
): Triage => ({
  field: 'land-environment',
  urgency: 'normal',
  competence,
  complexity,
});

describe.each(dialects)('the dialogue conference through HTTP on $name', (dialect) => {
  let api: TestApi;
  let office: TestClient;
  let planId: string;
  const petitions: Record<string, PetitionOut> = {};
  /** The outcome's target: the petition triaged under `key` at its current version. */
  const outcomeTarget = (key: string) => {
    const { id, version } = present(petitions[key], `the petition '${key}'`);
    return { petitionId: id, expectedVersion: version };
  };

  beforeAll(async () => {
    api = await createTestApi(dialect);
    office = await api.as('party-office');
    planId = await insertPlanRow(api.handle.db);
    const village = api.tenant.villageIds[0];
    const land = aLandPetitionInChoMoi();
    const register = async (
      key: string,
      body: Inputs['petitions']['register'],
      triageFields: Omit<Inputs['petitions']['triage'], 'id' | 'expectedVersion'>,
    ) => {
      const created = await office.petitions.register.mutate(body);
      petitions[key] = await office.petitions.triage.mutate({
        id: created.id,
        expectedVersion: created.version,
        ...triageFields,
      });
    };
    await register('land', registrationOf(planId, village), triage('commune', 'complex'));
    await register('quiet', registrationOf(planId, village, aSecurityPetitionInChoMoi()), {
      ...triage('other-body'),
      referredTo: 'Tòa án nhân dân khu vực',
    });
    await register(
      'late',
      registrationOf(planId, village, land, {
        receivedOn: '2025-12-05',
        petitioner: { fullName: 'Hoàng Thị Xuân', villageId: village },
      }),
      triage('commune'),
    );
    await register(
      'upper',
      registrationOf(planId, village, land, {
        receivedOn: '2025-12-02',
        petitioner: { fullName: 'Ma Văn Sáng', villageId: village },
        content: 'Đề nghị tỉnh điều chỉnh giá đất bồi thường dự án đường tỉnh 256.',
      }),
      { ...triage('upper-level'), referredTo: 'UBND tỉnh Thái Nguyên' },
    );
  });
  afterAll(() => api.close());

  it('shows the default agenda and the speakers in registration order, late ones last', async () => {
    const front = await api.as('front-officer');
    const conference = await front.conference.get.query({ planId });
    expect(conference).toMatchObject({ version: 0, startedAt: null, agendaIsDefault: true });
    expect(conference.agenda.map((a) => a.kind)).toEqual(DEFAULT_AGENDA.map((a) => a.kind));
    expect(conference.speakingOrder.map((s) => s.speakerName)).toEqual([
      'Nông Văn Thắng',
      'Ma Văn Sáng',
      'Hoàng Thị Xuân',
    ]);
    expect(await statusOf(front.conference.start.mutate({ planId }))).toBe(403);
  });

  it('takes no petition from the floor before the conference opens', async () => {
    const refused = await refusal(
      office.conference.raiseFromFloor.mutate({
        planId,
        petitioner: { fullName: 'Hà Văn Sinh' },
        content: 'Đề nghị xã lắp đèn đường.',
      }),
    );
    expect(refused.httpStatus).toBe(412);
    expect(refused.domainCode).toBe('CONFERENCE_NOT_STARTED');
  });

  it('opens once, and autosaving the same minutes twice is harmless', async () => {
    api.setNow('2025-12-10T01:00:00.000Z'); // 08:00 on 10/12/2025 in Vietnam
    office = await api.as('party-office');
    const started = await office.conference.start.mutate({ planId });
    expect(started).toMatchObject({ startedAt: '2025-12-10T01:00:00.000Z', version: 1 });
    api.setNow('2025-12-10T01:05:00.000Z');
    const again = await office.conference.start.mutate({ planId });
    expect(again).toMatchObject({ startedAt: '2025-12-10T01:00:00.000Z', version: 1 });

    const minutes = 'Hồi 08 giờ 00 phút ngày 10/12/2025, tại Hội trường UBND xã Chợ Mới…';
    const saved = await office.conference.saveMinutes.mutate({
      planId,
      expectedVersion: 1,
      minutes,
    });
    expect(saved).toMatchObject({ version: 2, minutes });
    const repeated = await office.conference.saveMinutes.mutate({
      planId,
      expectedVersion: 1,
      minutes,
    });
    expect(repeated.version).toBe(2);
    const stale = await refusal(
      office.conference.saveMinutes.mutate({
        planId,
        expectedVersion: 1,
        minutes: `${minutes} (sửa)`,
      }),
    );
    expect(stale.httpStatus).toBe(409);
    expect(stale.domainCode).toBe('STALE_VERSION');
    const attendance = await office.conference.saveAttendance.mutate({
      planId,
      expectedVersion: 2,
      attendance: [
        {
          groupKind: 'villages',
          label: 'Đại biểu các thôn',
          expected: 135,
          present: 128,
        },
      ],
    });
    expect(attendance.attendance[0]).toMatchObject({ present: 128 });
  });

  it('records each outcome and sets the written-answer deadline from the regulation', async () => {
    const chair = await api.as('commune-chair');
    const inWriting = await chair.conference.recordOutcome.mutate({
      ...outcomeTarget('land'),
      kind: 'answer-in-writing',
      responsibleOrganisationId: api.tenant.organisations.landDepartment,
      note: 'Giao Phòng Kinh tế kiểm tra hồ sơ, đo đạc ranh giới và trả lời bằng văn bản.',
    });
    const rule = computeAnswerDeadline(createVietnamWorkingCalendar(), {
      profileId: 'thai-nguyen-357-qd-tu-2025',
      dialogueDate: '2025-12-10',
      complexity: 'complex',
      overrides: aChoMoiPlan().scheduleOverrides,
    });
    const expected = rule.dueDate;
    expect(present(expected, 'the written-answer deadline') > '2025-12-10').toBe(true);
    expect(inWriting).toMatchObject({
      status: 'awaiting-written-answer',
      conferenceOutcome: 'answer-in-writing',
      answerDueOn: expected,
      assignedOrganisationId: api.tenant.organisations.landDepartment,
    });
    // The rule is stored beside its date, so the follow-up lists never guess it back.
    const stored = await api.handle.db
      .selectFrom('petitions')
      .select(['answer_due_on', 'answer_due_rule'])
      .where('id', '=', inWriting.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ answer_due_on: expected, answer_due_rule: rule.ruleId });
    const department = await api.as('department');
    const draft = await department.petitions.draftAnswer.mutate({
      id: inWriting.id,
      expectedVersion: inWriting.version,
      content: 'UBND xã trả lời ông Nông Văn Thắng như sau: …',
    });
    expect(draft.status).toBe('answer-drafted');

    const forwarded = await office.conference.recordOutcome.mutate({
      ...outcomeTarget('upper'),
      kind: 'forwarded-upward',
      referredTo: 'UBND tỉnh Thái Nguyên',
    });
    expect(forwarded).toMatchObject({ status: 'forwarded', referredTo: 'UBND tỉnh Thái Nguyên' });
    const guided = await office.conference.recordOutcome.mutate({
      ...outcomeTarget('quiet'),
      kind: 'guided-to-other-body',
      referredTo: 'Tòa án nhân dân khu vực',
    });
    expect(guided.status).toBe('guided');
    const noAnswerer = await refusal(
      office.conference.recordOutcome.mutate({
        ...outcomeTarget('late'),
        kind: 'answered-at-conference',
      }),
    );
    expect(noAnswerer.httpStatus).toBe(400);
    const answered = await office.conference.recordOutcome.mutate({
      ...outcomeTarget('late'),
      kind: 'answered-at-conference',
      answeredBy: { name: 'Nguyễn Văn Hùng', position: 'Chủ tịch UBND xã' },
    });
    expect(answered.status).toBe('answered-at-conference');
    const twice = await refusal(
      office.conference.recordOutcome.mutate({
        petitionId: answered.id,
        expectedVersion: answered.version - 1,
        kind: 'answered-at-conference',
        answeredBy: { position: 'Chủ tịch UBND xã' },
      }),
    );
    expect(twice.httpStatus).toBe(409);
  });

  it('takes a petition from the floor into the speaking order and records its outcome', async () => {
    const raised = await office.conference.raiseFromFloor.mutate({
      planId,
      petitioner: { fullName: 'Hà Văn Sinh', address: 'Thôn Đồng Tâm, xã Chợ Mới' },
      content: 'Đề nghị xã sớm lắp đèn chiếu sáng đoạn đường qua thôn Đồng Tâm.',
      triage: { ...triage('commune'), field: 'infrastructure' },
    });
    expect(raised).toMatchObject({
      channel: 'raised-at-conference',
      status: 'triaged',
      isLate: false,
      receivedOn: '2025-12-10',
    });
    const answered = await office.conference.recordOutcome.mutate({
      petitionId: raised.id,
      expectedVersion: raised.version,
      kind: 'answered-at-conference',
      answeredBy: { position: 'Phó Chủ tịch UBND xã' },
    });
    expect(answered.status).toBe('answered-at-conference');
    const conference = await office.conference.get.query({ planId });
    expect(conference.speakingOrder.at(-1)).toMatchObject({
      petitionId: raised.id,
      speakerName: 'Hà Văn Sinh',
      spoke: true,
    });
    expect(conference.speakingOrder.map((s) => s.spoke)).toEqual([true, true, true, true]);
    // What the minutes print beside the outcome (issue 16): who answered, and the referrals.
    expect(conference.speakingOrder.at(-1)?.outcome).toEqual({
      answeredBy: { position: 'Phó Chủ tịch UBND xã' },
      note: null,
      responsibleOrganisation: null,
      referredTo: null,
    });
    const referred = conference.speakingOrder.filter((s) => s.outcome?.referredTo);
    for (const s of referred)
      expect(s.conferenceOutcome).toMatch(/^(forwarded-upward|guided-to-other-body)$/u);
  });

  it('shows a department only the speakers whose petition is assigned to its body', async () => {
    // By now the land petition is assigned to the land department (its outcome above); the
    // others are forwarded, guided or still the commune's. The minutes download reads the same
    // procedure as the caller, so it follows the same filter.
    const everyone = await office.conference.get.query({ planId });
    const department = await api.as('department');
    const own = await department.conference.get.query({ planId });
    const assigned = await api.handle.db
      .selectFrom('petitions')
      .select('id')
      .where('plan_id', '=', planId)
      .where('wants_to_speak', '=', 1)
      .where('assigned_organisation_id', '=', api.tenant.organisations.landDepartment)
      .execute();
    expect(assigned.length).toBeGreaterThan(0);
    expect(everyone.speakingOrder.length).toBeGreaterThan(assigned.length);
    expect(own.speakingOrder.map((s) => s.petitionId).sort()).toEqual(
      assigned.map((row) => row.id).sort(),
    );
    expect(own.speakingOrder.map((s) => s.speakerName)).toContain('Nông Văn Thắng');
    expect(own.speakingOrder.map((s) => s.speakerName)).not.toContain('Ma Văn Sáng');
  });

  it('closes the conference and keeps it from the other commune', async () => {
    api.setNow('2025-12-10T04:30:00.000Z');
    office = await api.as('party-office');
    const ended = await office.conference.end.mutate({ planId });
    expect(ended.endedAt).toBe('2025-12-10T04:30:00.000Z');
    expect((await refusal(office.conference.start.mutate({ planId }))).domainCode).toBe(
      'CONFERENCE_ALREADY_ENDED',
    );
    const other = await api.as('party-office', 'otherTenant');
    expect(await statusOf(other.conference.get.query({ planId }))).toBe(404);
    expect(await statusOf(other.conference.end.mutate({ planId }))).toBe(404);
  });
});
