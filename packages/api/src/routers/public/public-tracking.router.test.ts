import { listAuditForEntity } from '@doithoai/db';
import { testDialects } from '@doithoai/db/testing';
import { containsKnownPersonalData, REDACTION_MARKS } from '@doithoai/domain';
import {
  aLandPetitionInChoMoi,
  aSecurityPetitionInChoMoi,
  present,
} from '@doithoai/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAt } from '../../lifecycle.test-support.js';
import { choMoiPlanAt } from '../plans/plans.test-support.js';
import type { PlanView } from '../plans/plans-view.js';
import { createTestApi, type TestApi } from '../../test-api.test-support.js';
import { outcome } from '../../refusal.test-support.js';
import type { Outputs } from '../../test-client.test-support.js';
import { citizenFrom, onlineForm, submitOnline } from './public.test-support.js';

/*
 * Seed 000's land petition registered online, then followed by its tracking code while the
 * commune works on it (triage, "answer in writing" at the conference on 10/12/2025, the land
 * department's draft, the chair's approval, the letter of 22/12/2025); the citizen says it does
 * not settle the matter, which the Front's board shows; the dialogue's published results carry
 * no name, phone or address. Through HTTP, on every dialect.
 */

const dialects = await testDialects();
const land = aLandPetitionInChoMoi().petitioner;
const security = aSecurityPetitionInChoMoi().petitioner;
const landPhone = present(land.phone, 'the land petitioner’s phone');
const KNOWN = {
  names: [land.fullName, security.fullName],
  phones: [land.phone, security.phone],
  addresses: [land.address, security.address],
};
const ANSWER = `UBND xã trả lời ông ${land.fullName} (số điện thoại ${land.phone}, ${land.address}): công chức địa chính đo đạc lại ranh giới thửa đất trước ngày 15/01/2026; hồ sơ cấp Giấy chứng nhận đang được thẩm định.`;

/** The petition as the office's steps return it. */
type Petition = Pick<Outputs['petitions']['triage'], 'id' | 'version' | 'status'>;

