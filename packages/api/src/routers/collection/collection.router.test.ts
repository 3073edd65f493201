import { testDialects } from '@doithoai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import { createTestApi, type TestApi } from '../../test-api.test-support.js';
import { vietnamMorning } from '../follow-up/follow-up.test-support.js';
import { insertPlanRow } from '../petitions/petitions.test-support.js';
import { refusal, statusOf } from '../../refusal.test-support.js';
import { malformed } from '../../test-client.test-support.js';
import { type Inputs } from '../../test-client.test-support.js';

const HEADER =
  'STT;Họ và tên;Điện thoại liên hệ;Địa chỉ;Nội dung ý kiến, kiến nghị;Đăng ký phát biểu;Đồng ý xử lý dữ liệu cá nhân';
/** Bản Mỳ's list as a village keeps it: a semicolon CSV with a BOM, as Excel writes it. */
const csv = (...rows: string[]) =>
  Buffer.from(`\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`, 'utf8').toString('base64');
const WITH_ERRORS = csv(
  '1;Nông Văn Dũng;0987000201;Bản Mỳ;"Đề nghị đo đạc lại ranh giới thửa đất; hòa giải tranh chấp.";Có;Có',
  '2;Hoàng Thị Nga;12345;Bản Mỳ;Đề nghị xử lý đua xe ban đêm trên đường liên thôn.;Không;Có',
  '3;Lường Văn Toàn;;Bản Mỳ;;Không;Có',
);
const CORRECTED = csv(
  '1;Nông Văn Dũng;0987000201;Bản Mỳ;"Đề nghị đo đạc lại ranh giới thửa đất; hòa giải tranh chấp.";Có;Có',
  '2;Hoàng Thị Nga;0987000203;Bản Mỳ;Đề nghị xử lý đua xe ban đêm trên đường liên thôn.;Không;Có',
  '3;Lường Văn Toàn;;Bản Mỳ;Đề nghị bồi thường đất ruộng bị ảnh hưởng bởi đường tỉnh 254.;Không;Có',
);

