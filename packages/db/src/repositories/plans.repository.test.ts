import { aChoMoiPlan, present } from '@doithoai/domain/testing';
import type { Plan } from '@doithoai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../database.js';
import { seedTenant, type SeededTenant } from '../testing/seed-tenant.js';
import { testDialects } from '../testing/test-databases.js';
import { newId } from './ids.js';
import { listPlans } from './plans-list.repository.js';
import { listPetitionStatusesOfPlan } from './petitions-list.repository.js';
import { findLastPlanOfIssuer, findPlanById, insertPlan, savePlan } from './plans.repository.js';
import { NO_RECORDED_DATES } from './plans-rows.repository.js';
import { findPlanVersionContent, listPlanVersions } from './plans-versions.repository.js';

const dialects = await testDialects();
const AT = '2025-11-20T02:00:00.000Z';
const SIGNER = present(aChoMoiPlan().signer, 'the signer');

describe.each(dialects)('plans storage on $name', (dialect) => {
  let handle: DatabaseHandle;
  let choMoi: SeededTenant;
  const by = () => choMoi.accounts['party-office'].id;
  const change = (event: string, comment: string | null = null) => ({
    event,
    comment,
    by: by(),
    at: AT,
  });
  /** A Chợ Mới draft (seed 000) with a fresh id. */
  const aDraft = (overrides: Partial<Plan> = {}): Plan =>
    aChoMoiPlan({ id: newId(), status: 'draft', ...overrides });
  /** Stores a draft and walks it to `approved` with `number`, the way the API does. */
  async function approved(number: number, overrides: Partial<Plan> = {}) {
    const stored = await insertPlan(handle.db, aDraft(overrides), change('create'));
    return savePlan(handle.db, {
      plan: { ...stored.plan, status: 'approved', documentNumber: number, issuedOn: '2025-11-24' },
      recorded: NO_RECORDED_DATES,
      expectedVersion: stored.version,
      change: change('approve'),
    });
  }

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
  });
  afterAll(() => handle.close());

  it('stores the Chợ Mới plan as version 1 and reads back the same domain plan', async () => {
    const draft = aDraft();
    const stored = await insertPlan(handle.db, draft, change('create'));
    expect(stored.plan).toEqual(draft);
    expect(stored.version).toBe(1);
    expect(stored.recorded).toEqual(NO_RECORDED_DATES);
    const row = await handle.db
      .selectFrom('plans')
      .selectAll()
      .where('id', '=', draft.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      admin_unit_code: '02086',
      issuer_kind: 'party-committee',
      document_symbol: 'KH/ĐU',
      year: 2025,
      dialogue_date: '2025-12-10',
      window_from: null,
      regulation_profile_id: 'thai-nguyen-357-qd-tu-2025',
    });
    expect(row.search_key).toContain('xa cho moi nam 2025');
    const history = await listPlanVersions(handle.db, draft.id);
    expect(history).toEqual([
      {
        version: 1,
        status: 'draft',
        event: 'create',
        comment: null,
        changedBy: { accountId: by(), fullName: 'Người dùng party-office' },
        changedAt: AT,
      },
    ]);
  });

  it('saves a change only over the version it was made on, and records each version', async () => {
    const stored = await insertPlan(handle.db, aDraft(), change('create'));
    const saved = await savePlan(handle.db, {
      plan: { ...stored.plan, venue: { name: 'Nhà văn hóa thôn Đồng Tâm' } },
      recorded: NO_RECORDED_DATES,
      expectedVersion: 1,
      change: change('update', 'Đổi địa điểm'),
    });
    expect(saved.ok && saved.record.version).toBe(2);
    const stale = await savePlan(handle.db, {
      plan: { ...stored.plan, venue: { name: 'Hội trường cũ' } },
      recorded: NO_RECORDED_DATES,
      expectedVersion: 1,
      change: change('update'),
    });
    expect(stale).toEqual({ ok: false, reason: 'stale-version' });
    const now = await findPlanById(handle.db, stored.plan.id);
    expect(now?.plan.venue?.name).toBe('Nhà văn hóa thôn Đồng Tâm');
    expect((await listPlanVersions(handle.db, stored.plan.id)).map((v) => v.comment)).toEqual([
      null,
      'Đổi địa điểm',
    ]);
    expect((await findPlanVersionContent(handle.db, stored.plan.id, 1))?.venue?.name).toBe(
      'Hội trường lớn Đảng ủy xã Chợ Mới',
    );
  });

  it('keeps the workflow fields and event dates in their columns', async () => {
    const stored = await insertPlan(handle.db, aDraft(), change('create'));
    const saved = await savePlan(handle.db, {
      plan: {
        ...stored.plan,
        status: 'postponed',
        documentNumber: 90,
        issuedOn: '2025-11-24',
        statusReason: 'Trùng lịch hội nghị của Tỉnh ủy.',
        signer: SIGNER,
        returnComments: [{ at: AT, by: by(), comment: 'Bổ sung căn cứ 357-QĐ/TU.' }],
      },
      recorded: { noticeIssuedOn: '2025-12-01', heldOn: null, conclusionIssuedOn: null },
      expectedVersion: 1,
      change: change('postpone', 'Trùng lịch hội nghị của Tỉnh ủy.'),
    });
    if (!saved.ok) throw new Error(saved.reason);
    expect(saved.record.plan).toMatchObject({
      status: 'postponed',
      documentNumber: 90,
      issuedOn: '2025-11-24',
      statusReason: 'Trùng lịch hội nghị của Tỉnh ủy.',
      returnComments: [{ comment: 'Bổ sung căn cứ 357-QĐ/TU.' }],
    });
    expect(saved.record.recorded.noticeIssuedOn).toBe('2025-12-01');
  });

  it('refuses a second plan numbered 14 for the same issuer and year as number-taken', async () => {
    expect((await approved(14)).ok).toBe(true);
    const second = await approved(14);
    expect(second).toEqual({ ok: false, reason: 'number-taken' });
    // Another year, or the People's Committee's own series, may use 14.
    expect((await approved(14, { year: 2026 })).ok).toBe(true);
    const ubnd = {
      issuer: { kind: 'peoples-committee', name: 'UBND xã Chợ Mới', adminUnitCode: '02086' },
      documentSymbol: 'KH-UBND',
    } as const;
    expect((await approved(14, ubnd)).ok).toBe(true);
  });

  it('lists by commune, year, state and diacritic-free text', async () => {
    const land = aDraft({ title: 'Đối thoại về công tác quản lý đất đai năm 2027', year: 2027 });
    await insertPlan(handle.db, land, change('create'));
    await insertPlan(
      handle.db,
      aDraft({ year: 2027, title: 'Đối thoại 100% thôn năm 2027' }),
      change('create'),
    );
    const find = (q: string, extra = {}) =>
      listPlans(handle.db, { adminUnitCodes: ['02086'], year: 2027, q, ...extra });
    expect((await find('dat dai')).map((p) => p.id)).toEqual([land.id]);
    expect((await find('ĐẤT ĐAI')).map((p) => p.id)).toEqual([land.id]);
    expect(await find('dat  dai', { statuses: ['approved'] })).toEqual([]);
    // "%" is a letter in a search, not a wildcard.
    expect((await find('100%')).map((p) => p.title)).toEqual(['Đối thoại 100% thôn năm 2027']);
    expect(await find('0%t')).toEqual([]);
    expect(await listPlans(handle.db, { adminUnitCodes: ['03640'], year: 2027 })).toEqual([]);
    expect(await listPlans(handle.db, { adminUnitCodes: [] })).toEqual([]);
    const [summary] = await find('dat dai');
    expect(summary).toMatchObject({
      issuerKind: 'party-committee',
      documentNumber: null,
      status: 'draft',
      dialogueDate: '2025-12-10',
      version: 1,
    });
  });

  it("finds an issuer's last plan before a year, passing over cancelled ones", async () => {
    const base = { issuer: { ...aChoMoiPlan().issuer }, documentSymbol: 'KH/ĐU' };
    const y2030 = aDraft({ ...base, year: 2030 });
    await insertPlan(handle.db, y2030, change('create'));
    await insertPlan(
      handle.db,
      aDraft({ ...base, year: 2031, status: 'cancelled', statusReason: 'Hủy' }),
      change('create'),
    );
    const last = await findLastPlanOfIssuer(handle.db, {
      adminUnitCode: '02086',
      issuerKind: 'party-committee',
      beforeYear: 2032,
    });
    expect(last?.plan.id).toBe(y2030.id);
    expect(
      await findLastPlanOfIssuer(handle.db, {
        adminUnitCode: '03640',
        issuerKind: 'party-committee',
      }),
    ).toBeUndefined();
  });

  it("lists the states of a plan's petitions", async () => {
    const stored = await insertPlan(handle.db, aDraft(), change('create'));
    for (const [n, status] of [
      [1, 'settled'],
      [2, 'not-settled'],
    ] as const) {
      await handle.db
        .insertInto('petitions')
        .values({
          id: newId(),
          admin_unit_code: '02086',
          plan_id: stored.plan.id,
          tracking_code: `CM-${stored.plan.id.slice(0, 8)}-${n}`,
          status,
          channel: 'village',
          full_name: 'Nguyễn Văn An',
          content: 'Đề nghị cấp giấy chứng nhận quyền sử dụng đất.',
          search_key: 'de nghi cap giay chung nhan quyen su dung dat',
          received_on: '2025-12-01',
          consent_json: '{}',
          wants_to_speak: 0,
          is_late: 0,
          version: 1,
          created_at: AT,
          updated_at: AT,
        })
        .execute();
    }
    expect((await listPetitionStatusesOfPlan(handle.db, stored.plan.id)).sort()).toEqual([
      'not-settled',
      'settled',
    ]);
  });
});
