import { testDialects } from '@doithoai/db/testing';
import { TrackingCodeSchema } from '@doithoai/domain';
import {
  aLandPetitionInChoMoi,
  aSecurityPetitionInChoMoi,
  present,
} from '@doithoai/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestClient, type TestApi } from '../../test-api.test-support.js';
import { withIdempotencyKey } from '../../test-client.test-support.js';
import { insertPlanRow, registrationOf } from './petitions.test-support.js';
import { refusal, statusOf } from '../../refusal.test-support.js';

const dialects = await testDialects();

describe.each(dialects)('petition intake through HTTP on $name', (dialect) => {
  let api: TestApi;
  let office: TestClient;
  let planId: string;
  let village: string;
  beforeAll(async () => {
    api = await createTestApi(dialect);
    office = await api.as('party-office');
    planId = await insertPlanRow(api.handle.db);
    village = api.tenant.villageIds[0];
  });
  afterAll(() => api.close());

  const countRows = async () => {
    const row = await api.handle.db
      .selectFrom('petitions')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('plan_id', '=', planId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };

  it('registers a village’s paper form with a tracking code, searchable and audited', async () => {
    const petition = await office.petitions.register.mutate(registrationOf(planId, village));
    expect(TrackingCodeSchema.safeParse(petition.trackingCode).success).toBe(true);
    expect(petition).toMatchObject({
      status: 'received',
      receivedOn: '2025-12-01',
      isLate: false,
      fullName: 'Nông Văn Thắng',
      version: 1,
    });
    const stored = await api.handle.db
      .selectFrom('petitions')
      .select(['search_key', 'created_by'])
      .where('id', '=', petition.id)
      .executeTakeFirstOrThrow();
    expect(stored.search_key).toContain('nong van thang');
    expect(stored.search_key).toContain('so do');
    expect(stored.created_by).toBe(api.tenant.accounts['party-office'].id);
    const audit = await api.handle.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', petition.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['petition.register']);
  });

  it('stores a request once when the same Idempotency-Key and body arrive twice', async () => {
    const body = registrationOf(planId, village, aSecurityPetitionInChoMoi());
    const headers = withIdempotencyKey('thon-01-phieu-0002');
    const before = await countRows();
    const first = await office.petitions.register.mutate(body, headers);
    const again = await office.petitions.register.mutate(body, headers);
    expect(again.id).toBe(first.id);
    expect(again.trackingCode).toBe(first.trackingCode);
    expect(await countRows()).toBe(before + 1);
  });

  it('refuses the same Idempotency-Key with another body as a CONFLICT, in Vietnamese', async () => {
    const headers = withIdempotencyKey('thon-01-phieu-0003');
    await office.petitions.register.mutate(registrationOf(planId, village), headers);
    const before = await countRows();
    const other = registrationOf(planId, village, aSecurityPetitionInChoMoi());
    const refused = await refusal(office.petitions.register.mutate(other, headers));
    expect(refused.httpStatus).toBe(409);
    expect(refused.code).toBe('CONFLICT');
    expect(refused.domainCode).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(refused.message).toContain('đã được dùng');
    expect(await countRows()).toBe(before);
  });

  it('keeps a registration received after the 04/12/2025 cut-off and flags it late', async () => {
    const late = await office.petitions.register.mutate(
      registrationOf(planId, village, aLandPetitionInChoMoi(), { receivedOn: '2025-12-05' }),
    );
    expect(late).toMatchObject({ status: 'received', isLate: true });
    const onTime = await office.petitions.register.mutate(
      registrationOf(planId, village, aLandPetitionInChoMoi(), { receivedOn: '2025-12-04' }),
    );
    expect(onTime.isLate).toBe(false);
  });

  it('dates a registration today when the form does not say when it was received', async () => {
    const { receivedOn: _ignored, ...body } = registrationOf(planId, village);
    const petition = await office.petitions.register.mutate(body);
    expect(petition.receivedOn).toBe('2025-11-20');
  });

  it('refuses a whole village list with every row’s problems numbered, then accepts it fixed', async () => {
    const good = registrationOf(planId, village);
    const item = (overrides: Record<string, unknown>) => {
      const { planId: _p, channel: _c, receivedOn: _r, ...rest } = good;
      return { ...rest, ...overrides };
    };
    const list = {
      planId,
      channel: 'village-paper-form' as const,
      receivedOn: '2025-12-02',
      villageId: village,
      items: [
        item({}),
        item({ petitioner: { fullName: '  ', phone: '0987000203' } }),
        item({ content: '' }),
        item({ petitioner: { fullName: 'Hà Thị Lụa', phone: '12345' } }),
        item({ petitioner: { fullName: 'Lường Văn Chiến', villageId: 'no-such-village' } }),
      ],
    };
    const before = await countRows();
    const refused = await refusal(office.petitions.registerBulk.mutate(list));
    expect(refused.httpStatus).toBe(400);
    expect(refused.domainCode).toBe('BULK_ROWS_INVALID');
    const rows = refused.details?.['rows'] as { row: number; messages: string[] }[];
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4, 5]);
    const messagesOf = (index: number) => present(rows[index], `refused row ${index + 2}`).messages;
    expect(messagesOf(0).join(' ')).toContain('Họ và tên không được để trống');
    expect(messagesOf(1).join(' ')).toContain('Nội dung ý kiến, kiến nghị');
    expect(messagesOf(2).join(' ')).toContain('Số điện thoại không hợp lệ');
    expect(messagesOf(3)).toEqual(['Thôn, bản không thuộc xã này.']);
    expect(refused.message).toContain('Dòng 2:');
    expect(refused.message).toContain('chưa lưu ý kiến nào');
    expect(await countRows()).toBe(before);

    const fixed = {
      ...list,
      items: [
        item({}),
        item({ petitioner: { fullName: 'Ma Văn Tuấn', phone: '0987000203' } }),
        item({ content: 'Đề nghị xã sớm lắp đèn chiếu sáng đoạn đường qua thôn.' }),
        item({ petitioner: { fullName: 'Hà Thị Lụa', phone: '0987000204' } }),
        item({ petitioner: { fullName: 'Lường Văn Chiến' } }),
      ],
    };
    const accepted = await office.petitions.registerBulk.mutate(fixed);
    expect(accepted.count).toBe(5);
    expect(new Set(accepted.petitions.map((p) => p.trackingCode)).size).toBe(5);
    expect(await countRows()).toBe(before + 5);
  });

  it('stores a village list once when it is sent twice with the same Idempotency-Key', async () => {
    const { planId: _p, channel: _c, receivedOn: _r, ...item } = registrationOf(planId, village);
    const list = {
      planId,
      channel: 'village-paper-form' as const,
      villageId: village,
      items: [item, { ...item, petitioner: { fullName: 'Lý Thị Mai' } }],
    };
    const headers = withIdempotencyKey('danh-sach-thon-01-dot-2');
    const before = await countRows();
    const first = await office.petitions.registerBulk.mutate(list, headers);
    const again = await office.petitions.registerBulk.mutate(list, headers);
    expect(again.petitions.map((p) => p.id)).toEqual(first.petitions.map((p) => p.id));
    expect(await countRows()).toBe(before + 2);
    const changed = { ...list, items: [item] };
    expect(await statusOf(office.petitions.registerBulk.mutate(changed, headers))).toBe(409);
  });

  it('lets the Front and a village enter registrations, and keeps citizens out', async () => {
    const front = await api.as('front-officer');
    const compiled = await front.petitions.register.mutate(
      registrationOf(planId, village, aLandPetitionInChoMoi(), { channel: 'front-compilation' }),
    );
    expect(compiled.channel).toBe('front-compilation');
    const villageHead = await api.as('village');
    expect(
      await statusOf(villageHead.petitions.register.mutate(registrationOf(planId, village))),
    ).toBe(200);
    const citizen = await api.as('citizen');
    expect(await statusOf(citizen.petitions.register.mutate(registrationOf(planId, village)))).toBe(
      403,
    );
  });

  it('answers NOT_FOUND when another commune registers into this commune’s plan', async () => {
    const other = await api.as('party-office', 'otherTenant');
    const refused = await refusal(
      other.petitions.register.mutate(registrationOf(planId, api.otherTenant.villageIds[0])),
    );
    expect(refused.httpStatus).toBe(404);
    expect(refused.code).toBe('NOT_FOUND');
  });
});
