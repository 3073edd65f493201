import { listAuditForEntity } from '@doithoai/db';
import { testDialects } from '@doithoai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import { choMoiPlanAt } from '../plans/plans.test-support.js';
import { createTestApi, type TestApi } from '../../test-api.test-support.js';
import { outcome } from '../../refusal.test-support.js';
import { citizenFrom, citizenNumber, onlineForm, submitOnline } from './public.test-support.js';

/*
 * Online registration for seed 000 (Chợ Mới, dialogue 10/12/2025, cut-off 04/12/2025) through
 * HTTP on every dialect: the code, the spam defences, resubmissions, the rate limits.
 */

const dialects = await testDialects();
const NOV_25 = '2025-11-25T02:00:00.000Z';
const at = (minutes: number) => new Date(Date.parse(NOV_25) + minutes * 60_000).toISOString();

describe.each(dialects)('public registration on $name', (dialect) => {
  let api: TestApi;
  let planId: string;
  let village: string;
  const form = (overrides: Record<string, unknown> = {}) => onlineForm(planId, village, overrides);

  beforeAll(async () => {
    api = await createTestApi(dialect);
    planId = (await choMoiPlanAt(api, 'announced', { documentNumber: 14 })).plan.id;
    village = api.tenant.villageIds[0];
  });
  afterAll(() => api.close());

  it('registers a citizen’s question and gives a XXXX-XXXX tracking code; the commune sees it as a web-form registration with the consents ticked', async () => {
    const { status, data } = await submitOnline(api, form(), { at: at(0) });
    expect(status).toBe(200);
    expect(data.trackingCode).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/u);
    expect(data).toMatchObject({ receivedOn: '2025-11-25', isLate: false, replayed: false });

    const office = await api.as('government-office');
    const { items: list } = await office.petitions.list.query({ planId });
    const stored = present(
      list.find((p) => p.trackingCode === data.trackingCode),
      `the petition ${data.trackingCode}`,
    );
    expect(stored).toMatchObject({
      channel: 'web-form',
      isLate: false,
      fullName: 'Nông Văn Thắng',
    });
    expect(stored.consents?.map((c) => [c.purpose, c.channel])).toEqual([
      ['handle-petition', 'web-form'],
      ['forward-to-competent-body', 'web-form'],
      ['contact-by-phone', 'web-form'],
      ['publish-answer-redacted', 'web-form'],
    ]);
    const audit = await listAuditForEntity(api.handle.db, 'petition', stored.id);
    expect(audit.map((a) => [a.action, a.actorRole, a.actorAccountId])).toEqual([
      ['petition.register', 'citizen', null],
    ]);
  });

  it('refuses a form without consent or with a wrong phone, saying so under each field in Vietnamese', async () => {
    const { status, error } = await submitOnline(
      api,
      form({
        petitioner: { fullName: ' ', phone: '12345', address: 'Thôn 01', villageId: village },
        consent: { handlePetition: false },
      }),
      { at: at(5) },
    );
    expect(status).toBe(400);
    expect(error?.data.domainCode).toBe('VALIDATION_FAILED');
    const fields = error?.data.fieldErrors ?? {};
    expect(fields['petitioner.fullName']).toEqual(['Họ và tên không được để trống.']);
    expect(fields['petitioner.phone']?.[0]).toContain('Số điện thoại không hợp lệ');
    expect(fields['consent.handlePetition']).toEqual([
      'Cần đánh dấu đồng ý để xã tiếp nhận và xử lý ý kiến, kiến nghị của bạn.',
    ]);
  });

  it('refuses a filled honeypot, a form sent a second after it opened, a forged token and another dialogue’s token, each with a clear message', async () => {
    const bot = await submitOnline(api, form({ website: 'http://spam.example' }), { at: at(10) });
    expect(bot.status).toBe(400);
    expect(bot.error?.data.domainCode).toBe('SPAM_SUSPECTED');
    expect(bot.error?.message).toContain('ô dành cho máy');

    const fast = await submitOnline(api, form(), { at: at(11), fillSeconds: 1 });
    expect(fast.status).toBe(400);
    expect(fast.error?.data.domainCode).toBe('FORM_SUBMITTED_TOO_FAST');
    expect(fast.error?.message).toContain('quá nhanh');

    api.setNow(at(12));
    const forged = await outcome(
      citizenFrom(api).public.register.mutate({
        ...form(),
        formToken: 'eyJwIjoieCJ9.bm90LXNpZ25lZA',
      }),
    );
    expect(forged.error?.data.domainCode).toBe('FORM_TOKEN_INVALID');

    const other = (await choMoiPlanAt(api, 'announced', { documentNumber: 15 })).plan.id;
    api.setNow(at(13));
    const token = (await outcome(citizenFrom(api).public.formToken.query({ planId: other }))).data
      .token;
    api.setNow(at(14));
    const foreign = await outcome(
      citizenFrom(api).public.register.mutate({ ...form(), formToken: token }),
    );
    expect(foreign.error?.data.domainCode).toBe('FORM_TOKEN_INVALID');

    const stale = await submitOnline(api, form(), { at: at(15), fillSeconds: 13 * 3600 });
    expect(stale.error?.data.domainCode).toBe('FORM_TOKEN_EXPIRED');
  });

  it('a resubmission returns the first code and stores nothing twice: the same Idempotency-Key, or the same phone and content typed again', async () => {
    const content =
      'Đề nghị xã sửa chữa cống thoát nước trước nhà văn hóa thôn 01, mưa to là ngập cả đường.';
    const first = await submitOnline(api, form({ content }), { at: at(20), key: 'k-cong-01' });
    const again = await submitOnline(api, form({ content }), { at: at(21), key: 'k-cong-01' });
    expect(again.data).toMatchObject({ trackingCode: first.data.trackingCode, replayed: true });

    const retyped = await submitOnline(
      api,
      form({ content: `  ${content.toUpperCase().replace(/ /gu, '  ')} ` }),
      { at: at(22) },
    );
    expect(retyped.data).toMatchObject({ trackingCode: first.data.trackingCode, replayed: true });

    const office = await api.as('government-office');
    const { items: list } = await office.petitions.list.query({ planId });
    expect(list.filter((p) => p.trackingCode === first.data.trackingCode)).toHaveLength(1);

    const reused = await submitOnline(
      api,
      form({ content: 'Một câu hỏi khác hẳn về đường điện.' }),
      {
        at: at(23),
        key: 'k-cong-01',
      },
    );
    expect(reused.status).toBe(409);
  });

  it('keeps a registration after the cut-off (04/12/2025) and flags it late', async () => {
    const late = await submitOnline(
      api,
      form({
        petitioner: { ...citizenNumber(900), villageId: village },
        content: 'Đề nghị hỗ trợ tiền điện cho hộ nghèo theo chính sách mới.',
      }),
      { at: '2025-12-05T02:00:00.000Z' },
    );
    expect(late.status).toBe(200);
    expect(late.data.isLate).toBe(true);
  });
});

