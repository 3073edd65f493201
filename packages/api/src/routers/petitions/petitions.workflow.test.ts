import { testDialects } from '@doithoai/db/testing';
import { aLandPetitionInChoMoi, aSecurityPetitionInChoMoi } from '@doithoai/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type Caller, type TestApi } from '../../test-api.test-support.js';
import { insertPlanRow, ok, registrationOf, type PetitionOut } from './petitions.test-support.js';

const dialects = await testDialects();

const landTriage = {
  field: 'land-environment',
  urgency: 'normal',
  competence: 'commune',
  complexity: 'standard',
} as const;

interface PetitionDetail {
  petition: PetitionOut;
  answers: { stage: string; status: string; content: string; decidedBy: string | null }[];
  groupMembers: { id: string; fullName: string }[];
  auditTrail: { action: string; actorRole: string }[];
  availableEvents: string[];
}

describe.each(dialects)('the petition workflow through HTTP on $name', (dialect) => {
  let api: TestApi;
  let office: Caller;
  let chair: Caller;
  let department: Caller;
  let planId: string;
  const petitions: Record<string, PetitionOut> = {};
  const track = (key: string, petition: PetitionOut) => (petitions[key] = petition);
  const target = (key: string) => ({
    id: petitions[key]!.id,
    expectedVersion: petitions[key]!.version,
  });

  beforeAll(async () => {
    api = await createTestApi(dialect);
    office = await api.as('party-office');
    chair = await api.as('commune-chair');
    department = await api.as('department');
    planId = await insertPlanRow(api.handle.db);
    const village = api.tenant.villageIds[0]!;
    const register = async (key: string, body: object) =>
      track(key, ok(await office.mutate<PetitionOut>('petitions.register', body)));
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
    const stale = await office.mutate('petitions.triageBulk', {
      petitions: [target('land'), { ...target('landAgain'), expectedVersion: 9 }],
      ...landTriage,
    });
    expect(stale.status).toBe(409);
    expect(stale.error?.message).toContain(petitions['landAgain']!.trackingCode);
    const unchanged = ok(
      await office.query<PetitionDetail>('petitions.get', { id: petitions['land']!.id }),
    );
    expect(unchanged.petition.status).toBe('received');

    const triaged = ok(
      await office.mutate<PetitionOut[]>('petitions.triageBulk', {
        petitions: [target('land'), target('landAgain')],
        ...landTriage,
      }),
    );
    expect(triaged.map((p) => p.status)).toEqual(['triaged', 'triaged']);
    track('land', triaged[0]!);
    track('landAgain', triaged[1]!);
  });

  it('groups a duplicate with the first petition and keeps each citizen’s own record', async () => {
    const grouped = ok(
      await office.mutate<{ groupId: string; petitions: PetitionOut[] }>(
        'petitions.groupDuplicates',
        { petitions: [target('land'), target('landAgain')] },
      ),
    );
    expect(grouped.petitions.map((p) => p.duplicateGroupId)).toEqual([
      grouped.groupId,
      grouped.groupId,
    ]);
    grouped.petitions.forEach((p, i) => track(i === 0 ? 'land' : 'landAgain', p));
    const detail = ok(
      await office.query<PetitionDetail>('petitions.get', { id: petitions['landAgain']!.id }),
    );
    expect(detail.groupMembers.map((m) => m.fullName)).toEqual(['Nông Văn Thắng']);
    expect(detail.petition.fullName).toBe('Nông Thị Dung');
  });

  it('forwards a matter beyond the commune’s authority to the upper level', async () => {
    track(
      'compensation',
      ok(
        await chair.mutate<PetitionOut>('petitions.triage', {
          ...target('compensation'),
          ...landTriage,
          competence: 'upper-level',
          referredTo: 'UBND tỉnh Thái Nguyên',
        }),
      ),
    );
    const notOurs = await office.mutate('petitions.assign', {
      ...target('compensation'),
      assignedOrganisationId: api.tenant.organisations.landDepartment,
    });
    expect(notOurs.error?.data.domainCode).toBe('COMPETENCE_MISMATCH');
    const forwarded = ok(
      await office.mutate<PetitionOut>('petitions.forward', {
        ...target('compensation'),
        referredTo: 'UBND tỉnh Thái Nguyên',
      }),
    );
    expect(forwarded).toMatchObject({ status: 'forwarded', referredTo: 'UBND tỉnh Thái Nguyên' });
  });

  it('lets the assigned department draft the answer and the chair approve it', async () => {
    track(
      'land',
      ok(
        await office.mutate<PetitionOut>('petitions.assign', {
          ...target('land'),
          assignedOrganisationId: api.tenant.organisations.landDepartment,
        }),
      ),
    );
    const drafted = ok(
      await department.mutate<PetitionOut>('petitions.draftAnswer', {
        ...target('land'),
        content:
          'Hồ sơ cấp Giấy chứng nhận của gia đình ông đang được thẩm định; công chức địa chính sẽ đo đạc lại ranh giới trong tháng 12/2025.',
        legalBasis: 'Luật Đất đai 2024',
      }),
    );
    expect(drafted.status).toBe('answer-drafted');
    track('land', drafted);
    const officeApproves = await office.mutate('petitions.approveAnswer', target('land'));
    expect(officeApproves.status).toBe(403);
    const approved = ok(await chair.mutate<PetitionOut>('petitions.approveAnswer', target('land')));
    expect(approved.status).toBe('answer-approved');
    const detail = ok(await chair.query<PetitionDetail>('petitions.get', { id: approved.id }));
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
    const security = ok(
      await office.mutate<PetitionOut>('petitions.triage', {
        ...target('security'),
        ...landTriage,
        field: 'security-order',
      }),
    );
    track(
      'security',
      ok(
        await office.mutate<PetitionOut>('petitions.assign', {
          id: security.id,
          expectedVersion: security.version,
          assignedOrganisationId: api.tenant.organisations.police,
        }),
      ),
    );
    const seen = await department.query('petitions.get', { id: petitions['security']!.id });
    expect(seen.status).toBe(404);
    const draft = await department.mutate('petitions.draftAnswer', {
      ...target('security'),
      content: 'Công an xã sẽ tăng cường tuần tra.',
    });
    expect(draft.status).toBe(404);
    const list = ok(await department.query<{ items: PetitionOut[] }>('petitions.list', { planId }));
    expect(list.items.map((p) => p.id)).toEqual([petitions['land']!.id]);
  });

  it('lets the Front read but not triage (FORBIDDEN)', async () => {
    const front = await api.as('front-chair');
    const refused = await front.mutate('petitions.triage', {
      ...target('security'),
      ...landTriage,
    });
    expect(refused.status).toBe(403);
    expect(refused.error?.data.code).toBe('FORBIDDEN');
    const list = ok(await front.query<{ items: PetitionOut[] }>('petitions.list', { planId }));
    expect(list.items).toHaveLength(4);
  });

  it('refuses a stale version with CONFLICT and saves nothing', async () => {
    const stale = await office.mutate('petitions.withdraw', {
      id: petitions['security']!.id,
      expectedVersion: petitions['security']!.version - 1,
      reason: 'Công dân đề nghị rút',
      onBehalfNote: 'Công dân trình bày trực tiếp tại Văn phòng',
    });
    expect(stale.status).toBe(409);
    expect(stale.error?.data.domainCode).toBe('STALE_VERSION');
    const detail = ok(
      await office.query<PetitionDetail>('petitions.get', { id: petitions['security']!.id }),
    );
    expect(detail.petition.status).toBe('assigned');
  });

  it('answers NOT_FOUND to the other commune, reading or writing', async () => {
    const other = await api.as('party-office', 'otherTenant');
    expect((await other.query('petitions.get', { id: petitions['land']!.id })).status).toBe(404);
    const triage = await other.mutate('petitions.triage', { ...target('security'), ...landTriage });
    expect(triage.error?.data.code).toBe('NOT_FOUND');
    const list = ok(await other.query<{ items: PetitionOut[] }>('petitions.list', { planId }));
    expect(list.items).toEqual([]);
  });
});
