import { listAuditForEntity } from '@doithoai/db';
import { testDialects } from '@doithoai/db/testing';
import type { Plan } from '@doithoai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import { createTestApi, type TestClient, type TestApi } from '../../test-api.test-support.js';
import { choMoiInput, choMoiPlanAt, tick } from './plans.test-support.js';
import type { PlanView } from './plans-view.js';
import { refusal } from '../../refusal.test-support.js';

const dialects = await testDialects();

/** What the audit entry of a plan's update keeps of the change. */
type PlanAuditState = { changed: { legalBases: unknown[] } };

const RETURN_COMMENT =
  'Bổ sung căn cứ Kế hoạch 13-KH/ĐU ngày 20/8/2025 và nêu rõ hạn đăng ký câu hỏi.';

describe.each(dialects)('plans: the Chợ Mới plan from draft to 14-KH/ĐU on $name', (dialect) => {
  let api: TestApi;
  let office: TestClient;
  let secretary: TestClient;
  let plan: PlanView;
  const ref = () => ({ id: plan.plan.id, expectedVersion: plan.version });

  beforeAll(async () => {
    api = await createTestApi(dialect);
    office = await api.as('party-office');
    secretary = await api.as('party-secretary');
  });
  afterAll(() => api.close());

  it('lets the Party office create the seed 000 plan as a draft', async () => {
    tick(api);
    const data = await office.plans.create.mutate(choMoiInput());
    plan = data;
    expect(plan.plan).toMatchObject({ status: 'draft', year: 2025, documentSymbol: 'KH/ĐU' });
    expect(plan.version).toBe(1);
    expect(plan.numberAndSymbol).toBeNull();
  });

  it('shows its schedule: the cut-off the plan fixed (04/12/2025) and the notice due 02/12/2025', async () => {
    const data = await office.plans.get.query({ id: plan.plan.id });
    const entry = (ruleId: string) => data.schedule.find((e) => e.ruleId === ruleId);
    expect(entry('registration-cutoff')).toMatchObject({
      dueDate: '2025-12-04',
      status: 'overridden',
    });
    expect(entry('registration-cutoff')?.explanation).toContain('04/12/2025');
    expect(entry('public-notice')).toMatchObject({ dueDate: '2025-12-02', status: 'computed' });
    expect(entry('public-notice')?.explanation).toContain('7 ngày');
    expect(data.availableEvents).toEqual(['submit']);
    expect(data.canEdit).toBe(true);
  });

  it('submits it to the Party secretary', async () => {
    tick(api);
    plan = await office.plans.submit.mutate(ref());
    expect(plan.plan.status).toBe('submitted');
    const data = await secretary.plans.get.query({ id: plan.plan.id });
    expect(data.availableEvents).toEqual(['return', 'approve', 'cancel']);
    expect(data.canEdit).toBe(false);
  });

  it('lets the secretary return it with a comment', async () => {
    const at = tick(api);
    plan = await secretary.plans.return.mutate({ ...ref(), comment: RETURN_COMMENT });
    expect(plan.plan.status).toBe('returned');
    expect(plan.plan.returnComments).toEqual([
      {
        at,
        by: api.tenant.accounts['party-secretary'].id,
        comment: RETURN_COMMENT,
      },
    ]);
  });

  it('refuses a return without a comment, in the domain’s words', async () => {
    const other = await choMoiPlanAt(api, 'submitted');
    const error = await refusal(
      secretary.plans.return.mutate({
        id: other.plan.id,
        expectedVersion: other.version,
        comment: '   ',
      }),
    );
    expect(error.httpStatus).toBe(400);
    expect(error.domainCode).toBe('COMMENT_REQUIRED');
    expect(error.message).toContain('Cần ghi ý kiến');
  });

  it('lets the office fix the returned plan over the version it saw, and resubmit', async () => {
    const legalBases: Plan['legalBases'] = [
      ...choMoiInput().legalBases,
      {
        relation: 'legal-basis',
        documentType: 'plan',
        reference: '13-KH/ĐU',
        issuedOn: '2025-08-20',
        issuer: 'Đảng ủy xã Chợ Mới',
        title: 'về việc tổ chức tiếp dân, đối thoại trực tiếp năm 2025 (bổ sung)',
      },
    ];
    tick(api);
    plan = await office.plans.update.mutate({ ...ref(), legalBases });
    expect(plan.version).toBe(4);
    expect(plan.plan.legalBases).toHaveLength(5);
    tick(api);
    plan = await office.plans.submit.mutate(ref());
    expect(plan.plan.status).toBe('submitted');
  });

  it('does not let the commune chair approve a Party plan (the domain refuses)', async () => {
    const chair = await api.as('commune-chair');
    const error = await refusal(chair.plans.approve.mutate({ ...ref(), documentNumber: 14 }));
    expect(error.httpStatus).toBe(403);
    expect(error.domainCode).toBe('ROLE_NOT_ALLOWED');
    expect(error.message).toContain('Chủ tịch UBND xã');
  });

  it('lets the secretary approve it as number 14: 14-KH/ĐU, issued today, signed', async () => {
    tick(api);
    plan = await secretary.plans.approve.mutate({ ...ref(), documentNumber: 14 });
    expect(plan.plan).toMatchObject({
      status: 'approved',
      documentNumber: 14,
      issuedOn: '2025-11-20',
      signer: { name: 'Triệu Tiên Trình', authority: 'on-behalf-of-standing-committee' },
    });
    expect(plan.numberAndSymbol).toBe('14-KH/ĐU');
  });

  it('keeps every version with its step and the return comment', async () => {
    const data = await office.plans.get.query({ id: plan.plan.id });
    expect(data.history.map((v) => [v.version, v.event, v.status])).toEqual([
      [1, 'create', 'draft'],
      [2, 'submit', 'submitted'],
      [3, 'return', 'returned'],
      [4, 'update', 'returned'],
      [5, 'submit', 'submitted'],
      [6, 'approve', 'approved'],
    ]);
    expect(data.history[2]?.comment).toBe(RETURN_COMMENT);
    const v3 = await office.plans.version.query({ id: plan.plan.id, version: 3 });
    expect(v3.content.legalBases).toHaveLength(4);
  });

  it('left an audit row with before and after for every change', async () => {
    const trail = await listAuditForEntity(api.handle.db, 'plan', plan.plan.id);
    expect(trail.map((row) => row.action)).toEqual([
      'plan.create',
      'plan.submit',
      'plan.return',
      'plan.update',
      'plan.submit',
      'plan.approve',
    ]);
    expect(trail[0]?.before).toBeNull();
    expect(trail[0]?.after).toMatchObject({ status: 'draft', version: 1 });
    for (const row of trail.slice(1)) {
      expect(row.before).not.toBeNull();
      expect(row.after).not.toBeNull();
      expect(row.actorAccountId).not.toBeNull();
    }
    expect(trail[2]?.after).toMatchObject({ status: 'returned' });
    expect(trail[2]?.reason).toBe(RETURN_COMMENT);
    const update = present(trail[3], 'the plan.update row');
    expect((update.before as PlanAuditState).changed.legalBases).toHaveLength(4);
    expect((update.after as PlanAuditState).changed.legalBases).toHaveLength(5);
    expect(trail[5]?.before).toMatchObject({ documentNumber: null });
    expect(trail[5]?.after).toMatchObject({
      documentNumber: 14,
      status: 'approved',
    });
  });

  it('refuses a second plan numbered 14 of the same issuer and year as CONFLICT, losing nothing', async () => {
    const second = await choMoiPlanAt(api, 'submitted');
    const error = await refusal(
      secretary.plans.approve.mutate({
        id: second.plan.id,
        expectedVersion: second.version,
        documentNumber: 14,
      }),
    );
    expect(error.httpStatus).toBe(409);
    expect(error.domainCode).toBe('PLAN_NUMBER_TAKEN');
    expect(error.message).toContain('Số 14-KH/ĐU năm 2025 đã được cấp');
    const after = await office.plans.get.query({ id: second.plan.id });
    expect(after).toMatchObject({ version: second.version, plan: { status: 'submitted' } });
    expect(after.history).toHaveLength(2);
    const renumbered = await secretary.plans.approve.mutate({
      id: second.plan.id,
      expectedVersion: second.version,
      documentNumber: 15,
    });
    expect(renumbered.numberAndSymbol).toBe('15-KH/ĐU');
  });

  it('refuses an edit over a stale version as CONFLICT, and keeps the change that won', async () => {
    const draft = await choMoiPlanAt(api, 'draft');
    const base = { id: draft.plan.id, expectedVersion: draft.version };
    tick(api);
    await office.plans.update.mutate({ ...base, venue: { name: 'Nhà văn hóa thôn Đồng Tâm' } });
    const stale = await refusal(
      office.plans.update.mutate({
        ...base,
        venue: { name: 'Hội trường UBND xã' },
      }),
    );
    expect(stale.httpStatus).toBe(409);
    expect(stale.domainCode).toBe('STALE_VERSION');
    const data = await office.plans.get.query({ id: draft.plan.id });
    expect(data.version).toBe(2);
    expect(data.plan.venue?.name).toBe('Nhà văn hóa thôn Đồng Tâm');
    const trail = await listAuditForEntity(api.handle.db, 'plan', draft.plan.id);
    expect(trail.map((r) => r.action)).toEqual(['plan.create', 'plan.update']);
  });

  it('refuses to edit an approved plan', async () => {
    const error = await refusal(
      office.plans.update.mutate({
        ...ref(),
        venue: { name: 'Hội trường UBND xã' },
      }),
    );
    expect(error.httpStatus).toBe(409);
    expect(error.domainCode).toBe('TRANSITION_NOT_ALLOWED');
    expect(error.message).toBe(
      'Không thể chỉnh sửa khi kế hoạch đang ở trạng thái "Đã phê duyệt".',
    );
  });

  it('finds the plan by "cho moi" typed without diacritics', async () => {
    const data = await office.plans.list.query({ q: 'cho moi', year: 2025, status: 'approved' });
    expect(data.map((p) => p.id)).toContain(plan.plan.id);
    expect(data.find((p) => p.id === plan.plan.id)?.numberAndSymbol).toBe('14-KH/ĐU');
    const none = await office.plans.list.query({ q: 'khoen on' });
    expect(none).toEqual([]);
  });

  it("copies last year's plan into a new draft for 2026, without number, signer or history", async () => {
    const last = await office.plans.lastOfIssuer.query({
      issuerKind: 'party-committee',
      beforeYear: 2026,
    });
    expect(last?.plan.year).toBe(2025);
    const copy = await office.plans.create.mutate({ copyFromPlanId: plan.plan.id, year: 2026 });
    expect(copy.plan).toMatchObject({ status: 'draft', year: 2026, returnComments: [] });
    expect(copy.plan.title).toMatch(/năm 2026$/u);
    expect(copy.plan.documentNumber).toBeUndefined();
    expect(copy.plan.signer).toBeUndefined();
    expect(copy.plan.timing).toBeUndefined();
    expect(copy.plan.legalBases).toHaveLength(5);
    const data = await office.plans.get.query({ id: copy.plan.id });
    expect(data.history.map((v) => v.event)).toEqual(['copy']);
    const trail = await listAuditForEntity(api.handle.db, 'plan', copy.plan.id);
    expect(trail[0]?.after).toMatchObject({
      copiedFrom: plan.plan.id,
      year: 2026,
    });
  });
});