describe.each(dialects)('public registration rate limits on $name', (dialect) => {
  let api: TestApi;
  let planId: string;
  let village: string;

  beforeAll(async () => {
    api = await createTestApi(dialect);
    planId = (await choMoiPlanAt(api, 'announced', { documentNumber: 14 })).plan.id;
    village = api.tenant.villageIds[0];
  });
  afterAll(() => api.close());

  it('one phone number may send five different questions a day; the sixth gets 429 with the time to come back', async () => {
    const send = (n: number) =>
      submitOnline(
        api,
        onlineForm(planId, village, {
          content: `Câu hỏi số ${n} của tôi về giao thông nông thôn.`,
        }),
        { at: at(n), ip: `198.51.100.${n}` },
      );
    for (let n = 1; n <= 5; n += 1) expect((await send(n)).status).toBe(200);
    const sixth = await send(6);
    expect(sixth.status).toBe(429);
    expect(sixth.error?.data.domainCode).toBe('PUBLIC_RATE_LIMITED');
    expect(sixth.error?.message).toMatch(
      /^Số điện thoại này đã gửi nhiều ý kiến trong 24 giờ qua\. Vui lòng thử lại sau \d+ phút \(từ \d\d:\d\d ngày 26\/11\/2025\)\.$/u,
    );
    expect(sixth.error?.data.details?.['scope']).toBe('register-phone');
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(3600);
  });

  it('a commune hall: sixty different citizens behind one address are all served in ten minutes; the sixty-first waits', async () => {
    const hall = '203.0.113.77';
    const codes = new Set<string>();
    for (let n = 0; n < 60; n += 1) {
      const response = await submitOnline(
        api,
        onlineForm(planId, village, {
          petitioner: { ...citizenNumber(n), villageId: village },
          content: `Kiến nghị của công dân số ${n + 1} tại hội trường xã về nước sạch.`,
        }),
        {
          at: new Date(Date.parse('2025-11-27T01:00:00.000Z') + n * 9_000).toISOString(),
          ip: hall,
          fillSeconds: 5,
        },
      );
      expect(response.status, response.error?.message).toBe(200);
      codes.add(response.data.trackingCode);
    }
    expect(codes.size).toBe(60);
    const next = await submitOnline(
      api,
      onlineForm(planId, village, {
        petitioner: { ...citizenNumber(60), villageId: village },
        content: 'Kiến nghị thứ sáu mươi mốt trong mười phút.',
      }),
      { at: '2025-11-27T01:09:30.000Z', ip: hall, fillSeconds: 5 },
    );
    expect(next.status).toBe(429);
    expect(next.error?.message).toContain('cùng một địa chỉ mạng');
  });
});
