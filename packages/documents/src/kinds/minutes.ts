import { AGENDA_ITEM_KIND_LABELS, labelOf, type AgendaItem, type Plan } from '@doithoai/domain';
import type { FileChild } from 'docx';
import { SIZES } from '../layout/measures.js';
import { headerBlock, officialDocument, titleBlock, twoSignatures } from '../layout/official.js';
import { dataTable } from '../layout/table.js';
import { body, heading } from '../layout/text.js';
import {
  conventionOf,
  longDate,
  meetingOf,
  partyOfficeOf,
  placeFor,
  type IssuerContext,
} from './common.js';
import { siblingSymbol } from './plan-facts.js';
import { venueText } from './plan-text.js';

/** What was decided for one petition at the meeting (ConferenceOutcomeSchema, seed 002 §4.2). */
export interface SpeakerOutcome {
  /** The leader the chair called on, and what they answered. */
  answeredBy?: { name?: string | undefined; position: string } | null | undefined;
  note?: string | null | undefined;
  /** The body that must answer in writing. */
  responsibleOrganisation?: string | null | undefined;
  /** The competent level or the other body. */
  referredTo?: string | null | undefined;
}

/** The conference as `conference.get` returns it (the fields the minutes print). */
export interface MinutesRecord {
  plan: Plan;
  conference: {
    startedAt: string | null;
    endedAt: string | null;
    agenda: readonly Pick<AgendaItem, 'order' | 'kind' | 'title' | 'responsible'>[];
    attendance: readonly { label: string; expected: number; present: number }[];
    minutes: string;
    speakingOrder: readonly {
      speakerName: string;
      /** Not printed: a tracking code is the office's, not the minutes' (issue 16). */
      trackingCode?: string | undefined;
      content: string;
      /** A PetitionOutcomeKind code; the minutes print its label. */
      conferenceOutcome: string | null;
      outcome?: SpeakerOutcome | null | undefined;
    }[];
  };
  /** Thư ký (MinutesSchema.secretaries); a blank signature when absent. */
  secretary?: string | undefined;
}

/** "08 giờ 05" in Vietnam's time (UTC+7) from an instant. */
function clock(instant: string): { time: string; date: string } {
  const local = new Date(new Date(instant).getTime() + 7 * 3_600_000);
  const iso = local.toISOString();
  return { time: `${iso.slice(11, 13)} giờ ${iso.slice(14, 16)}`, date: iso.slice(0, 10) };
}

/**
 * What the minutes record of one petition: the outcome's label, then who answered and what, the
 * body that must answer in writing, or where the petition goes (issue 16: not only the outcome).
 */
export function outcomeText(kind: string | null, outcome: SpeakerOutcome | null | undefined) {
  if (!kind) return 'Kết quả: chưa xử lý tại hội nghị.';
  const label = `Kết quả: ${labelOf('petitionOutcomeKind', kind)}.`;
  const by = outcome?.answeredBy;
  switch (kind) {
    case 'answered-at-conference':
      if (by)
        return `${label} ${by.name ? `${by.name}, ` : ''}${by.position} trả lời${outcome?.note ? `: ${outcome.note.replace(/\.?$/u, '.')}` : '.'}`;
      return outcome?.note ? `${label} ${outcome.note}` : label;
    case 'answer-in-writing':
      return outcome?.responsibleOrganisation
        ? `${label} Giao ${outcome.responsibleOrganisation} xác minh, trả lời bằng văn bản.`
        : label;
    case 'forwarded-upward':
      return outcome?.referredTo ? `${label} Chuyển ${outcome.referredTo}.` : label;
    default:
      return outcome?.referredTo ? `${label} Hướng dẫn liên hệ ${outcome.referredTo}.` : label;
  }
}

/**
 * Biên bản hội nghị đối thoại (seed 002 §4.2 "lập biên bản"): when and where, who attended,
 * the agenda, how many opinions were raised and what was answered to each, the secretary's
 * minutes, and the two signatures. Carries personal data (speakers' names): audited export.
 */
