import { insertVillage } from '@doithoai/db';
import { testDialects } from '@doithoai/db/testing';
import { readDocx } from '@doithoai/documents/testing';
import { aLandPetitionInChoMoi, present } from '@doithoai/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, SESSION_COOKIE } from '../auth/sessions.js';
import type { Role } from '@doithoai/domain';
import {
  heldSonTayHaWithLandPetition,
  insertPetitionRow,
  sonTayHaConclusion,
  vietnamMorning,
  type IssuedData,
} from '../routers/follow-up/follow-up.test-support.js';
import { createTestApi, type TestApi } from '../test-api.test-support.js';

/*
 * Issue 16 "Add": the letters about one petition over HTTP on every dialect — the forwarding
 * letter and the citizen's notice (seed 002 §4.3), the extension notice (seed 004 §II.4) — with
 * the read procedures' session, role and commune checks, a reason when the letter does not exist
 * yet, and an audit row (they name the citizen).
 */

const dialects = await testDialects();

describe.each(dialects)('letters about a petition on $name', (dialect) => {
  let api: TestApi;
  let sonTayHa: { id: string; version: number };
  let landPetition: string;
  let issued: IssuedData;
  let now = vietnamMorning('2025-12-18');
  const setNow = (date: string) => {
    now = vietnamMorning(date);
    api.setNow(now);
  };
  const get = async (path: string, role: Role, which: 'tenant' | 'otherTenant' = 'tenant') => {
    const account = (which === 'tenant' ? api.tenant : api.otherTenant).accounts[role];
    const { token } = await startSession(api.handle.db, account.id, new Date(now));
    return api.app.request(path, { headers: { cookie: `${SESSION_COOKIE}=${token}` } });
  };
  const exports = async (entityId: string) =>
    api.handle.db
      .selectFrom('audit_log')
      .select(['action', 'reason'])
      .where('entity_id', '=', entityId)
      .where('personal_data_export', '=', 1)
      .execute();

  beforeAll(async () => {
    api = await createTestApi(dialect);
    ({ sonTayHa, landPetition } = await heldSonTayHaWithLandPetition(api));
    setNow('2025-12-18');
    const chair = await api.as('commune-chair');
    issued = await chair.followUp.issueConclusion.mutate(
      sonTayHaConclusion(api, sonTayHa.id, landPetition),
    );
  });
  afterAll(() => api.close());

  it('forwarding: no letter before the petition is forwarded; then the letter to the competent body and the notice to the citizen', async () => {
    setNow('2025-12-19');
    const id = await insertPetitionRow(api.handle.db, aLandPetitionInChoMoi(), {
      planId: sonTayHa.id,
      adminUnitCode: api.tenant.communeCode,
      status: 'triaged',
    });
    const letter = `/documents/petitions/${id}/cong-van-chuyen-kien-nghi.docx`;
    const before = await get(letter, 'government-office');
    expect(before.status).toBe(404);
    expect(await before.text()).toContain('chưa được chuyển đến cơ quan có thẩm quyền');
    await api.handle.db
      .updateTable('petitions')
      .set({ competence: 'upper-level' })
      .where('id', '=', id)
      .execute();
    const office = await api.as('government-office');
    await office.petitions.forward.mutate({
      id,
      expectedVersion: 1,
      referredTo: 'Văn phòng Đăng ký đất đai tỉnh Quảng Ngãi',
    });
    const response = await get(letter, 'government-office');
    expect(response.status).toBe(200);
    const docx = readDocx(Buffer.from(await response.arrayBuffer()));
    expect(docx.find('Kính gửi')?.text).toBe(
      'Kính gửi: Văn phòng Đăng ký đất đai tỉnh Quảng Ngãi.',
    );
    expect(docx.find('V/v')?.text).toBe('V/v chuyển kiến nghị của công dân');
    const citizen = aLandPetitionInChoMoi().petitioner.fullName;
    expect(docx.text).toContain(`- Ông/Bà ${citizen} (để biết);`);
    const notice = await get(
      `/documents/petitions/${id}/thong-bao-chuyen-kien-nghi.docx`,
      'commune-chair',
    );
    expect(notice.status).toBe(200);
    const noticeText = readDocx(Buffer.from(await notice.arrayBuffer())).text;
    expect(noticeText).toContain(`Kính gửi: Ông/Bà ${citizen}`);
    expect(noticeText).toContain(
      'đã chuyển kiến nghị đến Văn phòng Đăng ký đất đai tỉnh Quảng Ngãi để xem xét, giải quyết theo thẩm quyền',
    );
    expect((await exports(id)).map((row) => row.action)).toEqual([
      'document.export',
      'document.export',
    ]);
    expect((await get(letter, 'government-office', 'otherTenant')).status).toBe(404);
  });

  it('extension notice: 404 with the reason before an extension; then issued by the land department with the reason and the new date', async () => {
    const land = present(issued.tasks[0], 'the land task');
    const path = `/documents/tasks/${land.id}/thong-bao-gia-han.docx`;
    setNow('2026-01-05');
    const before = await get(path, 'government-office');
    expect(before.status).toBe(404);
    expect(await before.text()).toContain('chưa được gia hạn');
    const office = await api.as('government-office');
    await office.followUp.extend.mutate({
      id: land.id,
      expectedVersion: land.version,
      newDueOn: '2026-02-06',
      reason: 'Chờ Văn phòng đăng ký đất đai tỉnh trích lục hồ sơ địa chính thửa đất.',
      citizenInformed: true,
      informedOn: '2026-01-05',
      informedHow: 'written-notice',
    });
    const response = await get(path, 'government-office');
    expect(response.status).toBe(200);
    const docx = readDocx(Buffer.from(await response.arrayBuffer()));
    expect(docx.find('V/v')?.text).toBe('V/v gia hạn thời gian trả lời kiến nghị');
    expect(docx.text).toContain('chậm nhất ngày 09/01/2026');
    expect(docx.text).toContain(
      'Lý do: Chờ Văn phòng đăng ký đất đai tỉnh trích lục hồ sơ địa chính thửa đất.',
    );
    expect(docx.text).toContain('được gia hạn đến ngày 06/02/2026./.');
    expect(docx.find(/^Số/u)?.text).not.toMatch(/UBND$/u);
    expect(docx.text).toContain('TRƯỞNG PHÒNG');
    expect(docx.text).toContain(`Kính gửi: Ông/Bà ${aLandPetitionInChoMoi().petitioner.fullName}`);
    expect((await exports(landPetition)).at(-1)?.action).toBe('document.export');
    expect((await get(path, 'government-office', 'otherTenant')).status).toBe(404);
  });

  it("the Front's supervision report: the Front's header and supervision.report's figures, for a dialogue and for a quarter; refused to a department", async () => {
    setNow('2026-01-20');
    const front = await api.as('front-chair');
    const figures = await front.supervision.report.query({ planId: sonTayHa.id });
    const response = await get(
      `/documents/supervision/bao-cao-giam-sat.docx?plan=${sonTayHa.id}`,
      'front-chair',
    );
    expect(response.status).toBe(200);
    const docx = readDocx(Buffer.from(await response.arrayBuffer()));
    expect(docx.paragraphs.some((p) => p.text === 'MẶT TRẬN TỔ QUỐC VIỆT NAM')).toBe(true);
    expect(docx.text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(docx.text).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(docx.text).toContain('BAN THƯỜNG TRỰC');
    expect(docx.text).toContain(
      `Tổng số nội dung phải theo dõi: ${figures.counts.items}, trong đó ${figures.counts.conclusionItems} nội dung`,
    );
    expect(docx.text).toContain('TM. BAN THƯỜNG TRỰC');
    const quarter = await get(
      '/documents/supervision/bao-cao-giam-sat.docx?nam=2026&ky=quarter&so=1',
      'front-officer',
    );
    expect(quarter.status).toBe(200);
    const byPeriod = await front.supervision.report.query({
      period: { year: 2026, period: 'quarter', index: 1 },
    });
    const quarterText = readDocx(Buffer.from(await quarter.arrayBuffer())).text;
    expect(quarterText).toContain(
      `từ ngày 01/01/2026 đến ngày 31/03/2026 (${byPeriod.scope.dialogues} cuộc đối thoại)`,
    );
    expect(
      (await get(`/documents/supervision/bao-cao-giam-sat.docx?plan=${sonTayHa.id}`, 'department'))
        .status,
    ).toBe(403);
  });

  it('the sign-in sheet and the registered speakers: the village by its name, the field by its label, no phone or address; the speakers’ list audited', async () => {
    const village = await insertVillage(
      api.handle.db,
      { adminUnitCode: api.tenant.communeCode, name: 'Thượng', kind: 'village' },
      '2025-08-01T01:00:00.000Z',
    );
    await api.handle.db
      .updateTable('petitions')
      .set({ village_id: village })
      .where('id', '=', landPetition)
      .execute();
    const speakers = await get(
      `/documents/plans/${sonTayHa.id}/danh-sach-dang-ky-phat-bieu.docx`,
      'government-office',
    );
    expect(speakers.status).toBe(200);
    const text = readDocx(Buffer.from(await speakers.arrayBuffer())).text;
    expect(text).toContain('Nông Văn Thắng');
    expect(text).toContain('Thôn Thượng');
    expect(text).toContain('Đất đai, tài nguyên và môi trường');
    expect(text).toContain(
      'Gia đình tôi nộp hồ sơ cấp Giấy chứng nhận quyền sử dụng đất (sổ đỏ) cho thửa đất ở từ tháng 3/2025 nhưng đến nay chưa được cấp.',
    );
    expect(text).not.toContain('Ranh giới giữa thửa đất');
    expect(text).not.toContain('0987000201');
    expect(text).not.toContain('xã Chợ Mới, tỉnh Thái Nguyên');
    expect(await exports(sonTayHa.id)).toContainEqual({
      action: 'document.export',
      reason: 'Tải danh sách công dân đăng ký phát biểu (docx, có dữ liệu cá nhân)',
    });
    const delegates = await get(
      `/documents/plans/${sonTayHa.id}/danh-sach-dai-bieu.docx`,
      'government-office',
    );
    expect(delegates.status).toBe(200);
    const sheet = readDocx(Buffer.from(await delegates.arrayBuffer()));
    expect(sheet.paragraphs.some((p) => p.text === 'Ký tên')).toBe(true);
    expect(sheet.text).not.toContain('Nông Văn Thắng');
    expect(
      (
        await get(
          `/documents/plans/${sonTayHa.id}/danh-sach-dang-ky-phat-bieu.docx`,
          'government-office',
          'otherTenant',
        )
      ).status,
    ).toBe(404);
  });
});
