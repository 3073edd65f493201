import {
  PETITION_OUTCOME_KIND_LABELS,
  type Attendance,
  type PetitionOutcomeKind,
} from '@doithoai/domain';

/** One citizen's turn as the minutes tell it. */
export interface MinutesTurn {
  order: number;
  speakerName: string;
  trackingCode: string;
  content: string;
  outcome: string | null;
  answeredBy?: { name?: string | undefined; position: string } | undefined;
  /** Who answers in writing, or where the matter was sent. */
  followUp?: string | null | undefined;
  note?: string | undefined;
}

export interface MinutesFacts {
  planTitle: string;
  /** When the session opened and closed, as the screen shows them ("10/12/2025 08:00"). */
  startedAt: string | null;
  endedAt: string | null;
  attendance: readonly Attendance[];
  turns: readonly MinutesTurn[];
}

const outcomeLabel = (kind: string) =>
  PETITION_OUTCOME_KIND_LABELS[kind as PetitionOutcomeKind] ?? kind;

/**
 * A draft of the minutes (biên bản, seed 002 §4.2 "lập biên bản kết thúc buổi đối thoại") from
 * what the conference recorded: when, who attended against the invitation, and each citizen's
 * turn in speaking order with who answered and the outcome. The secretary edits it freely; it
 * is text, the records stay the source.
 *
 * @example draftMinutes({ planTitle: 'Đối thoại 2025', startedAt: null, endedAt: null, attendance: [], turns: [] }).startsWith('BIÊN BẢN') // true
 */
export function draftMinutes(facts: MinutesFacts): string {
  const lines = ['BIÊN BẢN HỘI NGHỊ ĐỐI THOẠI', facts.planTitle, ''];
  if (facts.startedAt) lines.push(`Thời gian bắt đầu: ${facts.startedAt}.`);
  if (facts.endedAt) lines.push(`Thời gian kết thúc: ${facts.endedAt}.`);
  if (facts.attendance.length > 0) {
    const present = facts.attendance.reduce((sum, a) => sum + a.present, 0);
    const expected = facts.attendance.reduce((sum, a) => sum + a.expected, 0);
    lines.push(`Thành phần tham dự: ${present}/${expected} đại biểu có mặt.`);
    for (const a of facts.attendance)
      lines.push(`- ${a.label}: ${a.present}/${a.expected} đại biểu.`);
  }
  lines.push('', 'NỘI DUNG Ý KIẾN, KIẾN NGHỊ VÀ KẾT QUẢ TRẢ LỜI');
  for (const turn of facts.turns) {
    lines.push(`${turn.order}. ${turn.speakerName} (${turn.trackingCode}): ${turn.content}`);
    if (turn.answeredBy) {
      const who = [turn.answeredBy.name, turn.answeredBy.position].filter(Boolean).join(', ');
      lines.push(`   Người trả lời: ${who}.`);
    }
    if (!turn.outcome) lines.push('   Kết quả: chưa ghi nhận.');
    else
      lines.push(
        `   Kết quả: ${outcomeLabel(turn.outcome)}${turn.followUp ? ` (${turn.followUp})` : ''}.`,
      );
    if (turn.note) lines.push(`   Ghi chú: ${turn.note}`);
  }
  return lines.join('\n');
}
