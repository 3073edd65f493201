import { present } from '@doithoai/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { seedTenant, type SeededTenant } from '../testing/seed-tenant.js';
import { testDialects } from '../testing/test-databases.js';
import { aHeldPlan, aPetition, AT } from './follow-up.test-support.js';
import {
  countRegistrationsByVillage,
  insertForwarding,
  listForwardings,
  listUnforwardedPetitionIds,
} from './registration-forwardings.repository.js';

const deadline = {
  ruleId: 'registration-cutoff',
  label: 'Hạn đăng ký',
  dueDate: '2025-12-04',
  source: 'Kế hoạch 13-KH/ĐU mục IV.5',
};

const dialects = await testDialects();
describe.each(dialects)("the Front's forwardings on $name", (dialect) => {
  let handle: DatabaseHandle;
  let choMoi: SeededTenant;
  let planId: string;
  let petitions: string[];

  beforeAll(async () => {
    handle = await dialect.open();
    choMoi = await seedTenant(handle.db, {
      provinceCode: '19',
      communeCode: '02086',
      communeName: 'Chợ Mới',
      passwordHash: 'x',
    });
    planId = await aHeldPlan(handle.db, '02086', 14);
    const village = present(choMoi.villageIds[0], 'a village of Chợ Mới');
    petitions = [
      await aPetition(handle.db, planId, '02086', { status: 'received', villageId: village }),
      await aPetition(handle.db, planId, '02086', { status: 'received', villageId: village }),
      await aPetition(handle.db, planId, '02086', { status: 'withdrawn', villageId: village }),
    ];
  });
  afterAll(() => handle.close());

  it('records who forwarded which petitions, and a second forwarding carries only the rest', async () => {
    const db = handle.db;
    expect(await listUnforwardedPetitionIds(db, planId)).toHaveLength(2);
    const front = choMoi.accounts['front-officer'].id;
    const first = await insertForwarding(db, {
      adminUnitCode: '02086',
      planId,
      forwardedBy: front,
      forwardedAt: AT,
      forwardedOn: '2025-12-03',
      petitionIds: [present(petitions[0], 'the first petition')],
      note: 'Tổng hợp đợt 1',
      deadline,
      onTime: true,
    });
    expect(await listUnforwardedPetitionIds(db, planId)).toEqual([petitions[1]]);
    const [saved] = await listForwardings(db, { adminUnitCodes: ['02086'], ids: [first] });
    expect(saved).toMatchObject({
      planId,
      petitionIds: [petitions[0]],
      forwardedOn: '2025-12-03',
      note: 'Tổng hợp đợt 1',
      deadline,
      onTime: true,
      forwardedBy: { accountId: front, role: 'front-officer' },
    });
    expect(await listForwardings(db, { adminUnitCodes: ['03640'], planId })).toEqual([]);
  });

  it('refuses to forward the same petition twice (a constraint, not a convention)', async () => {
    await expect(
      insertForwarding(handle.db, {
        adminUnitCode: '02086',
        planId,
        forwardedBy: choMoi.accounts['front-chair'].id,
        forwardedAt: AT,
        forwardedOn: '2025-12-05',
        petitionIds: [present(petitions[0], 'the first petition')],
        note: null,
        deadline: null,
        onTime: null,
      }),
    ).rejects.toThrow();
  });

  it('counts registrations by village, without the withdrawn one, with the forwarded ones', async () => {
    const counts = await countRegistrationsByVillage(handle.db, planId, ['village-paper-form']);
    expect(counts).toEqual([
      expect.objectContaining({ villageId: choMoi.villageIds[0], registrations: 2, forwarded: 1 }),
    ]);
  });
});
