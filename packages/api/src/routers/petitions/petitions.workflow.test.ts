import { testDialects } from '@doithoai/db/testing';
import {
  aLandPetitionInChoMoi,
  aSecurityPetitionInChoMoi,
  present,
} from '@doithoai/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestClient, type TestApi } from '../../test-api.test-support.js';
import { insertPlanRow, registrationOf, type PetitionOut } from './petitions.test-support.js';
import { refusal, statusOf } from '../../refusal.test-support.js';
import { type Inputs } from '../../test-client.test-support.js';

const dialects = await testDialects();

const landTriage = {
  field: 'land-environment',
  urgency: 'normal',
  competence: 'commune',
  complexity: 'standard',
} as const;

describe.each(dialects)('the petition workflow through HTTP on $name', (dialect) => {
  let api: TestApi;
  let office: TestClient;
  let chair: TestClient;
  let department: TestClient;
  let planId: string;
  const petitions: Record<string, PetitionOut> = {};
  const track = (key: string, petition: PetitionOut) => (petitions[key] = petition);
  const petition = (key: string) => present(petitions[key], `the petition '${key}'`);
  const target = (key: string) => ({
    id: petition(key).id,
    expectedVersion: petition(key).version,
  });

  beforeAll(async () => {
    api = await createTestApi(dialect);
    office = await api.as('party-office');
    chair = await api.as('commune-chair');
    department = await api.as('department');
    planId = await insertPlanRow(api.handle.db);
    const village = api.tenant.villageIds[0];
    const register = async (key: string, body: Inputs['petitions']['register']) =>
      track(key, await office.petitions.register.mutate(body));
    await register('land', registrationOf(planId, village));
    await register(
      'landAgain',
      registrationOf(planId, village, aLandPetitionInChoMoi(), {
        petitioner: { fullName: 'Nông Thị Dung', villageId: village },
      }),
    );
    await register(
      'compensation',
      registrationOf(planId, village, aLandPetitionInChoMoi(), {
        content:
          'Đề nghị tỉnh xem xét lại mức bồi thường khi thu hồi đất làm đường tỉnh 256 qua thôn.',
      }),
    );
    await register('security', registrationOf(planId, village, aSecurityPetitionInChoMoi()));
  });
  afterAll(() => api.close());

  it('triages a batch in one go, all or nothing', async () => {
    const stale = await refusal(
      office.petitions.triageBulk.mutate({
        petitions: [target('land'), { ...target('landAgain'), expectedVersion: 9 }],
        ...landTriage,
      }),
    );
    expect(stale.httpStatus).toBe(409);
    expect(stale.message).toContain(petition('landAgain').trackingCode);
    const unchanged = await office.petitions.get.query({ id: petition('land').id });
    expect(unchanged.petition.status).toBe('received');

    const triaged = await office.petitions.triageBulk.mutate({
      petitions: [target('land'), target('landAgain')],
      ...landTriage,
    });
    expect(triaged.map((p) => p.status)).toEqual(['triaged', 'triaged']);
    track('land', present(triaged[0], 'the triaged land petition'));
    track('landAgain', present(triaged[1], 'the triaged second land petition'));
  });

  it('groups a duplicate with the first petition and keeps each citizen’s own record', async () => {
    const grouped = await office.petitions.groupDuplicates.mutate({
      petitions: [target('land'), target('landAgain')],
    });
    expect(grouped.petitions.map((p) => p.duplicateGroupId)).toEqual([
      grouped.groupId,
      grouped.groupId,
    ]);
    grouped.petitions.forEach((p, i) => track(i === 0 ? 'land' : 'landAgain', p));
    const detail = await office.petitions.get.query({ id: petition('landAgain').id });
    expect(detail.groupMembers.map((m) => m.fullName)).toEqual(['Nông Văn Thắng']);
    expect(detail.petition.fullName).toBe('Nông Thị Dung');
  });

  it('forwards a matter beyond the commune’s authority to the upper level', async () => {
    track(
      'compensation',
      await chair.petitions.triage.mutate({
        ...target('compensation'),
        ...landTriage,
        competence: 'upper-level',
        referredTo: 'UBND tỉnh Thái Nguyên',
      }),
    );
    const notOurs = await refusal(
      office.petitions.assign.mutate({
        ...target('compensation'),
        assignedOrganisationId: api.tenant.organisations.landDepartment,
      }),
    );
    expect(notOurs.domainCode).toBe('COMPETENCE_MISMATCH');
    const forwarded = await office.petitions.forward.mutate({
      ...target('compensation'),
      referredTo: 'UBND tỉnh Thái Nguyên',
    });
    expect(forwarded).toMatchObject({ status: 'forwarded', referredTo: 'UBND tỉnh Thái Nguyên' });
  });

  it('lets the assigned department draft the answer and the chair approve it', async () => {
    track(
      'land',
      await office.petitions.assign.mutate({
        ...target('land'),
        assignedOrganisationId: api.tenant.organisations.landDepartment,
      }),
    );
    const drafted = await department.petitions.draftAnswer.mutate({
      ...target('land'),
      content:
        'Hồ sơ cấp Giấy chứng nhận của gia đình ông đang được thẩm định; công chức địa chính sẽ đo đạc lại ranh giới trong tháng 12/2025.',
      legalBasis: 'Luật Đất đai 2024',
    });
    expect(drafted.status).toBe('answer-drafted');
    track('land', drafted);
    const officeApproves = await refusal(office.petitions.approveAnswer.mutate(target('land')));
    expect(officeApproves.httpStatus).toBe(403);
    const approved = await chair.petitions.approveAnswer.mutate(target('land'));
    expect(approved.status).toBe('answer-approved');
    const detail = await chair.petitions.get.query({ id: approved.id });
    expect(detail.answers).toMatchObject([
      {
        stage: 'before-conference',
        status: 'approved',
        decidedBy: api.tenant.accounts['commune-chair'].id,
      },
    ]);
    // The test clock stands still, so entries share one instant: compare them as a set.
    expect(detail.auditTrail.map((a) => a.action).sort()).toEqual(
      [
        'petition.register',
        'petition.triage',
        'petition.group-duplicates',
        'petition.assign',
        'petition.draft-answer',
        'petition.approve-answer',
      ].sort(),
    );
    expect(detail.availableEvents).toContain('record-outcome');
  });

  it('hides another department’s petition from a department, as if it did not exist', async () => {
    const security = await office.petitions.triage.mutate({
      ...target('security'),
      ...landTriage,
      field: 'security-order',
    });
    track(
      'security',
      await office.petitions.assign.mutate({
        id: security.id,
        expectedVersion: security.version,
        assignedOrganisationId: api.tenant.organisations.police,
      }),
    );
    const seen = await refusal(department.petitions.get.query({ id: petition('security').id }));
    expect(seen.httpStatus).toBe(404);
    const draft = await refusal(
      department.petitions.draftAnswer.mutate({
        ...target('security'),
        content: 'Công an xã sẽ tăng cường tuần tra.',
      }),
    );
    expect(draft.httpStatus).toBe(404);
    const list = await department.petitions.list.query({ planId });
    expect(list.items.map((p) => p.id)).toEqual([petition('land').id]);
  });

  it('lets the Front read but not triage (FORBIDDEN)', async () => {
    const front = await api.as('front-chair');
    const refused = await refusal(
      front.petitions.triage.mutate({
        ...target('security'),
        ...landTriage,
      }),
    );
    expect(refused.httpStatus).toBe(403);
    expect(refused.code).toBe('FORBIDDEN');
    const list = await front.petitions.list.query({ planId });
    expect(list.items).toHaveLength(4);
  });

  it('refuses a stale version with CONFLICT and saves nothing', async () => {
    const stale = await refusal(
      office.petitions.withdraw.mutate({
        id: petition('security').id,
        expectedVersion: petition('security').version - 1,
        reason: 'Công dân đề nghị rút',
        onBehalfNote: 'Công dân trình bày trực tiếp tại Văn phòng',
      }),
    );
    expect(stale.httpStatus).toBe(409);
    expect(stale.domainCode).toBe('STALE_VERSION');
    const detail = await office.petitions.get.query({ id: petition('security').id });
    expect(detail.petition.status).toBe('assigned');
  });

  it('answers NOT_FOUND to the other commune, reading or writing', async () => {
    const other = await api.as('party-office', 'otherTenant');
    expect(await statusOf(other.petitions.get.query({ id: petition('land').id }))).toBe(404);
    const triage = await refusal(
      other.petitions.triage.mutate({ ...target('security'), ...landTriage }),
    );
    expect(triage.code).toBe('NOT_FOUND');
    const list = await other.petitions.list.query({ planId });
    expect(list.items).toEqual([]);
  });
});
