import { testDialects } from '@doithoai/db/testing';
import { createDocumentRenderer, findSoffice, type DocumentRenderer } from '@doithoai/documents';
import { readDocx, readZip } from '@doithoai/documents/testing';
import { REDACTION_MARKS, type Role } from '@doithoai/domain';
import { aLandPetitionInChoMoi, present } from '@doithoai/domain/testing';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, SESSION_COOKIE } from '../auth/sessions.js';
import { createCalendarProvider } from '../calendar-provider.js';
import { signInAt } from '../lifecycle.test-support.js';
import { registrationOf } from '../routers/petitions/petitions.test-support.js';
import { choMoiPlanAt } from '../routers/plans/plans.test-support.js';
import type { PlanView } from '../routers/plans/plans-view.js';
import { createTestApi, type TestApi } from '../test-api.test-support.js';
import { documentRoutes } from './documents.js';

/*
 * The document downloads over HTTP on every dialect: the same session, role and commune checks
 * as the read procedures, the file's type and names, and an audit row for personal data.
 */

const dialects = await testDialects();
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const NOW = '2025-12-20T03:00:00.000Z';

interface AuditRow {
  action: string;
  actor_role: string | null;
  entity_id: string;
  personal_data_export: number;
  after_json: string | null;
}

describe.each(dialects)('document downloads on $name', (dialect) => {
  let api: TestApi;
  let plan: PlanView;
  const cookie = async (role: Role, which: 'tenant' | 'otherTenant' = 'tenant') => {
    api.setNow(NOW);
    const account = (which === 'tenant' ? api.tenant : api.otherTenant).accounts[role];
    const { token } = await startSession(api.handle.db, account.id, new Date(NOW));
    return `${SESSION_COOKIE}=${token}`;
  };
  const get = async (path: string, role?: Role, which?: 'tenant' | 'otherTenant') =>
    api.app.request(path, { headers: role ? { cookie: await cookie(role, which) } : {} });
  const exportsOf = async (entityId: string) =>
    (await api.handle.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', entityId)
      .where('personal_data_export', '=', 1)
      .execute()) as unknown as AuditRow[];

  beforeAll(async () => {
    api = await createTestApi(dialect);
    plan = await choMoiPlanAt(api, 'held', { documentNumber: 14 });
  });
  afterAll(() => api.close());

  it('serves the plan as Word with its type, a Vietnamese file name and the header of the Party committee', async () => {
    const response = await get(`/documents/plans/${plan.plan.id}/ke-hoach.docx`, 'party-office');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(DOCX);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const disposition = present(
      response.headers.get('content-disposition'),
      'the Content-Disposition header',
    );
    expect(disposition).toMatch(
      /^attachment; filename="K[e]-hoach-14-KH-DU-Dang-uy-xa-Cho-Moi\.docx"; filename\*=UTF-8''/u,
    );
    expect(decodeURIComponent(present(disposition.split("UTF-8''")[1], 'the UTF-8 name'))).toBe(
      'Kế hoạch 14-KH-ĐU Đảng ủy xã Chợ Mới.docx',
    );
    const docx = readDocx(Buffer.from(await response.arrayBuffer()));
    expect(docx.find('ĐẢNG BỘ TỈNH THÁI NGUYÊN')).toBeDefined();
    expect(docx.find('ĐẢNG ỦY XÃ CHỢ MỚI')).toBeDefined();
    expect(docx.find(/^Số/u)?.text).toBe('Số 14-KH/ĐU');
    expect(docx.find('T/M BAN THƯỜNG VỤ')).toBeDefined();
  });

  it('adds the computed dates to the plan only as an annex asked for with ?annex=1 (issue 16)', async () => {
    const plain = readDocx(
      Buffer.from(
        await (
          await get(`/documents/plans/${plan.plan.id}/ke-hoach.docx`, 'party-office')
        ).arrayBuffer(),
      ),
    );
    expect(plain.find(/^PHỤ LỤC$/u)).toBeUndefined();
    const annex = await get(
      `/documents/plans/${plan.plan.id}/ke-hoach.docx?annex=1`,
      'party-office',
    );
    expect(annex.status).toBe(200);
    const docx = readDocx(Buffer.from(await annex.arrayBuffer()));
    expect(docx.find(/^PHỤ LỤC$/u)).toBeDefined();
    expect(docx.find(/^\+ .*: \d{2}\/\d{2}\/\d{4} — /u)).toBeDefined();
    expect(plain.find(/^\+ .*: \d{2}\/\d{2}\/\d{4} — /u)).toBeUndefined();
  });

  it('refuses a visitor without a session (401) and a role that does not read plans (403), as plans.get does', async () => {
    const anonymous = await get(`/documents/plans/${plan.plan.id}/ke-hoach.docx`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe(
      'UNAUTHORIZED',
    );
    const admin = await get(`/documents/plans/${plan.plan.id}/ke-hoach.docx`, 'admin');
    expect(admin.status).toBe(403);
  });

  it('hides another commune’s plan as if it did not exist', async () => {
    const response = await get(
      `/documents/plans/${plan.plan.id}/ke-hoach.docx`,
      'party-secretary',
      'otherTenant',
    );
    expect(response.status).toBe(404);
  });

  it('answers 404 for an unknown file or a format the document does not have', async () => {
    expect(
      (await get(`/documents/plans/${plan.plan.id}/khong-co.docx`, 'party-office')).status,
    ).toBe(404);
    expect(
      (await get(`/documents/plans/${plan.plan.id}/ke-hoach.xlsx`, 'party-office')).status,
    ).toBe(404);
    expect(
      (await get(`/documents/plans/${plan.plan.id}/so-theo-doi-kien-nghi.docx`, 'party-office'))
        .status,
    ).toBe(404);
  });

  it('answers 404, not 500, for a file named like a property every object has ("constructor", "toString")', async () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(
        (await get(`/documents/plans/${plan.plan.id}/${name}.docx`, 'party-office')).status,
      ).toBe(404);
      expect((await get(`/documents/public/plans/${plan.plan.id}/${name}.docx`)).status).toBe(404);
    }
  });

  it('says the conclusion notice is not issued yet instead of an empty document', async () => {
    const response = await get(
      `/documents/plans/${plan.plan.id}/thong-bao-ket-luan.docx`,
      'party-office',
    );
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain(
      'Chưa ban hành thông báo kết luận',
    );
  });

  it('refuses the minutes of a dialogue not yet held with the reason, instead of an empty file', async () => {
    const announced = await choMoiPlanAt(api, 'announced', { documentNumber: 15 });
    const response = await get(
      `/documents/plans/${announced.plan.id}/bien-ban.docx`,
      'party-office',
    );
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain(
      'Chưa tổ chức hội nghị',
    );
  });

  it('records the export of the minutes (speakers’ names) in the audit trail; the plan itself is not personal data', async () => {
    const before = (await exportsOf(plan.plan.id)).length;
    const minutes = await get(`/documents/plans/${plan.plan.id}/bien-ban.docx`, 'party-office');
    expect(minutes.status).toBe(200);
    expect(readDocx(Buffer.from(await minutes.arrayBuffer())).find(/^BIÊN BẢN$/u)).toBeDefined();
    const rows = await exportsOf(plan.plan.id);
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({ action: 'document.export', actor_role: 'party-office' });
    expect(
      JSON.parse(present(present(rows.at(-1), 'the export row').after_json, 'its after_json')),
    ).toMatchObject({ kind: 'minutes', format: 'docx' });
    await get(`/documents/plans/${plan.plan.id}/ke-hoach.docx`, 'party-office');
    expect(await exportsOf(plan.plan.id)).toHaveLength(before + 1);
  });

  it('serves the petition register as an Excel workbook, audited as a personal-data export, to the roles that read it', async () => {
    const before = (await exportsOf(plan.plan.id)).length;
    const response = await get(
      `/documents/plans/${plan.plan.id}/so-theo-doi-kien-nghi.xlsx`,
      'party-office',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const files = readZip(Buffer.from(await response.arrayBuffer()));
    expect(files.has('xl/workbook.xml')).toBe(true);
    expect((await exportsOf(plan.plan.id)).map((r) => r.action).slice(before)).toEqual([
      'report.register',
    ]);
    expect(
      (await get(`/documents/plans/${plan.plan.id}/so-theo-doi-kien-nghi.xlsx`, 'village')).status,
    ).toBe(403);
  });

  it('serves the monthly progress report of a month, and refuses a month that has not begun', async () => {
    const report = await get(
      `/documents/plans/${plan.plan.id}/bao-cao-tien-do.docx?month=2025-12`,
      'commune-chair',
    );
    expect(report.status).toBe(200);
    expect(readDocx(Buffer.from(await report.arrayBuffer())).find(/^BÁO CÁO$/u)).toBeDefined();
    const future = await get(
      `/documents/plans/${plan.plan.id}/bao-cao-tien-do.docx?month=2026-05`,
      'commune-chair',
    );
    expect(future.status).toBe(400);
  });

  it('serves the written answer once approved, audited, and 404 before', async () => {
    const office = await signInAt(api, '2025-12-01', 'party-office');
    const created = await office.petitions.register.mutate(
      registrationOf(plan.plan.id, api.tenant.villageIds[0]),
    );
    const path = `/documents/petitions/${created.id}/van-ban-tra-loi.docx`;
    const triaged = await office.petitions.triage.mutate({
      id: created.id,
      expectedVersion: created.version,
      field: 'land-environment',
      urgency: 'normal',
      competence: 'commune',
      complexity: 'standard',
    });
    // No approved written answer yet (the download moves the clock; each step signs in again).
    expect((await get(path, 'party-office')).status).toBe(404);
    const chair = await signInAt(api, '2025-12-10', 'commune-chair');
    const decided = await chair.conference.recordOutcome.mutate({
      petitionId: triaged.id,
      expectedVersion: triaged.version,
      kind: 'answer-in-writing',
      responsibleOrganisationId: api.tenant.organisations.landDepartment,
    });
    const department = await signInAt(api, '2025-12-15', 'department');
    const drafted = await department.petitions.draftAnswer.mutate({
      id: decided.id,
      expectedVersion: decided.version,
      content: 'UBND xã trả lời: công chức địa chính đo đạc lại ranh giới trước ngày 15/01/2026.',
      legalBasis: 'Luật Đất đai 2024',
    });
    const approver = await signInAt(api, '2025-12-16', 'commune-chair');
    await approver.petitions.approveAnswer.mutate({
      id: drafted.id,
      expectedVersion: drafted.version,
    });
    const response = await get(path, 'party-office');
    expect(response.status).toBe(200);
    const docx = readDocx(Buffer.from(await response.arrayBuffer()));
    expect(docx.text).toContain('đo đạc lại ranh giới trước ngày 15/01/2026');
    expect(docx.text).toContain('Căn cứ pháp lý: Luật Đất đai 2024.');
    // Issued by the answering body, not by the Party committee of the plan (issue 16): its
    // header under the commune's People's Committee, its own number series, its head's
    // signature; "V/v" under "Số", no tracking code, the Front among the recipients.
    expect(docx.text).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(docx.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(docx.text.replaceAll('\n', ' ')).toContain('PHÒNG KINH TẾ (ĐẤT ĐAI');
    expect(docx.text).toContain('ỦY BAN NHÂN DÂN');
    const number = docx.paragraphs.findIndex((p) => p.text.startsWith('Số'));
    expect(docx.paragraphs[number]?.text).toMatch(/\/PKT$/u);
    expect(docx.paragraphs[number + 1]?.text).toMatch(/^V\/v /u);
    expect(docx.text).toContain('TRƯỞNG PHÒNG');
    expect(docx.text).toContain('Người dùng department');
    expect(docx.text).toContain('- Ủy ban MTTQ Việt Nam xã (giám sát);');
    expect(docx.text).toMatch(/Kính gửi: Ông\/Bà /u);
    expect(docx.text).not.toContain(created.trackingCode);
    expect((await exportsOf(created.id)).at(-1)).toMatchObject({ action: 'document.export' });
    expect((await get(path, 'party-office', 'otherTenant')).status).toBe(404);
  });

  it('serves the public conclusion notice without sign-in, with the citizen’s name redacted; a draft plan has none', async () => {
    const land = aLandPetitionInChoMoi();
    const secretary = await signInAt(api, '2025-12-19', 'party-secretary');
    await secretary.followUp.issueConclusion.mutate({
      planId: plan.plan.id,
      expectedVersion: plan.version,
      documentNumber: 45,
      documentSymbol: 'TB/ĐU',
      position: `Đảng ủy xã ghi nhận ý kiến của ông ${land.petitioner.fullName}; giao các cơ quan giải quyết dứt điểm.`,
      items: [
        {
          content: `Đo đạc lại ranh giới thửa đất của hộ ông ${land.petitioner.fullName}.`,
          responsibleOrganisationId: api.tenant.organisations.landDepartment,
          relatedPetitionIds: [],
        },
      ],
    });
    const response = await get(`/documents/public/plans/${plan.plan.id}/thong-bao-ket-luan.docx`);
    expect(response.status, await response.clone().text()).toBe(200);
    const docx = readDocx(Buffer.from(await response.arrayBuffer()));
    expect(docx.find(/^Số/u)?.text).toBe('Số 45-TB/ĐU');
    expect(docx.text).not.toContain(land.petitioner.fullName);
    expect(docx.text).toContain(`${REDACTION_MARKS.name}`);
    expect(docx.text).toContain('Đo đạc lại ranh giới thửa đất');
    const staff = await get(
      `/documents/plans/${plan.plan.id}/thong-bao-ket-luan.docx`,
      'party-office',
    );
    expect(readDocx(Buffer.from(await staff.arrayBuffer())).text).toContain(
      land.petitioner.fullName,
    );
    const form = await get(`/documents/public/plans/${plan.plan.id}/phieu-dang-ky.docx`);
    expect(
      readDocx(Buffer.from(await form.arrayBuffer())).find('PHIẾU ĐĂNG KÝ THAM GIA ĐỐI THOẠI'),
    ).toBeDefined();
    const draft = await choMoiPlanAt(api, 'draft');
    expect((await get(`/documents/public/plans/${draft.plan.id}/thong-bao.docx`)).status).toBe(404);
  });

  it('without a converter, says PDF is unavailable and points to the Word file', async () => {
    const deps = {
      db: api.handle.db,
      dialect: api.handle.dialect,
      now: () => new Date(NOW),
      calendars: createCalendarProvider(0),
      secureCookies: false,
    };
    const renderer = createDocumentRenderer({ sofficePath: null });
    const app = new Hono().route(
      '/documents',
      documentRoutes(deps, { clientIp: () => 'test', renderer: () => renderer }),
    );
    const headers = { cookie: await cookie('party-office') };
    expect(await (await app.request('/documents/capabilities')).json()).toEqual({
      pdfAvailable: false,
    });
    const response = await app.request(`/documents/plans/${plan.plan.id}/ke-hoach.pdf`, {
      headers,
    });
    expect(response.status).toBe(503);
    const body = (await response.json()) as {
      error: { code: string; data: { docxUrl: string; pdfAvailable: boolean } };
    };
    expect(body.error.code).toBe('PDF_CONVERTER_MISSING');
    expect(body.error.data).toMatchObject({
      pdfAvailable: false,
      docxUrl: `/documents/plans/${plan.plan.id}/ke-hoach.docx`,
    });
    await renderer.close();
  });

  it('renders a public document once while its record stays the same', async () => {
    const deps = {
      db: api.handle.db,
      dialect: api.handle.dialect,
      now: () => new Date(NOW),
      calendars: createCalendarProvider(0),
      secureCookies: false,
    };
    const inner = createDocumentRenderer({ sofficePath: null });
    let renders = 0;
    const counting: DocumentRenderer = {
      pdfAvailable: false,
      render: (...args) => ((renders += 1), inner.render(...args)),
      close: () => inner.close(),
    };
    const app = new Hono().route(
      '/documents',
      documentRoutes(deps, { clientIp: () => 'test', renderer: () => counting }),
    );
    const path = `/documents/public/plans/${plan.plan.id}/phieu-dang-ky.docx`;
    expect((await app.request(path)).status).toBe(200);
    expect((await app.request(path)).status).toBe(200);
    expect(renders).toBe(1);
    await inner.close();
  });

  it.skipIf(!findSoffice() && process.env['REQUIRE_DOCUMENT_TOOLS'] !== '1')(
    'converts the plan to PDF with LibreOffice',
    async () => {
      const response = await get(
        `/documents/plans/${plan.plan.id}/ke-hoach.pdf`,
        'party-secretary',
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await response.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    },
    120_000,
  );
});
