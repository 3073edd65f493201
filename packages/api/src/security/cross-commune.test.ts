import { testDialects } from '@doithoai/db/testing';
import { ROLES } from '@doithoai/domain';
import { aLandPetitionInChoMoi } from '@doithoai/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPlanRow, registrationOf } from '../routers/petitions/petitions.test-support.js';
import { createTestApi, type TestApi } from '../test-api.test-support.js';
import { allowedRoles, PROCEDURES } from './procedures.test-support.js';

// The permission matrix (permissions.test.ts) proves each role reaches only its procedures. This
// suite proves the other half: every procedure × every role of ANOTHER commune (Khoen On, in
// another province), handed the ids of Chợ Mới's plan and petition, gets nothing of Chợ Mới —
// no citizen's name, phone or text, no id in a successful answer — and changes nothing there.

const dialects = await testDialects();

const CITIZEN = {
  fullName: 'Bế Thị Kín Đáo',
  phone: '0912345678',
  marker: 'MẬT-02086-KHÔNG-ĐƯỢC-LỘ',
};

describe.each(dialects)('another commune’s staff on $name', (dialect) => {
  let api: TestApi;
  let planId: string;
  let petitionId: string;
  let trackingCode: string;
  let choMoiState: () => Promise<string>;

  beforeAll(async () => {
    api = await createTestApi(dialect);
    planId = await insertPlanRow(api.handle.db, { adminUnitCode: '02086' });
    const office = await api.as('party-office');
    const seed = aLandPetitionInChoMoi();
    const registered = await office.petitions.register.mutate(
      registrationOf(planId, api.tenant.villageIds[0], seed, {
        petitioner: {
          ...seed.petitioner,
          fullName: CITIZEN.fullName,
          phone: CITIZEN.phone,
          villageId: api.tenant.villageIds[0],
        },
        content: `${seed.content} (${CITIZEN.marker})`,
      }),
    );
    ({ id: petitionId, trackingCode } = registered);
    // Everything of Chợ Mới that a foreign call could change: versions, statuses, audit trail.
    choMoiState = async () => {
      const petitions = await api.handle.db
        .selectFrom('petitions')
        .select(['id', 'version', 'status'])
        .where('admin_unit_code', '=', '02086')
        .orderBy('id')
        .execute();
      const plans = await api.handle.db
        .selectFrom('plans')
        .select(['id', 'version', 'status'])
        .where('admin_unit_code', '=', '02086')
        .orderBy('id')
        .execute();
      const audits = await api.handle.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('admin_unit_code', '=', '02086')
        .executeTakeFirstOrThrow();
      return JSON.stringify({ petitions, plans, audits: Number(audits.n) });
    };
  });
  afterAll(() => api.close());

  /** Inputs a curious or malicious caller would try with the ids it has seen or guessed. */
  const inputs = () => [
    { id: petitionId },
    { id: planId },
    { planId },
    { planId, year: 2025 },
    { petitionId, planId, id: petitionId, expectedVersion: 1 },
    { petitionIds: [petitionId], planId, expectedVersions: { [petitionId]: 1 } },
    { code: trackingCode, trackingCode },
  ];

  const nonPublic = PROCEDURES.filter((p) => p.access !== 'public');

  it.each(nonPublic.map((p) => [p.path, p] as const))(
    '%s gives Khoen On’s roles nothing of Chợ Mới',
    async (_, entry) => {
      const before = await choMoiState();
      const leaks: string[] = [];
      for (const role of allowedRoles(entry)) {
        const caller = await api.http.as(role, 'otherTenant');
        for (const input of inputs()) {
          const response =
            entry.type === 'mutation'
              ? await caller.mutate(entry.path, input)
              : await caller.query(entry.path, input);
          const body = JSON.stringify({ data: response.data, error: response.error });
          for (const secret of [CITIZEN.fullName, CITIZEN.phone, CITIZEN.marker]) {
            if (body.includes(secret)) leaks.push(`${role} ${JSON.stringify(input)}: ${secret}`);
          }
          if (response.status === 200) {
            const data = JSON.stringify(response.data);
            for (const id of [petitionId, planId, trackingCode]) {
              if (data.includes(id)) leaks.push(`${role} ${JSON.stringify(input)}: 200 with ${id}`);
            }
          }
          if (response.status >= 500)
            leaks.push(`${role} ${JSON.stringify(input)}: ${response.status}`);
        }
      }
      expect(leaks).toEqual([]);
      expect(await choMoiState()).toBe(before);
    },
  );

  it('the same inputs do reach Chợ Mới’s data for its own staff (the oracle can fail)', async () => {
    const own = await api.as('commune-chair');
    const response = await own.petitions.get.query({ id: petitionId });
    expect(JSON.stringify(response)).toContain(CITIZEN.fullName);
  });

  it('reaches every staff role; a citizen account is admitted to no procedure beyond the public ones and changing its own password', () => {
    // 'signed-in' is self-service on the caller's own account, open to every role by design.
    const selfService = nonPublic.filter((p) => p.access === 'signed-in').map((p) => p.path);
    expect(selfService).toEqual(['auth.changePassword']);
    const covered = new Set(
      nonPublic.filter((p) => p.access !== 'signed-in').flatMap((p) => allowedRoles(p)),
    );
    expect([...covered].sort()).toEqual(ROLES.filter((role) => role !== 'citizen').sort());
  });
});
