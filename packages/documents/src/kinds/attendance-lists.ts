import {
  labelOf,
  PARTICIPANT_GROUP_KIND_LABELS,
  type ParticipantGroup,
  type Plan,
} from '@doithoai/domain';
import type { FileChild } from 'docx';
import { SIZES } from '../layout/measures.js';
import { closingBlock, headerBlock, officialDocument, titleBlock } from '../layout/official.js';
import { dataTable } from '../layout/table.js';
import { body } from '../layout/text.js';
import {
  archiveLine,
  conventionOf,
  meetingOf,
  placeFor,
  signatureOf,
  yearFor,
  type IssuerContext,
} from './common.js';
import { siblingSymbol } from './plan-facts.js';
import { timingText, venueText } from './plan-text.js';

/** The plan, and the commune's villages by id (the villages' delegates are listed by name). */
export interface DelegateListRecord {
  plan: Plan;
  villages?: readonly { id: string; name: string }[] | undefined;
}

/** One citizen registered to speak, in the speaking order: no phone, no address. */
export interface RegisteredSpeaker {
  fullName: string;
  village: string | null;
  /** A PetitionField code; the list prints its label. */
  field: string | null;
  content: string;
}

export interface SpeakerListRecord {
  plan: Plan;
  speakers: readonly RegisteredSpeaker[];
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** A group without numbers (the People, "đại biểu khác"): lines left to write names in. */
const BLANK_LINES = 5;

/** The plan's time and place, as the programme prints them. */
function timeAndPlace(plan: Plan, size: number): FileChild[] {
  return [
    body([{ text: '- Thời gian: ', bold: true }, timingText(plan.timing)], size),
    body([{ text: '- Địa điểm: ', bold: true }, venueText(plan.venue)], size),
  ];
}

function header(plan: Plan, context: IssuerContext) {
  const convention = conventionOf(plan.issuer.kind);
  return headerBlock({
    convention,
    issuer: plan.issuer.name,
    upperIssuer: context.upperIssuer,
    // NĐ 30 Phụ lục III: "DS" is the abbreviation of a danh sách.
    symbol: siblingSymbol(plan, 'DS'),
    place: placeFor(plan.issuer, context),
    year: yearFor(plan),
  });
}

/** The lines of one participant group: named guests, then each unit's delegates by their role. */
function groupLines(
  group: ParticipantGroup,
  villages: ReadonlyMap<string, string>,
): { name: string; position: string }[] {
  const lines = group.namedGuests.map((g) => ({ name: g.name, position: g.position }));
  const roles = group.composition.flatMap((c) => Array<string>(c.count).fill(c.role));
  if (group.quotaAllocation === 'per-village' && group.villageQuotas.length > 0) {
    // Seed 003: each village sends the number the Party committee allocated to it.
    for (const quota of group.villageQuotas) {
      const village = villages.get(quota.villageId) ?? 'Thôn, tổ dân phố';
      for (let i = 0; i < quota.quota; i++)
        lines.push({ name: '', position: roles[i] ? `${roles[i]}, ${village}` : village });
    }
  } else if (group.quotaAllocation === 'per-unit' && group.unitCount !== undefined) {
    // Seed 000: 27 villages × 5 (Bí thư chi bộ, Trưởng thôn, Trưởng Ban công tác Mặt trận, 02
    // người dân) — by village name when the directory has exactly the villages the plan counts.
    const names =
      group.kind === 'villages' && villages.size === group.unitCount
        ? [...villages.values()]
        : Array.from({ length: group.unitCount }, (_, k) => `đơn vị ${k + 1}`);
    const perUnit = roles.length > 0 ? roles : Array<string>(group.perUnitQuota ?? 1).fill('');
    for (const unit of names)
      for (const role of perUnit)
        lines.push({ name: '', position: [role, unit].filter(Boolean).join(', ') });
  } else if (roles.length > 0) {
    for (const role of roles) lines.push({ name: '', position: role });
  }
  if (lines.length === 0)
    for (let i = 0; i < BLANK_LINES; i++) lines.push({ name: '', position: '' });
  return lines;
}

/** A group's heading: the plan's own words when short, else the kind's label. */
const headingOf = (group: ParticipantGroup) =>
  group.description.length <= 90
    ? group.description.replace(/[.:;]$/u, '')
    : PARTICIPANT_GROUP_KIND_LABELS[group.kind];

/**
 * Danh sách đại biểu dự hội nghị, with a column to sign (issue 16 "Add"; seed 001 §III.5: the
 * village "mời các hộ dân đến dự hội nghị đối thoại theo thành phần"; seed 003's Thành phần):
 * the chairs, then each participant group of the plan — its named guests, each village's
 * delegates by role — printed for the reception desk, where each delegate signs on arrival.
 */
export function delegateListDocument(record: DelegateListRecord, context: IssuerContext = {}) {
  const { plan } = record;
  const convention = conventionOf(plan.issuer.kind);
  const size = SIZES[convention].body;
  const villages = new Map((record.villages ?? []).map((v) => [v.id, v.name]));
  const sections = [
    {
      heading: 'Chủ trì hội nghị',
      lines: plan.chairs.map((c) => ({ name: c.name ?? '', position: c.position })),
    },
    ...plan.participantGroups.map((g) => ({
      heading: headingOf(g),
      lines: groupLines(g, villages),
    })),
  ].filter((s) => s.lines.length > 0);
  const rows: (string | number)[][] = [];
  const boldRows = new Set<number>();
  let n = 0;
  sections.forEach((section, i) => {
    boldRows.add(rows.length);
    rows.push([ROMAN[i] ?? String(i + 1), section.heading, '', '']);
    for (const line of section.lines) rows.push([++n, line.name, line.position, '']);
  });
  const children: FileChild[] = [
    ...header(plan, context),
    ...titleBlock(convention, 'Danh sách', `Đại biểu dự ${meetingOf(plan.title)}`),
    ...timeAndPlace(plan, size),
    dataTable({
      headers: ['STT', 'Họ và tên', 'Chức vụ/Thôn', 'Ký tên'],
      rows,
      shares: [2, 8, 9, 4],
      size: size - 1,
      boldRows,
      // 0.9 cm: room for a signature.
      rowHeight: 510,
    }),
    body(`Tổng số: ${String(n).padStart(2, '0')} đại biểu.`, size, { before: 120 }),
    ...closingBlock(convention, signatureOf(plan.issuer, plan.signer), [
      { text: 'Bàn đón tiếp đại biểu' },
      archiveLine(convention, plan.issuer.name),
    ]),
  ];
  return officialDocument({
    convention,
    title: `Danh sách đại biểu dự ${meetingOf(plan.title)}`,
    children,
  });
}

/** The content in short: its first sentence, cut at a word under 240 characters. */
export function shortContent(content: string): string {
  const text = content.replace(/\s+/gu, ' ').trim();
  const first = /^.+?[.!?](?=\s|$)/u.exec(text)?.[0] ?? text;
  if (first.length <= 240) return first;
  const cut = first.slice(0, 240);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/u, '')}…`;
}

/**
 * Danh sách công dân đăng ký phát biểu (seed 001 §III.1 "phiếu đăng ký phát biểu … gửi đồng chí
 * Chủ tịch chậm nhất trước 7 ngày"; seed 003 "lập danh sách theo số lượng được phân bổ"): the
 * chair's list in the speaking order — name, village, field, what they will raise. No phone and
 * no address: the list lies on the chair's table.
 */
export function speakerListDocument(record: SpeakerListRecord, context: IssuerContext = {}) {
  const { plan } = record;
  const convention = conventionOf(plan.issuer.kind);
  const size = SIZES[convention].body;
  const children: FileChild[] = [
    ...header(plan, context),
    ...titleBlock(
      convention,
      'Danh sách',
      `Công dân đăng ký phát biểu tại ${meetingOf(plan.title)}`,
    ),
    ...timeAndPlace(plan, size),
    dataTable({
      headers: ['STT', 'Họ và tên', 'Thôn, tổ dân phố', 'Lĩnh vực', 'Nội dung đăng ký phát biểu'],
      rows: record.speakers.map((s, i) => [
        i + 1,
        s.fullName,
        s.village ?? 'Chưa rõ',
        s.field ? labelOf('petitionField', s.field) : 'Chưa phân loại',
        shortContent(s.content),
      ]),
      shares: [3, 7, 6, 6, 14],
      size: size - 1,
    }),
    body(
      record.speakers.length > 0
        ? `Tổng số: ${String(record.speakers.length).padStart(2, '0')} công dân đăng ký phát biểu; phát biểu theo thứ tự trên và theo sự điều hành của người chủ trì.`
        : 'Chưa có công dân đăng ký phát biểu.',
      size,
      { before: 120 },
    ),
    ...closingBlock(convention, signatureOf(plan.issuer, plan.signer), [
      { text: 'Người chủ trì hội nghị' },
      archiveLine(convention, plan.issuer.name),
    ]),
  ];
  return officialDocument({
    convention,
    title: `Danh sách công dân đăng ký phát biểu tại ${meetingOf(plan.title)}`,
    children,
  });
}
