import { testDialects } from '@doithoai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import { createTestApi, type TestClient, type TestApi } from '../../test-api.test-support.js';
import {
  countingCaller,
  insertPlanRow,
  registrationOf,
  type PetitionOut,
} from './petitions.test-support.js';
import { refusal } from '../../refusal.test-support.js';
import { type Inputs } from '../../test-client.test-support.js';

const dialects = await testDialects();

type Page = {
  items: (PetitionOut & { villageId: string; field: string | null })[];
  nextCursor: string | null;
};

/**
 * A village's list: every third question is about a land dispute (đất đai, classified so), the
 * others about irrigation canals (hạ tầng).
 */
function villageList(planId: string, villageId: string, receivedOn: string, from: number) {
  const items = Array.from({ length: 30 }, (_, i) => {
    const n = from + i;
    const { planId: _p, channel: _c, receivedOn: _r, ...item } = registrationOf(planId, villageId);
    return {
      ...item,
      petitioner: { fullName: `Hoàng Văn Hộ ${n}`, villageId },
      field: n % 3 === 0 ? ('land-environment' as const) : ('infrastructure' as const),
      content:
        n % 3 === 0
          ? `Kiến nghị số ${n}: tranh chấp đất đai giữa hai hộ liền kề chưa được hòa giải.`
          : `Kiến nghị số ${n}: đề nghị xã sửa chữa kênh mương nội đồng trước vụ xuân.`,
    };
  });
  return { planId, channel: 'village-paper-form' as const, receivedOn, villageId, items };
}

