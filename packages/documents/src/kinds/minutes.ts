import { AGENDA_ITEM_KIND_LABELS, labelOf, type AgendaItem, type Plan } from '@doithoai/domain';
import type { FileChild } from 'docx';
import { SIZES } from '../layout/measures.js';
import { headerBlock, officialDocument, titleBlock, twoSignatures } from '../layout/official.js';
import { dataTable } from '../layout/table.js';
import { body, heading } from '../layout/text.js';
import { conventionOf, longDate, lowerFirst, placeFor, type IssuerContext } from './common.js';
import { siblingSymbol } from './plan-facts.js';
import { venueText } from './plan-text.js';

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
      trackingCode: string;
      content: string;
      /** A PetitionOutcomeKind code; the minutes print its label. */
      conferenceOutcome: string | null;
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
 * Biên bản hội nghị đối thoại (seed 002 §4.2 "lập biên bản"): when and where, who attended,
 * the agenda, each registered speaker with their petition, the secretary's minutes, and the
 * two signatures. Carries personal data (speakers' names): exported with an audit row.
 */
export function minutesDocument(record: MinutesRecord, context: IssuerContext = {}) {
  const { plan, conference } = record;
  const convention = conventionOf(plan.issuer.kind);
  const size = SIZES[convention].body;
  const started = conference.startedAt ? clock(conference.startedAt) : null;
  const ended = conference.endedAt ? clock(conference.endedAt) : null;
  const chair = plan.chairs.find((c) => c.role === 'chair');
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
    ...titleBlock(convention, 'Biên bản', `Hội nghị ${lowerFirst(plan.title)}`),
    body(
      started
        ? `Hôm nay, vào lúc ${started.time} ${longDate(started.date)}, tại ${venueText(plan.venue)}, ${plan.issuer.name} tổ chức hội nghị ${lowerFirst(plan.title)}.`
        : `Hôm nay, vào lúc …… giờ …… ngày …… tháng …… năm ${plan.year}, tại ${venueText(plan.venue)}, ${plan.issuer.name} tổ chức hội nghị ${lowerFirst(plan.title)}.`,
      size,
    ),
    heading('I. THÀNH PHẦN', size),
    body(
      `- Chủ trì: ${plan.chairs.map((c) => `đồng chí ${c.name ? `${c.name}, ` : ''}${c.position}`).join('; ')}.`,
      size,
    ),
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
  conference.agenda.forEach((item) =>
    children.push(
      body(
        `${item.order}. ${item.title || AGENDA_ITEM_KIND_LABELS[item.kind]} (${item.responsible}).`,
        size,
      ),
    ),
  );
  if (conference.speakingOrder.length > 0) {
    children.push(heading('Ý kiến, kiến nghị của Nhân dân tại hội nghị:', size));
    conference.speakingOrder.forEach((s, i) =>
      children.push(
        body(
          [
            { text: `${i + 1}. ${s.speakerName} (mã ${s.trackingCode}): `, bold: true },
            s.content,
            s.conferenceOutcome
              ? ` — Kết quả: ${labelOf('petitionOutcomeKind', s.conferenceOutcome)}.`
              : '',
          ],
          size,
        ),
      ),
    );
  }
  if (conference.minutes.trim() !== '') {
    children.push(heading('III. DIỄN BIẾN VÀ KẾT LUẬN', size));
    for (const paragraph of conference.minutes.split(/\n+/u)) {
      if (paragraph.trim() !== '') children.push(body(paragraph.trim(), size));
    }
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
  return officialDocument({ convention, title: `Biên bản ${plan.title}`, children });
}
