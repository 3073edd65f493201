import { randomUUID } from 'node:crypto';
import { toSearchKey, type PetitionStatus } from '@doithoai/domain';
import { CURRENT_YEAR, type CommuneWorld } from './world.js';
import { PETITION_TEXTS, personName, VILLAGE_NAMES } from './texts.js';
import { present } from '@doithoai/domain/testing';

// Generated petitions and follow-up tasks as table rows (snake_case columns), the same rows for
// the SQLite and the PostgreSQL writers. Each commune's year is drawn from its own seeded
// random source, so the first commune's 2026 looks the same in a small and a large dataset.

/** A small, fast, seeded random source (mulberry32). */
function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** This year's dialogue a month ago: every stage is present, many written answers are due now. */
const CURRENT: readonly [number, PetitionStatus][] = [
  [0.08, 'received'],
  [0.14, 'triaged'],
  [0.2, 'assigned'],
  [0.36, 'awaiting-written-answer'],
  [0.41, 'answer-drafted'],
  [0.55, 'answered-at-conference'],
  [0.7, 'answered'],
  [0.84, 'settled'],
  [0.9, 'forwarded'],
  [0.95, 'guided'],
  [1, 'not-settled'],
];
/** Earlier years: settled history, with a few answers still owed (long overdue). */
const PAST: readonly [number, PetitionStatus][] = [
  [0.02, 'awaiting-written-answer'],
  [0.1, 'answered-at-conference'],
  [0.3, 'answered'],
  [0.8, 'settled'],
  [0.88, 'not-settled'],
  [0.93, 'forwarded'],
  [0.97, 'guided'],
  [1, 'withdrawn'],
];
const WITH_DUE_DATE = new Set<PetitionStatus>([
  'awaiting-written-answer',
  'answer-drafted',
  'answer-approved',
  'answered',
  'settled',
  'not-settled',
]);
const ANSWERED = new Set<PetitionStatus>(['answered', 'settled', 'not-settled']);
const ASSIGNED = new Set<PetitionStatus>([
  'assigned',
  'awaiting-written-answer',
  'answer-drafted',
  'answered',
  'settled',
  'not-settled',
]);
const CHANNELS = [
  'village-paper-form',
  'office-paper-form',
  'front-compilation',
  'web-form',
] as const;

const searchKeys = new Map<string, string>();
function searchKeyOf(text: string): string {
  let key = searchKeys.get(text);
  if (key === undefined) searchKeys.set(text, (key = toSearchKey(text)));
  return key;
}

const day = (n: number) => String(1 + (n % 28)).padStart(2, '0');
const CONSENTS = (at: string) =>
  JSON.stringify([
    { purpose: 'handle-petition', givenAt: at, channel: 'paper-form' },
    { purpose: 'contact-by-phone', givenAt: at, channel: 'paper-form' },
  ]);

/** A unique `XXXX-XXXX` tracking code from a running number. */
function trackingCode(n: number): string {
  const s = n.toString(32).toUpperCase().padStart(8, '0');
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}

export type Row = Record<string, string | number | null>;

/**
 * The petitions of one commune's dialogue of one year.
 *
 * @example for (const row of petitionRows(commune, 2026, 500, counter, accountId)) insert.run(row);
 */
export function* petitionRows(
  commune: CommuneWorld,
  year: number,
  count: number,
  counter: { next: number },
  createdBy: string | null,
): Generator<Row> {
  const random = randomSource(commune.index * 7919 + year);
  const table = year === CURRENT_YEAR ? CURRENT : PAST;
  for (let i = 0; i < count; i += 1) {
    const r = random();
    const status = present(
      table.find(([limit]) => r < limit),
      'a status for the draw',
    )[1];
    const text = present(PETITION_TEXTS[Math.floor(random() * PETITION_TEXTS.length)], 'a text');
    const villageIndex = Math.floor(random() * VILLAGE_NAMES.length);
    const name = personName(Math.floor(random() * 100_000));
    const address = `${VILLAGE_NAMES[villageIndex]}, xã Đối Thoại ${commune.index + 1}, tỉnh Thái Nguyên`;
    const received = `${year}-${random() < 0.6 ? '09' : '10'}-${day(Math.floor(random() * 100))}`;
    // The written answer is due a set period after the dialogue, by complexity (standard or
    // complex): a dialogue's petitions share two due dates, as computeAnswerDeadline gives them.
    const due = WITH_DUE_DATE.has(status)
      ? random() < 0.7
        ? `${year}-11-05`
        : `${year}-11-26`
      : null;
    const answered =
      due && ANSWERED.has(status) ? `${year}-11-${day(Math.floor(random() * 100))}` : null;
    const at = `${received}T02:00:00.000Z`;
    yield {
      id: randomUUID(),
      admin_unit_code: commune.code,
      plan_id: present(commune.plans.get(year), `the plan of ${year}`),
      tracking_code: trackingCode((counter.next += 1)),
      status,
      kind: text.kind,
      channel: present(CHANNELS[Math.floor(random() * CHANNELS.length)], 'a channel'),
      full_name: name,
      phone: `09${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
      address,
      village_id: present(commune.villageIds[villageIndex], 'a village'),
      organisation_name: null,
      content: text.content,
      search_key: `${searchKeyOf(name)} ${searchKeyOf(text.content)} ${searchKeyOf(address)}`,
      field: status === 'received' ? null : text.field,
      assigned_organisation_id: ASSIGNED.has(status) ? commune.departmentId : null,
      wants_to_speak: random() < 0.3 ? 1 : 0,
      received_on: received,
      is_late: 0,
      answer_due_on: due,
      answered_on: answered,
      consent_json: CONSENTS(at),
      version: 1,
      created_by: createdBy,
      created_at: at,
      updated_at: at,
    };
  }
}

/**
 * The follow-up tasks of one commune's dialogue of one year: this year's open (some overdue),
 * earlier years' verified.
 *
 * @example for (const row of taskRows(commune, 2026, 10)) insertTask.run(row);
 */
export function* taskRows(commune: CommuneWorld, year: number, count: number): Generator<Row> {
  const random = randomSource(commune.index * 104_729 + year);
  for (let i = 0; i < count; i += 1) {
    const current = year === CURRENT_YEAR;
    const status = current ? (random() < 0.6 ? 'open' : 'in-progress') : 'verified';
    const dueOn = `${year}-${random() < 0.5 ? '11' : '12'}-${day(Math.floor(random() * 100))}`;
    const at = `${year}-10-22T02:00:00.000Z`;
    yield {
      id: randomUUID(),
      admin_unit_code: commune.code,
      plan_id: present(commune.plans.get(year), `the plan of ${year}`),
      petition_id: null,
      content: 'Khảo sát, sửa chữa đoạn đường bê tông bị sạt lở và báo cáo kết quả bằng văn bản.',
      responsible_organisation_id: present(
        commune.organisationIds[2 + Math.floor(random() * 3)],
        'a department',
      ),
      rule_id: null,
      due_on: dueOn,
      status,
      report: current ? null : 'Đã hoàn thành.',
      done_on: current ? null : `${year}-12-20`,
      version: 1,
      created_by: null,
      created_at: at,
      updated_at: at,
    };
  }
}