describe.each(dialects)('tracking and published results on $name', (dialect) => {
  let api: TestApi;
  let plan: PlanView;
  let code: string;
  let petition: Petition;
  const track = (input: string, ip?: string) =>
    outcome(citizenFrom(api, ip).public.track.mutate({ code: input }));

  beforeAll(async () => {
    api = await createTestApi(dialect);
    plan = await choMoiPlanAt(api, 'announced', { documentNumber: 14 });
    const village = api.tenant.villageIds[0];
    code = (
      await submitOnline(api, onlineForm(plan.plan.id, village), {
        at: '2025-11-25T02:00:00.000Z',
      })
    ).data.trackingCode;
    // A second citizen of the same dialogue, entered by the office from a paper form.
    const office = await signInAt(api, '2025-11-26', 'government-office');
    // The online form without what only the public form has (its consent boxes, the honeypot).
    const { consent: _consent, website: _website, ...form } = onlineForm(plan.plan.id, village);
    await office.petitions.register.mutate({
      ...form,
      channel: 'village-paper-form',
      petitioner: { ...security, villageId: village },
      content: aSecurityPetitionInChoMoi().content,
      field: 'security-order',
    });
  });
  afterAll(() => api.close());

  it('finds the petition by its code typed in lower case with spaces: state, the deadlines with their rules, no personal data', async () => {
    api.setNow('2025-11-26T03:00:00.000Z');
    const { status, data } = await track(`  ${code.toLowerCase().replace('-', ' - ')} `);
    expect(status).toBe(200);
    expect(data).toMatchObject({
      trackingCode: code,
      status: 'received',
      statusLabel: 'Đã tiếp nhận',
      channelLabel: 'Biểu mẫu trên Trang thông tin điện tử',
      receivedOn: '2025-11-25',
      isLate: false,
      answer: null,
      canRespond: false,
    });
    const cutoff = data.deadlines.find((d) => d.ruleId === 'registration-cutoff');
    expect(cutoff).toMatchObject({ dueDate: '2025-12-04' });
    expect(cutoff?.source).toBeTruthy();
    expect(data.deadlines.map((d) => d.ruleId)).toContain('written-answer');
    expect(data.deadlines.find((d) => d.ruleId === 'written-answer')?.source).toBeTruthy();
    expect(containsKnownPersonalData(JSON.stringify(data), KNOWN)).toBe(false);
  });

  it('shows each date’s state and cites Thái Nguyên’s regulation for Chợ Mới, not Quảng Ngãi’s', async () => {
    api.setNow('2025-11-26T03:00:00.000Z');
    const { data } = await track(code);
    const cutoff = data.deadlines.find((d) => d.ruleId === 'registration-cutoff');
    // Registered on 25/11, before the 04/12 cut-off: met on time, shown as such.
    expect(cutoff).toMatchObject({
      state: 'met-on-time',
      stateLabel: expect.any(String) as unknown,
    });
    const answer = data.deadlines.find((d) => d.ruleId === 'written-answer');
    expect(answer?.source).toContain('Thái Nguyên');
    expect(answer?.source).not.toMatch(/Quảng Ngãi|29\/2022/u);
    const conclusion = data.deadlines.find((d) => d.ruleId === 'conclusion-notice');
    expect(conclusion?.state).toBe('upcoming');
  });

  it('finds the petition by its code typed without the dash or with spaces inside', async () => {
    for (const typed of [
      code.replace('-', ''),
      code.replace('-', '').toLowerCase(),
      code.split('').join(' '),
    ]) {
      const { status, data } = await track(typed);
      expect(status).toBe(200);
      expect(data.trackingCode).toBe(code);
    }
  });

  it('a tracking code travels in a POST body, never in a GET query string that proxies log (405 for a GET lookup)', async () => {
    for (const path of ['public.track', 'public.respond']) {
      const response = await api.app.request(
        `http://localhost/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ code }))}`,
        { headers: { 'x-real-ip': '203.0.113.77' } },
      );
      expect(response.status, path).toBe(405);
      expect(await response.text()).not.toContain(code.slice(5));
    }
    expect((await track(code)).status).toBe(200);
  });

  it('a wrong code and a malformed one get the same “not found”, which reveals nothing', async () => {
    const unknown = await track('ZZZZ-ZZZZ');
    const malformed = await track("' or 1=1 --");
    for (const response of [unknown, malformed]) {
      expect(response.status).toBe(404);
      expect(response.error?.data.domainCode).toBe('TRACKING_CODE_NOT_FOUND');
    }
    expect(malformed.error?.message).toBe(unknown.error?.message);
    expect(unknown.error?.message).toContain(
      'Không tìm thấy ý kiến, kiến nghị nào với mã tra cứu này',
    );
  });

  it('an address that keeps guessing codes is slowed down after thirty misses (429), others are not', async () => {
    for (let n = 0; n < 30; n += 1)
      expect((await track(`ABCD-${'EFGH'}`, '192.0.2.99')).status).toBe(404);
    const blocked = await track(code, '192.0.2.99');
    expect(blocked.status).toBe(429);
    expect(blocked.error?.message).toContain('mã không đúng');
    expect((await track(code, '192.0.2.100')).status).toBe(200);
  });

  it('shows the written answer once the commune has sent it, with its deadline met on time', async () => {
    const office = await signInAt(api, '2025-12-01', 'party-office');
    const staff = await office.petitions.list.query({
      planId: plan.plan.id,
    });
    petition = present(
      staff.items.find((p) => p.trackingCode === code),
      `the petition ${code}`,
    );
    petition = await office.petitions.triage.mutate({
      id: petition.id,
      expectedVersion: petition.version,
      field: 'land-environment',
      urgency: 'normal',
      competence: 'commune',
      complexity: 'standard',
    });
    const chair = await signInAt(api, '2025-12-10', 'commune-chair');
    petition = await chair.conference.recordOutcome.mutate({
      petitionId: petition.id,
      expectedVersion: petition.version,
      kind: 'answer-in-writing',
      responsibleOrganisationId: api.tenant.organisations.landDepartment,
    });
    const waiting = (await track(code)).data;
    expect(waiting.status).toBe('awaiting-written-answer');
    expect(waiting.answer).toBeNull();
    const due = waiting.deadlines.find((d) => d.label.includes('của bạn'));
    expect(due).toMatchObject({ ruleId: 'written-answer', state: 'upcoming' });

    const department = await signInAt(api, '2025-12-15', 'department');
    const ref = () => ({ id: petition.id, expectedVersion: petition.version });
    petition = await department.petitions.draftAnswer.mutate({
      ...ref(),
      content: ANSWER,
      legalBasis: 'Luật Đất đai 2024',
    });
    const draft = (await track(code)).data;
    expect(draft.answer).toBeNull();
    const approver = await signInAt(api, '2025-12-16', 'commune-chair');
    petition = await approver.petitions.approveAnswer.mutate(ref());
    const sender = await signInAt(api, '2025-12-22', 'party-office');
    petition = await sender.petitions.recordWrittenAnswer.mutate({
      ...ref(),
      documentRef: '215/UBND-KT',
      sentOn: '2025-12-19',
    });

    const answered = (await track(code)).data;
    expect(answered).toMatchObject({
      status: 'answered',
      canRespond: true,
      answer: { legalBasis: 'Luật Đất đai 2024', documentRef: '215/UBND-KT', sentOn: '2025-12-19' },
    });
    expect(answered.answer?.content).toContain(`ông ${REDACTION_MARKS.name}`);
    expect(answered.answer?.content).toContain('đo đạc lại ranh giới');
    expect(answered.deadlines.find((d) => d.label.includes('của bạn'))?.state).toBe('met-on-time');
    expect(containsKnownPersonalData(JSON.stringify(answered), KNOWN)).toBe(false);
  });

  it('a tracking code alone does not answer the answer: the last 4 digits of the phone given at registration are required (403, in Vietnamese), and a miss counts as a code miss', async () => {
    api.setNow('2025-12-26T02:00:00.000Z');
    const version = (await track(code)).data.version;
    const respond = (extra: Record<string, unknown>, ip = '198.51.100.7') =>
      outcome(
        citizenFrom(api, ip).public.respond.mutate({
          code,
          expectedVersion: version,
          response: 'accepted',
          ...extra,
        }),
      );
    for (const refused of [await respond({}), await respond({ phoneLast4: '0000' })]) {
      expect(refused.status).toBe(403);
      expect(refused.error?.data.domainCode).toBe('CITIZEN_PHONE_CHECK_FAILED');
      expect(refused.error?.message).toContain('4 số cuối của số điện thoại không khớp');
    }
    expect((await track(code)).data).toMatchObject({ status: 'answered', canRespond: true });
    // 28 more misses from that address: the thirtieth miss (codes or digits) slows it down.
    for (let n = 0; n < 28; n += 1) await respond({ phoneLast4: '1111' });
    expect((await respond({ phoneLast4: '2222' })).status).toBe(429);
  });

  it('a petition registered without a phone cannot be answered on the tracking page: CITIZEN_PHONE_NOT_ON_RECORD (the commune office records the response), nothing changes', async () => {
    api.setNow('2025-12-26T02:30:00.000Z');
    // A paper form brought to the office without a phone number (the field is optional).
    const office = await signInAt(api, '2025-12-26', 'government-office');
    const {
      consent: _consent,
      website: _website,
      ...form
    } = onlineForm(plan.plan.id, api.tenant.villageIds[0]);
    const { phone: _phone, ...withoutPhone } = form.petitioner;
    const registered = await office.petitions.register.mutate({
      ...form,
      channel: 'village-paper-form',
      petitioner: { ...withoutPhone, fullName: 'Hoàng Thị Mai' },
    });
    const noPhoneCode = registered.trackingCode;
    const tracked = (await track(noPhoneCode)).data;
    const auditBefore = await listAuditForEntity(api.handle.db, 'petition', registered.id);
    for (const phoneLast4 of ['0000', undefined]) {
      const refused = await outcome(
        citizenFrom(api, '198.51.100.60').public.respond.mutate({
          code: noPhoneCode,
          expectedVersion: tracked.version,
          response: 'accepted',
          phoneLast4,
        }),
      );
      expect(refused.status).toBe(412);
      expect(refused.error?.data.domainCode).toBe('CITIZEN_PHONE_NOT_ON_RECORD');
      expect(refused.error?.message).toContain('Văn phòng HĐND và UBND xã');
    }
    expect((await track(noPhoneCode)).data).toMatchObject({
      status: tracked.status,
      version: tracked.version,
    });
    expect(await listAuditForEntity(api.handle.db, 'petition', registered.id)).toEqual(auditBefore);
  });

  it('the citizen says the answer does not settle the matter (what, in a note), recorded with an audit row and shown on the Front’s board', async () => {
    api.setNow('2025-12-26T03:00:00.000Z');
    const version = (await track(code)).data.version;
    const phoneLast4 = landPhone.replace(/\D/gu, '').slice(-4);
    const bare = await outcome(
      citizenFrom(api).public.respond.mutate({
        code,
        expectedVersion: version,
        response: 'not-settled',
        phoneLast4,
      }),
    );
    expect(bare.status).toBe(400);
    expect(bare.error?.message).toContain(
      'Phải ghi rõ nội dung công dân cho rằng chưa được giải quyết.',
    );

    const note = 'Đến nay vẫn chưa có cán bộ xuống đo đạc ranh giới.';
    const stale = await outcome(
      citizenFrom(api).public.respond.mutate({
        code,
        expectedVersion: version - 1,
        response: 'not-settled',
        note,
        phoneLast4,
      }),
    );
    expect(stale.status).toBe(409);

    const { status, data } = await outcome(
      citizenFrom(api).public.respond.mutate({
        code: code.toLowerCase(),
        expectedVersion: version,
        response: 'not-settled',
        note,
        phoneLast4,
      }),
    );
    expect(status).toBe(200);
    expect(data).toMatchObject({
      status: 'not-settled',
      statusLabel: 'Công dân chưa đồng ý',
      canRespond: false,
      responses: [{ response: 'not-settled', note, byCitizenOnline: true }],
    });
    const audit = await listAuditForEntity(api.handle.db, 'petition', petition.id);
    expect(audit.at(-1)).toMatchObject({
      action: 'petition.citizen-response',
      actorRole: 'citizen',
      actorAccountId: null,
    });
    expect(audit.at(-1)?.reason).toMatch(/địa chỉ mạng \(băm\): [\w-]{16}$/u);
    expect(audit.at(-1)?.reason).not.toContain('203.0.113.10');

    const again = await outcome(
      citizenFrom(api).public.respond.mutate({
        code,
        expectedVersion: data.version,
        response: 'accepted',
        phoneLast4,
      }),
    );
    expect(again.status).toBe(409);
    expect(again.error?.data.domainCode).toBe('TRANSITION_NOT_ALLOWED');
    const wrong = await outcome(
      citizenFrom(api).public.respond.mutate({
        code: 'ZZZZ-ZZZZ',
        expectedVersion: 1,
        response: 'accepted',
      }),
    );
    expect(wrong.status).toBe(404);

    const front = await api.as('front-officer');
    const board = await front.supervision.board.query({ planId: plan.plan.id });
    expect(board.find((row) => row.petitionId === petition.id)).toMatchObject({
      status: 'not-settled',
      statusLabel: 'Công dân chưa đồng ý',
      citizenResponses: [{ response: 'not-settled', note }],
    });
  });

  it('the published results: refused before the dialogue is held; then the conclusion notice and the answers with every name, phone and address redacted', async () => {
    const early = await outcome(citizenFrom(api).public.results.query({ planId: plan.plan.id }));
    expect(early.status).toBe(404);

    const office = await signInAt(api, '2025-12-27', 'party-office');
    plan = await office.plans.hold.mutate({
      id: plan.plan.id,
      expectedVersion: plan.version,
      heldOn: '2025-12-10',
    });
    const secretary = await api.as('party-secretary');
    await secretary.followUp.issueConclusion.mutate({
      planId: plan.plan.id,
      expectedVersion: plan.version,
      documentNumber: 45,
      documentSymbol: 'TB/ĐU',
      position: `Đảng ủy xã ghi nhận ý kiến của bà ${security.fullName} và ông ${land.fullName}; giao các cơ quan giải quyết dứt điểm.`,
      items: [
        {
          content: `Đo đạc lại ranh giới thửa đất của hộ ông ${land.fullName}, ${land.address}; liên hệ ${land.phone}.`,
          responsibleOrganisationId: api.tenant.organisations.landDepartment,
          relatedPetitionIds: [petition.id],
        },
      ],
    });

    const { status, data } = await outcome(
      citizenFrom(api).public.results.query({ planId: plan.plan.id }),
    );
    expect(status).toBe(200);
    expect(data.notice?.reference).toBe('45-TB/ĐU');
    expect(data.notice?.position).toBe(
      `Đảng ủy xã ghi nhận ý kiến của bà ${REDACTION_MARKS.name} và ông ${REDACTION_MARKS.name}; giao các cơ quan giải quyết dứt điểm.`,
    );
    expect(data.notice?.items[0]?.content).toBe(
      `Đo đạc lại ranh giới thửa đất của hộ ông ${REDACTION_MARKS.name}, ${REDACTION_MARKS.address}; liên hệ ${REDACTION_MARKS.phone}.`,
    );
    expect(data.answers).toHaveLength(1);
    expect(data.answers[0]?.answer).toContain('đo đạc lại ranh giới');
    const json = JSON.stringify(data);
    expect(containsKnownPersonalData(json, KNOWN)).toBe(false);
    for (const value of [
      land.fullName,
      landPhone,
      present(land.address, 'the land petitioner’s address'),
      security.fullName,
      present(security.phone, 'the security petitioner’s phone'),
    ])
      expect(json).not.toContain(value);
    expect(json).not.toContain(code);
    expect(json).not.toContain(petition.id);
  });

  it('the answer’s legal basis and document reference typed by staff are redacted on the published results', async () => {
    await api.handle.db
      .updateTable('petition_answers')
      .set({
        legal_basis: `Luật Đất đai 2024; đơn của ông ${land.fullName} (${land.phone})`,
        document_ref: `215/UBND-KT gửi ông ${land.fullName}, ${land.address}`,
      })
      .where('petition_id', '=', petition.id)
      .execute();
    // Written behind the api's back: the published results are rebuilt after their minute.
    api.setNow('2025-12-27T04:00:00.000Z');
    const { data } = await outcome(citizenFrom(api).public.results.query({ planId: plan.plan.id }));
    expect(data.answers[0]).toMatchObject({
      legalBasis: `Luật Đất đai 2024; đơn của ông ${REDACTION_MARKS.name} (${REDACTION_MARKS.phone})`,
      documentRef: `215/UBND-KT gửi ông ${REDACTION_MARKS.name}, ${REDACTION_MARKS.address}`,
    });
    expect(containsKnownPersonalData(JSON.stringify(data), KNOWN)).toBe(false);
  });

  it('an answer is published only while its citizen’s “publish the redacted answer” consent is active (Luật 91/2025/QH15, Nghị định 356/2025/NĐ-CP); otherwise it counts in the totals only', async () => {
    const before = await outcome(citizenFrom(api).public.results.query({ planId: plan.plan.id }));
    expect(before.data.totals).toEqual({ answered: 1, published: 1 });
    expect(before.data.redactionNote).toContain('91/2025/QH15');
    expect(before.data.redactionNote).toContain('356/2025/NĐ-CP');
    expect(before.data.redactionNote).not.toContain('13/2023');

    // The citizen withdraws that consent on the tracking page, with the same second factor as a
    // response (issue 17); the published results change at once, within the minute the results
    // read above (at 04:00) are kept.
    api.setNow('2025-12-27T04:00:30.000Z');
    const tracked = (await track(code)).data;
    expect(tracked.consents).toEqual([
      {
        purpose: 'publish-answer-redacted',
        label: 'Công khai nội dung trả lời (đã ẩn thông tin cá nhân)',
        active: true,
        withdrawnAt: null,
      },
      {
        purpose: 'contact-by-phone',
        label: 'Liên hệ qua điện thoại',
        active: true,
        withdrawnAt: null,
      },
    ]);
    const withdraw = (phoneLast4: string, version = tracked.version) =>
      outcome(
        citizenFrom(api, '203.0.113.90').public.withdrawConsent.mutate({
          code,
          expectedVersion: version,
          purpose: 'publish-answer-redacted',
          phoneLast4,
        }),
      );
    const wrongDigits = await withdraw('0000');
    expect(wrongDigits.status).toBe(403);
    expect(wrongDigits.error?.data.domainCode).toBe('CITIZEN_PHONE_CHECK_FAILED');
    const phoneLast4 = landPhone.replace(/\D/gu, '').slice(-4);
    const withdrawn = await withdraw(phoneLast4);
    expect(withdrawn.status, JSON.stringify(withdrawn.error)).toBe(200);
    expect(withdrawn.data.consents[0]).toMatchObject({
      purpose: 'publish-answer-redacted',
      active: false,
      withdrawnAt: '2025-12-27T04:00:30.000Z',
    });
    expect(withdrawn.data.consents[1]).toMatchObject({ active: true });
    const audit = await listAuditForEntity(api.handle.db, 'petition', petition.id);
    expect(audit.at(-1)).toMatchObject({
      action: 'petition.consent-withdrawn',
      actorRole: 'citizen',
      actorAccountId: null,
    });
    expect(audit.at(-1)?.reason).toContain('Công khai nội dung trả lời');
    expect(audit.at(-1)?.reason).toMatch(/địa chỉ mạng \(băm\): [\w-]{16}$/u);
    const again = await withdraw(phoneLast4, withdrawn.data.version);
    expect(again.status).toBe(409);
    expect(again.error?.data.domainCode).toBe('CONSENT_NOT_ACTIVE');

    const { status, data } = await outcome(
      citizenFrom(api).public.results.query({ planId: plan.plan.id }),
    );
    expect(status).toBe(200);
    expect(data.answers).toEqual([]);
    expect(data.totals).toEqual({ answered: 1, published: 0 });
    expect(JSON.stringify(data)).not.toContain('đo đạc lại ranh giới thửa đất trước');
  });
});