const dialects = await testDialects();
describe.each(dialects)("the Front's collection before the dialogue on $name", (dialect) => {
  let api: TestApi;
  let planId: string;
  let village: string;
  const file = (contentBase64: string, fileName = 'ban-my.csv') => ({
    planId,
    villageId: village,
    fileName,
    contentBase64,
  });
  const countPetitions = async () => {
    const office = await api.as('government-office');
    const list = await office.petitions.list.query({ planId, limit: 200 });
    return list.items.length;
  };

  beforeAll(async () => {
    api = await createTestApi(dialect);
    // Seed 000: Chợ Mới, dialogue 10/12/2025, cut-off 04/12/2025, 5 delegates per village.
    planId = await insertPlanRow(api.handle.db);
    village = api.tenant.villageIds[0];
    api.setNow(vietnamMorning('2025-11-25'));
  });
  afterAll(() => api.close());

  it('previews a list with errors row by row and column by column, and refuses it whole', async () => {
    const front = await api.as('front-officer');
    const preview = await front.collection.previewImport.mutate(file(WITH_ERRORS));
    expect(preview).toMatchObject({
      valid: false,
      count: 3,
      alreadyImported: false,
      problemCount: 2,
    });
    expect(preview.rows.map((r) => [r.row, r.problems.map((p) => p.column)])).toEqual([
      [2, []],
      [3, ['Điện thoại liên hệ']],
      [4, ['Nội dung ý kiến, kiến nghị']],
    ]);
    expect(preview.rows[1]?.problems[0]?.message).toMatch(/Số điện thoại không hợp lệ/u);
    const refused = await refusal(front.collection.importList.mutate(file(WITH_ERRORS)));
    expect(refused.httpStatus).toBe(400);
    expect(refused.domainCode).toBe('VILLAGE_LIST_INVALID');
    expect(refused.message).toMatch(/chưa lưu ý kiến nào/u);
    expect((refused.details?.['problems'] as unknown[]).length).toBe(2);
    expect(await countPetitions()).toBe(0);
  });

  it('imports the corrected list once, as paper forms of the village with their consents; the same file again adds nothing', async () => {
    const front = await api.as('front-officer');
    const preview = await front.collection.previewImport.mutate(file(CORRECTED));
    expect(preview.valid).toBe(true);
    const imported = await front.collection.importList.mutate(file(CORRECTED));
    expect(imported).toMatchObject({ replayed: false, count: 3 });
    expect(imported.petitions[0]).toMatchObject({
      channel: 'village-paper-form',
      fullName: 'Nông Văn Dũng',
    });
    // The Front does not answer the citizen, so its reply carries no consents (issue 17): the
    // office reads what was stored.
    expect(imported.petitions[0]).not.toHaveProperty('consents');
    const office = await api.as('government-office');
    const stored = await office.petitions.get.query({
      id: present(imported.petitions[0], 'the first imported petition').id,
    });
    expect(stored.petition.consents?.map((c) => c.purpose)).toEqual([
      'handle-petition',
      'contact-by-phone',
    ]);
    // Saved again by the village (other bytes: no BOM, CRLF → LF), the same rows are the same list.
    const resaved = Buffer.from(
      Buffer.from(CORRECTED, 'base64').toString('utf8').slice(1).replace(/\r\n/gu, '\n'),
    ).toString('base64');
    const again = await (
      await api.as('front-chair')
    ).collection.importList.mutate(file(resaved, 'ban-my-gui-lai.csv'));
    expect(again).toMatchObject({ replayed: true, count: 3 });
    expect(again.petitions.map((p) => p.id)).toEqual(imported.petitions.map((p) => p.id));
    expect(await countPetitions()).toBe(3);
    const replayPreview = await front.collection.previewImport.mutate(file(CORRECTED));
    expect(replayPreview.alreadyImported).toBe(true);
  });

  it('enters paper forms within the village quota of five and refuses the sixth, with the numbers', async () => {
    const front = await api.as('front-officer');
    const form = (fullName: string, phone: string): Inputs['collection']['registerPaperForm'] => ({
      planId,
      channel: 'village-paper-form',
      petitioner: { fullName, phone, address: 'Bản Mỳ, xã Chợ Mới', villageId: village },
      content: 'Đề nghị sửa chữa cầu tràn bản Mỳ trước mùa mưa lũ.',
      wantsToSpeak: true,
      consents: [
        { purpose: 'handle-petition', givenAt: '2025-11-24T02:00:00.000Z', channel: 'paper-form' },
      ],
    });
    expect(
      await statusOf(front.collection.registerPaperForm.mutate(form('Lò Văn Minh', '0987000210'))),
    ).toBe(200);
    expect(
      await statusOf(front.collection.registerPaperForm.mutate(form('Lò Thị Hoa', '0987000211'))),
    ).toBe(200);
    const sixth = await refusal(
      front.collection.registerPaperForm.mutate(form('Lò Văn Sáu', '0987000212')),
    );
    expect(sixth.httpStatus).toBe(412);
    expect(sixth.domainCode).toBe('VILLAGE_QUOTA_EXCEEDED');
    expect(sixth.message).toMatch(/được đăng ký 5 người.*đã có 5/u);
    const noVillage = await refusal(
      front.collection.registerPaperForm.mutate(
        malformed({ ...form('Lò Văn Bảy', '0987000213'), petitioner: { fullName: 'Lò Văn Bảy' } }),
      ),
    );
    expect(noVillage.httpStatus).toBe(400);
    // A further list from the village is refused on the quota before anything is saved.
    const more = await front.collection.previewImport.mutate(
      file(csv('1;Lò Văn Tám;;Bản Mỳ;Đề nghị làm đường điện.;Không;Có')),
    );
    expect(more.valid).toBe(false);
    expect(more.general.join(' ')).toMatch(/vượt 1/u);
    expect(await countPetitions()).toBe(5);
  });

  it('shows the tally per village and the forwarding deadline with its rule and source', async () => {
    const overview = await (await api.as('front-chair')).collection.overview.query({ planId });
    expect(overview.deadline).toMatchObject({
      ruleId: 'registration-cutoff',
      dueDate: '2025-12-04',
    });
    expect(overview.deadline?.source).toBeTruthy();
    expect(overview.villages.find((v) => v.villageId === village)).toMatchObject({
      quota: 5,
      registered: 5,
      remaining: 0,
    });
    expect(overview.totals).toEqual({ registrations: 5, forwarded: 0, toForward: 5 });
  });

  it('forwards the compiled registrations to the chair, recorded and audited; nothing twice', async () => {
    const chair = await api.as('commune-chair');
    expect(await statusOf(chair.collection.forward.mutate({ planId }))).toBe(403);
    api.setNow(vietnamMorning('2025-12-03'));
    const front = await api.as('front-chair');
    const forwarding = await front.collection.forward.mutate({
      planId,
      note: 'Tổng hợp ý kiến các thôn.',
    });
    expect(forwarding).toMatchObject({
      count: 5,
      onTime: true,
      forwardedOn: '2025-12-03',
      deadline: { dueDate: '2025-12-04' },
      forwardedBy: { role: 'front-chair' },
    });
    expect(forwarding.petitions.map((p) => p.fullName)).toContain('Nông Văn Dũng');
    const audit = await api.handle.db
      .selectFrom('audit_log')
      .select(['action', 'actor_role'])
      .where('entity_id', '=', forwarding.id)
      .execute();
    expect(audit).toEqual([{ action: 'registrations.forward', actor_role: 'front-chair' }]);
    const again = await refusal(front.collection.forward.mutate({ planId }));
    expect(again.httpStatus).toBe(412);
    expect(again.domainCode).toBe('NOTHING_TO_FORWARD');
    const seen = await (await api.as('commune-chair')).collection.forwardings.query({ planId });
    expect(seen.map((f) => f.id)).toEqual([forwarding.id]);
    expect(
      await statusOf((await api.as('department')).collection.forwardings.query({ planId })),
    ).toBe(403);
  });

  it("another commune's Front cannot import into this plan", async () => {
    const other = await api.as('front-officer', 'otherTenant');
    expect(await statusOf(other.collection.previewImport.mutate(file(CORRECTED)))).toBe(404);
  });

  it('hands out the blank template as an .xlsx workbook', async () => {
    const template = await (await api.as('front-officer')).collection.template.query();
    expect(template.fileName).toMatch(/\.xlsx$/u);
    expect(Buffer.from(template.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });
});
