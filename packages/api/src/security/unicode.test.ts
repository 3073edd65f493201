import { testDialects } from '@doithoai/db/testing';
import { normalizeText, toSearchKey } from '@doithoai/domain';
import { aLandPetitionInChoMoi } from '@doithoai/domain/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choMoiPlanAt } from '../routers/plans/plans.test-support.js';
import { registrationOf } from '../routers/petitions/petitions.test-support.js';
import { onlineForm, submitOnline } from '../routers/public/public.test-support.js';
import { createTestApi, type TestClient, type TestApi } from '../test-api.test-support.js';
import { refusal } from '../refusal.test-support.js';
import { statusOf } from '../refusal.test-support.js';

// Vietnamese arrives in two Unicode forms: NFC ("ộ" one code point) from most keyboards, NFD
// ("o" + two combining marks) from some phones and from text pasted out of PDFs. Both must be
// stored, searched and de-duplicated as the same text.

const nfd = (text: string) => text.normalize('NFD');
const dialects = await testDialects();

// Vietnamese letters with every tone mark, in NFC, for the generators.
const LETTERS = [
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ',
];
const vietnamese = fc
  .array(
    fc.oneof(
      fc.constantFrom(...LETTERS),
      fc.constantFrom(...LETTERS.map((l) => l.toUpperCase())),
      fc.constant(' '),
    ),
    {
      minLength: 1,
      maxLength: 60,
    },
  )
  .map((chars) => chars.join(''));

describe('the domain folds NFC and NFD to the same stored text and search key', () => {
  it('normalizeText and toSearchKey give the same result for both forms of any Vietnamese text', () => {
    fc.assert(
      fc.property(vietnamese, (text) => {
        expect(normalizeText(nfd(text))).toBe(normalizeText(text));
        expect(toSearchKey(nfd(text))).toBe(toSearchKey(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe.each(dialects)('NFC and NFD through the API on $name', (dialect) => {
  let api: TestApi;
  let planId: string;
  let village: string;
  let office: TestClient;

  beforeAll(async () => {
    api = await createTestApi(dialect);
    planId = (await choMoiPlanAt(api, 'announced', { documentNumber: 14 })).plan.id;
    village = api.tenant.villageIds[0];
    office = await api.as('party-office');
  });
  afterAll(() => api.close());

  it('stores a registration typed in NFD as NFC, and finds it by NFC, NFD or plain-letter search', async () => {
    const seed = aLandPetitionInChoMoi();
    const name = 'Hoàng Thị Phượng';
    const content = 'Đề nghị xã sửa đường liên thôn Nà Pặc bị sạt lở sau mưa lũ.';
    const registered = await office.petitions.register.mutate(
      registrationOf(planId, village, seed, {
        petitioner: { ...seed.petitioner, fullName: nfd(name), villageId: village },
        content: nfd(content),
      }),
    );
    expect(registered.fullName).toBe(name);
    expect(registered.content).toBe(content);

    for (const q of ['Nà Pặc', nfd('Nà Pặc'), 'na pac', nfd('PHƯỢNG')]) {
      const found = await office.petitions.list.query({
        planId,
        q,
      });
      expect(
        found.items.map((p) => p.id),
        q,
      ).toContain(registered.id);
    }
  });

  it('a citizen who sends the same question again in NFD gets the first tracking code, not a second record', async () => {
    const content =
      'Xin hỏi khi nào xã làm lại cầu tràn qua suối Nậm Cắt để học sinh đi học an toàn?';
    const form = (text: string) =>
      onlineForm(planId, village, {
        content: text,
        petitioner: {
          fullName: 'Lò Văn Mười',
          phone: '0978123456',
          address: 'Bản Nậm Cắt, xã Chợ Mới',
          villageId: village,
        },
      });
    const first = await submitOnline(api, form(content), { at: '2025-11-25T02:00:00.000Z' });
    expect(first.status, JSON.stringify(first.error)).toBe(200);
    const again = await submitOnline(api, form(nfd(content)), { at: '2025-11-25T03:00:00.000Z' });
    expect(again.status, JSON.stringify(again.error)).toBe(200);
    expect(again.data).toMatchObject({ trackingCode: first.data.trackingCode, replayed: true });
  });

  it('strips bidi overrides and zero-width characters from names, addresses and content at intake (issue 17): stored as read, found by search, a resubmission with them is the same registration', async () => {
    api.setNow('2025-11-26T01:00:00.000Z');
    const office = await api.as('party-office');
    const seed = aLandPetitionInChoMoi();
    // A name typed with a right-to-left override (shown reversed) and one split by a ZWSP.
    const registered = await office.petitions.register.mutate(
      registrationOf(planId, village, seed, {
        petitioner: {
          ...seed.petitioner,
          fullName: '\u202EMa Thị Hiền\u202C',
          address: 'Thôn\u200B Khuổi\u00AD Đăm',
          villageId: village,
        },
        content: 'Đề nghị cấp nước sạch cho thôn Khuổi\u200BĐăm\uFEFF.',
      }),
    );
    expect(registered.fullName).toBe('Ma Thị Hiền');
    expect(registered.content).toBe('Đề nghị cấp nước sạch cho thôn KhuổiĐăm.');
    for (const q of ['Ma Thị Hiền', 'hien', 'khuoidam']) {
      const found = await office.petitions.list.query({ planId, q });
      expect(
        found.items.map((p) => p.id),
        q,
      ).toContain(registered.id);
    }

    const content = 'Xin hỏi bao giờ xã sửa lại đập Khuổi Nọi bị rò rỉ nước?';
    const form = (fullName: string, text: string) =>
      onlineForm(planId, village, {
        content: text,
        petitioner: {
          fullName,
          phone: '0912345678',
          address: 'Thôn Khuổi Nọi, xã Chợ Mới',
          villageId: village,
        },
      });
    const first = await submitOnline(api, form('Nông Thị Lan', content), {
      at: '2025-11-26T02:00:00.000Z',
    });
    expect(first.status, JSON.stringify(first.error)).toBe(200);
    const again = await submitOnline(
      api,
      form('Nông\u200B Thị\u202E Lan', content.replace('Khuổi', 'Khu\u200Bổi\u00AD')),
      { at: '2025-11-26T03:00:00.000Z' },
    );
    expect(again.status, JSON.stringify(again.error)).toBe(200);
    expect(again.data).toMatchObject({ trackingCode: first.data.trackingCode, replayed: true });
  });

  it('refuses a NUL or a lone surrogate anywhere in an input with a 400 naming the field, a query included', async () => {
    const staff = await api.as('party-office');
    const byId = await refusal(staff.plans.get.query({ id: '\u0000' }));
    expect(byId.httpStatus).toBe(400);
    expect(byId.domainCode).toBe('TEXT_NOT_STORABLE');
    expect(byId.details).toEqual({ field: 'id' });
    const search = await refusal(staff.petitions.list.query({ planId, q: 'đường \ud800 tỉnh' }));
    expect(search.httpStatus).toBe(400);
    expect(search.details).toEqual({ field: 'q' });
  });

  it('a NUL or a lone surrogate in text is refused or stored, never a 500 (PostgreSQL rejects NUL bytes)', async () => {
    const seed = aLandPetitionInChoMoi();
    for (const bad of ['Đề nghị\u0000 sửa đường', 'Đề nghị \ud800 sửa đường']) {
      const status = await statusOf(
        office.petitions.register.mutate(registrationOf(planId, village, seed, { content: bad })),
      );
      expect(status).toBeLessThan(500);
    }
  });
});