describe.each(dialects)('coming dialogues of a commune on $name', (dialect) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi(dialect);
  });
  afterAll(() => api.close());

  it('lists the communes, then a commune’s announced dialogue with its date, venue, topics and the cut-off with its rule; drafts stay internal', async () => {
    const announced = await choMoiPlanAt(api, 'announced', { documentNumber: 14 });
    const draft = await choMoiPlanAt(api, 'draft');
    api.setNow('2025-11-25T02:00:00.000Z');
    const communes = await outcome(citizenFrom(api).public.communes.query());
    expect(communes.data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: '02086', name: 'Chợ Mới', provinceName: 'Thái Nguyên' }),
        expect.objectContaining({ code: '03640', name: 'Khoen On', provinceName: 'Lai Châu' }),
      ]),
    );
    const { data } = await outcome(
      citizenFrom(api).public.dialogues.query({ communeCode: '02086' }),
    );
    expect(data.upcoming.map((d) => d.id)).toEqual([announced.plan.id]);
    const dialogue = present(data.upcoming[0], 'the announced dialogue');
    expect(dialogue).toMatchObject({
      reference: '14-KH/ĐU',
      timing: { kind: 'date', date: '2025-12-10' },
      registration: { open: true, cutoff: { dueDate: '2025-12-04' } },
    });
    expect(dialogue.venue?.name).toBeTruthy();
    expect(dialogue.topics.length).toBeGreaterThan(0);
    expect(JSON.stringify(dialogue)).not.toMatch(/"tasks"|"recipients"|"returnComments"/u);

    const hidden = await outcome(citizenFrom(api).public.dialogue.query({ planId: draft.plan.id }));
    expect(hidden.status).toBe(404);
    expect(hidden.error?.data.domainCode).toBe('DIALOGUE_NOT_FOUND');
    const token = await outcome(citizenFrom(api).public.formToken.query({ planId: draft.plan.id }));
    expect(token.status).toBe(404);
    const unknownCommune = await outcome(
      citizenFrom(api).public.dialogues.query({ communeCode: '99999' }),
    );
    expect(unknownCommune.status).toBe(404);
  });
});
