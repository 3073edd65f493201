import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { seedTenant, type SeededTenant } from '../testing/seed-tenant.js';
import { testDialects } from '../testing/test-databases.js';
import {
  findConclusionNotice,
  insertConclusionNotice,
  markPlanConcluded,
} from './conclusion.repository.js';
import * as findingsRepository from './findings.repository.js';
import { insertFinding, listFindings } from './findings.repository.js';
import { insertExtension, listExtensions } from './follow-up-extensions.repository.js';
import { findFollowUpPlan } from './plans-follow-up.repository.js';
import {
  findFollowUpTask,
  insertFollowUpTask,
  listFollowUpTasks,
  updateFollowUpTask,
} from './follow-up.repository.js';
import { aHeldPlan, AT } from './follow-up.test-support.js';

const dialects = await testDialects();
describe.each(dialects)('follow-up storage on $name', (dialect) => {
  let handle: DatabaseHandle;
  let choMoi: SeededTenant;
  let planId: string;

  beforeAll(async () => {
    handle = await dialect.open();
    choMoi = await seedTenant(handle.db, {
      provinceCode: '19',
      communeCode: '02086',
      communeName: 'Chợ Mới',
      passwordHash: 'x',
    });
    await seedTenant(handle.db, {
      provinceCode: '12',
      communeCode: '03640',
      communeName: 'Khoen On',
      passwordHash: 'x',
    });
    planId = await aHeldPlan(handle.db, '02086', 14);
  });
  afterAll(() => handle.close());

  it('a task keeps its original due date once extended, and refuses a change over a stale version', async () => {
    const db = handle.db;
    const id = await insertFollowUpTask(
      db,
      {
        adminUnitCode: '02086',
        planId,
        petitionId: null,
        conclusionItemId: 'item-1',
        content: 'Đo đạc lại ranh giới thửa đất.',
        responsibleOrganisationId: choMoi.organisations.landDepartment,
        ruleId: 'written-answer',
        dueOn: '2026-01-09',
        createdBy: choMoi.accounts['commune-chair'].id,
      },
      AT,
    );
    await insertExtension(
      db,
      {
        taskId: id,
        previousDueOn: '2026-01-09',
        newDueOn: '2026-02-06',
        reason: 'Chờ trích lục hồ sơ địa chính.',
        citizenInformed: true,
        informedOn: '2026-01-05',
        informedHow: 'phone',
        decidedBy: choMoi.accounts['government-office'].id,
      },
      AT,
    );
    expect(await updateFollowUpTask(db, id, 1, { dueOn: '2026-02-06' }, AT)).toBe(true);
    expect(await updateFollowUpTask(db, id, 1, { status: 'verified' }, AT)).toBe(false);
    expect(await findFollowUpTask(db, id)).toMatchObject({
      dueOn: '2026-02-06',
      originalDueOn: '2026-01-09',
      extensionCount: 1,
      version: 2,
      status: 'open',
      responsibleOrganisation: { id: choMoi.organisations.landDepartment },
    });
    expect(await listExtensions(db, [id])).toMatchObject([
      {
        previousDueOn: '2026-01-09',
        citizenInformed: true,
        decidedBy: { fullName: expect.any(String) as unknown },
      },
    ]);
    await expect(
      insertExtension(
        db,
        {
          taskId: id,
          previousDueOn: '2026-02-06',
          newDueOn: '2026-02-01',
          reason: 'Sớm hơn',
          citizenInformed: false,
          informedOn: null,
          informedHow: null,
          decidedBy: null,
        },
        AT,
      ),
    ).rejects.toThrow();
    expect(await listFollowUpTasks(db, { adminUnitCodes: ['03640'] })).toEqual([]);
    expect(
      await listFollowUpTasks(db, {
        adminUnitCodes: ['02086'],
        responsibleOrganisationId: choMoi.organisations.police,
      }),
    ).toEqual([]);
  });

  it('one conclusion notice per plan; the plan is marked concluded over its version only', async () => {
    const db = handle.db;
    const notice = {
      planId,
      adminUnitCode: '02086',
      documentNumber: 5,
      documentSymbol: 'TB/ĐU',
      issuedOn: '2025-12-18',
      content: { position: 'Kết luận.', signer: null, publishedVia: [], items: [] },
      createdBy: null,
    };
    await insertConclusionNotice(db, notice, AT);
    await expect(insertConclusionNotice(db, notice, AT)).rejects.toThrow();
    expect((await findConclusionNotice(db, planId))?.documentSymbol).toBe('TB/ĐU');
    const mark = (expectedVersion: number) =>
      markPlanConcluded(db, {
        planId,
        expectedVersion,
        issuedOn: '2025-12-18',
        by: null,
        at: AT,
        comment: 'TB',
      });
    expect(await mark(2)).toBe(false);
    expect(await mark(1)).toBe(true);
    expect(await findFollowUpPlan(db, planId)).toMatchObject({
      status: 'concluded',
      conclusionIssuedOn: '2025-12-18',
      version: 2,
      regulationProfileId: 'thai-nguyen-357-qd-tu-2025',
    });
  });

  it('findings are inserted and read, and the repository offers no way to change one', async () => {
    const db = handle.db;
    await insertFinding(db, {
      adminUnitCode: '02086',
      planId,
      targetType: 'plan',
      targetId: planId,
      kind: 'visited',
      note: null,
      observedOn: '2025-12-17',
      recordedBy: choMoi.accounts['front-officer'].id,
      recordedAt: AT,
    });
    expect(await listFindings(db, { adminUnitCodes: ['02086'], planId })).toMatchObject([
      {
        kind: 'visited',
        note: null,
        observedOn: '2025-12-17',
        recordedBy: { role: 'front-officer' },
      },
    ]);
    expect(await listFindings(db, { adminUnitCodes: ['03640'] })).toEqual([]);
    expect(
      Object.keys(findingsRepository).filter((name) => /update|delete|remove|edit/i.test(name)),
    ).toEqual([]);
  });
});