export function minutesDocument(record: MinutesRecord, context: IssuerContext = {}) {
  const { plan, conference } = record;
  const convention = conventionOf(plan.issuer.kind);
  const party = convention === 'party';
  const size = SIZES[convention].body;
  const started = conference.startedAt ? clock(conference.startedAt) : null;
  const ended = conference.endedAt ? clock(conference.endedAt) : null;
  const chair = plan.chairs.find((c) => c.role === 'chair');
  const meeting = meetingOf(plan.title);
  // "Đồng chí" is the Party's form of address; a state document names the office (issue 16).
  const person = (c: { name?: string | undefined; position: string }) =>
    `đồng chí ${c.name ? `${c.name}, ` : ''}${c.position}`;
  const children: FileChild[] = [
    ...headerBlock({
      convention,
      issuer: plan.issuer.name,
      upperIssuer: context.upperIssuer,
      symbol: siblingSymbol(plan, 'BB'),
      place: placeFor(plan.issuer, context),
      issuedOn: started?.date ?? null,
      year: plan.year,
    }),
    ...titleBlock(
      convention,
      'Biên bản',
      meeting.charAt(0).toLocaleUpperCase('vi') + meeting.slice(1),
    ),
    body(
      started
        ? `Hôm nay, vào lúc ${started.time} ${longDate(started.date)}, tại ${venueText(plan.venue)}, ${plan.issuer.name} tổ chức ${meeting}.`
        : `Hôm nay, vào lúc …… giờ …… ngày …… tháng …… năm ${plan.year}, tại ${venueText(plan.venue)}, ${plan.issuer.name} tổ chức ${meeting}.`,
      size,
    ),
    heading('I. THÀNH PHẦN', size),
    body(`- Chủ trì: ${plan.chairs.map(person).join('; ')}.`, size),
    body(`- Thư ký: ${record.secretary ?? '……………………'}.`, size),
  ];
  if (conference.attendance.length > 0) {
    children.push(
      dataTable({
        headers: ['Thành phần', 'Được mời', 'Có mặt'],
        rows: conference.attendance.map((a) => [a.label, a.expected, a.present]),
        shares: [6, 2, 2],
        size: size - 1,
      }),
    );
  }
  children.push(heading('II. NỘI DUNG HỘI NGHỊ', size));
  // DEFAULT_AGENDA names "Văn phòng Đảng ủy hoặc Văn phòng HĐND và UBND": the issuer's own office.
  const office = party
    ? `Lãnh đạo ${partyOfficeOf(plan.issuer.name)}`
    : 'Lãnh đạo Văn phòng HĐND và UBND';
  conference.agenda.forEach((item) =>
    children.push(
      body(
        `${item.order}. ${item.title || AGENDA_ITEM_KIND_LABELS[item.kind]} (${item.responsible.replace(/^Lãnh đạo Văn phòng Đảng ủy hoặc Văn phòng HĐND và UBND$/u, office)}).`,
        size,
      ),
    ),
  );
  const speakers = conference.speakingOrder;
  if (speakers.length > 0) {
    // The totals are counted from the list itself, so they cannot contradict it (issue 16).
    const counts = new Map<string, number>();
    for (const s of speakers)
      if (s.conferenceOutcome)
        counts.set(s.conferenceOutcome, (counts.get(s.conferenceOutcome) ?? 0) + 1);
    const breakdown = [...counts].map(
      ([kind, n]) => `${n} ý kiến ${labelOf('petitionOutcomeKind', kind).toLocaleLowerCase('vi')}`,
    );
    children.push(
      heading('Ý kiến, kiến nghị của Nhân dân tại hội nghị', size),
      body(
        `Có ${speakers.length} ý kiến, kiến nghị được nêu tại hội nghị${breakdown.length > 0 ? `, trong đó: ${breakdown.join('; ')}` : ''}.`,
        size,
      ),
    );
    speakers.forEach((s, i) =>
      children.push(
        body([{ text: `${i + 1}. ${s.speakerName}: `, bold: true }, s.content], size),
        body(outcomeText(s.conferenceOutcome, s.outcome), size),
      ),
    );
  }
  // The secretary's notes may already close the meeting: the closing sentence is said once.
  const closing = /^Hội nghị kết thúc/iu;
  const notes = conference.minutes
    .split(/\n+/u)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !closing.test(p));
  if (notes.length > 0) {
    children.push(heading('III. DIỄN BIẾN VÀ KẾT LUẬN', size));
    for (const paragraph of notes) children.push(body(paragraph, size));
  }
  children.push(
    body(
      ended
        ? `Hội nghị kết thúc vào lúc ${ended.time} cùng ngày. Biên bản đã được thông qua trước hội nghị./.`
        : 'Hội nghị kết thúc vào lúc …… giờ …… cùng ngày. Biên bản đã được thông qua trước hội nghị./.',
      size,
    ),
    ...twoSignatures(
      convention,
      { title: 'THƯ KÝ', name: record.secretary },
      { title: 'CHỦ TRÌ', name: chair?.name },
    ),
  );
  return officialDocument({ convention, title: `Biên bản ${meeting}`, children });
}