describe.each(dialects)('petitions.list through HTTP on $name', (dialect) => {
  let api: TestApi;
  let office: TestClient;
  let planId: string;
  let villages: [string, string, string];
  beforeAll(async () => {
    api = await createTestApi(dialect);
    office = await api.as('government-office');
    planId = await insertPlanRow(api.handle.db);
    villages = api.tenant.villageIds;
    await office.petitions.registerBulk.mutate(villageList(planId, villages[0], '2025-12-01', 0));
    await office.petitions.registerBulk.mutate(villageList(planId, villages[1], '2025-12-03', 30));
  });
  afterAll(() => api.close());

  it('pages through 60 petitions 50 at a time in registration order, none twice', async () => {
    const first = await office.petitions.list.query({ planId });
    expect(first.items).toHaveLength(50);
    expect(first.nextCursor).not.toBeNull();
    const second = await office.petitions.list.query({
      planId,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second.items).toHaveLength(10);
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((p) => p.id)).size).toBe(60);
    const keys = all.map((p) => `${p.receivedOn}|${p.id}`);
    expect(keys).toEqual([...keys].sort());
    const bad = await refusal(office.petitions.list.query({ planId, cursor: 'not-a-cursor' }));
    expect(bad.domainCode).toBe('CURSOR_INVALID');
  });

  // Issue 18: the inbox offers "Mới nhất trước"; its pages are the same 60, reversed.
  it('pages newest first when asked, none twice, the cursor reading backwards', async () => {
    const first = await office.petitions.list.query({ planId, newestFirst: true });
    expect(first.items).toHaveLength(50);
    expect(first.items[0]?.receivedOn).toBe('2025-12-03');
    const second = await office.petitions.list.query({
      planId,
      newestFirst: true,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second.items).toHaveLength(10);
    expect(second.nextCursor).toBeNull();
    const keys = [...first.items, ...second.items].map((p) => `${p.receivedOn}|${p.id}`);
    expect(new Set(keys).size).toBe(60);
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it('finds "đất đai" when searched as "dat dai", in capitals, or typed in NFD', async () => {
    const plain = await office.petitions.list.query({ planId, q: 'dat dai' });
    expect(plain.items).toHaveLength(20);
    expect(plain.items.every((p) => p.content.includes('đất đai'))).toBe(true);
    const nfd = await office.petitions.list.query({
      planId,
      q: 'Tranh chấp ĐẤT ĐAI'.normalize('NFD'),
    });
    expect(nfd.items.map((p) => p.id)).toEqual(plain.items.map((p) => p.id));
    const byName = await office.petitions.list.query({ planId, q: 'hoang van ho 31' });
    expect(byName.items.map((p) => p.fullName)).toEqual(['Hoàng Văn Hộ 31']);
  });

  it('finds a tracking code typed with or without its dash, in any case, or only its end', async () => {
    const { items } = await office.petitions.list.query({ planId, limit: 100 });
    const wanted = present(items[17], 'the eighteenth petition');
    const code = wanted.trackingCode;
    for (const typed of [code, code.replace('-', ''), code.toLowerCase(), ` ${code.slice(5)} `]) {
      const found = await office.petitions.list.query({ planId, q: typed, limit: 100 });
      expect(found.items.map((p) => p.id)).toContain(wanted.id);
      if (typed !== ` ${code.slice(5)} `) expect(found.items).toHaveLength(1);
    }
  });

  it("finds a petition by its field's Vietnamese label, not only by its words", async () => {
    const byLabel = await office.petitions.list.query({ planId, q: 'Tai nguyen moi truong' });
    // No content holds "tài nguyên" or "môi trường": the 20 land disputes match by their field.
    expect(byLabel.items).toHaveLength(20);
    expect(byLabel.items.every((p) => p.field === 'land-environment')).toBe(true);
    const mixed = await office.petitions.list.query({ planId, q: 'hạ tầng kênh mương' });
    expect(mixed.items.length).toBeGreaterThan(0);
    expect(mixed.items.every((p) => p.field === 'infrastructure')).toBe(true);
  });

  it('filters by village, channel, late flag and state together', async () => {
    const page = await office.petitions.list.query({
      planId,
      villageId: villages[1],
      channel: 'village-paper-form',
      isLate: false,
      statuses: ['received'],
      q: 'kenh muong',
    });
    expect(page.items).toHaveLength(20);
    expect(page.items.every((p) => p.villageId === villages[1])).toBe(true);
    const late = await office.petitions.list.query({ planId, isLate: true });
    expect(late.items).toEqual([]);
  });

  it("narrows to one year's dialogues and to petitions not yet classified or without a village", async () => {
    const thisYear = await office.petitions.list.query({ year: 2025, limit: 100 });
    expect(thisYear.items).toHaveLength(60);
    expect((await office.petitions.list.query({ year: 2024 })).items).toEqual([]);
    // The village lists give every row a field: none is unclassified until one is registered bare.
    expect(thisYear.items.every((p) => p.field !== null)).toBe(true);
    expect((await office.petitions.list.query({ planId, withoutField: true })).items).toEqual([]);
    const bare = await office.petitions.register.mutate({
      ...present(
        villageList(planId, villages[2], '2025-12-04', 90).items[0],
        'a Thôn Đồng Tâm row',
      ),
      planId,
      channel: 'office-paper-form',
      receivedOn: '2025-12-04',
      field: undefined,
    });
    const unclassified = await office.petitions.list.query({ planId, withoutField: true });
    expect(unclassified.items.map((p) => p.id)).toEqual([bare.id]);
    expect((await office.petitions.list.query({ planId, withoutVillage: true })).items).toEqual([]);
  });

  it('costs the same few SQL statements for a page of 50 as for a page of 3', async () => {
    const { counter, query } = await countingCaller(api, 'government-office');
    const filters = { planId, villageId: villages[0], statuses: ['received'], q: 'kien nghi' };
    counter.statements = 0;
    counter.tables.length = 0;
    const big = await query<Page>('petitions.list', { ...filters, limit: 50 });
    const forBig = counter.statements;
    const tablesForBig = counter.tables.splice(0);
    counter.statements = 0;
    const small = await query<Page>('petitions.list', { ...filters, limit: 3 });
    expect(big.items).toHaveLength(30);
    expect(small.items).toHaveLength(3);
    expect(counter.statements).toBe(forBig);
    expect(counter.tables).toEqual(tablesForBig);
    // One statement for the page, one for its answers; the rest is the session and the calendar.
    expect(tablesForBig.filter((t) => t === 'petitions')).toHaveLength(1);
    expect(tablesForBig.filter((t) => t === 'petition_answers')).toHaveLength(1);
    expect(forBig).toBeLessThanOrEqual(6);
  });

  it('filters written answers by deadline state from the stored due date', async () => {
    const page = await office.petitions.list.query({ planId, limit: 4 });
    const dueOn = ['2025-12-12', '2025-12-15', '2025-12-17', '2026-01-10'];
    for (const [i, petition] of page.items.entries()) {
      await api.handle.db
        .updateTable('petitions')
        .set({
          status: 'awaiting-written-answer',
          answer_due_on: present(dueOn[i], `the due date of petition ${i + 1}`),
        })
        .where('id', '=', petition.id)
        .execute();
    }
    api.setNow('2025-12-15T02:00:00.000Z'); // Monday 15/12/2025 in Vietnam
    const later = await api.as('government-office');
    const due = async (deadline: NonNullable<Inputs['petitions']['list']['deadline']>) =>
      (await later.petitions.list.query({ planId, deadline })).items.map((p) => p.answerDueOn);
    expect(await due('overdue')).toEqual(['2025-12-12']);
    expect(await due('due-today')).toEqual(['2025-12-15']);
    expect(await due('due-soon')).toEqual(['2025-12-17']);
    const overdue = await later.petitions.list.query({ planId, deadline: 'overdue' });
    expect(overdue.items[0]?.deadline).toMatchObject({
      state: 'overdue',
      effectiveDueDate: '2025-12-12',
    });
  });
});
