import { describe, expect, it } from 'vitest';
import { messagesAt } from '../testing/zod-issues.js';
import { AgendaItemSchema, DEFAULT_AGENDA } from './agenda.schema.js';
import { ConferenceSchema } from './conference.schema.js';
import { ConferenceOutcomeSchema } from './conference-outcome.schema.js';

const conference = {
  id: 'conference-cho-moi-2025',
  planId: 'plan-cho-moi-2025',
  heldOn: '2025-12-10',
  startedAt: '2025-12-10T08:00:00+07:00',
  endedAt: '2025-12-10T11:30:00+07:00',
  format: 'in-person',
  venue: { name: 'Hội trường lớn Đảng ủy xã Chợ Mới' },
  chairs: [{ role: 'chair', position: 'Bí thư Đảng ủy xã', name: 'Triệu Tiên Trình' }],
  agenda: [...DEFAULT_AGENDA],
  attendance: [
    { groupKind: 'villages', label: '27 thôn × 05 đại biểu', expected: 135, present: 128 },
  ],
  speakingOrder: [
    { order: 1, petitionId: 'petition-cho-moi-001', speakerName: 'Nông Văn Thắng', spoke: true },
    { order: 2, petitionId: 'petition-cho-moi-002', speakerName: 'Ma Thị Hoa', spoke: false },
  ],
  outcomes: [
    {
      petitionId: 'petition-cho-moi-001',
      kind: 'answer-in-writing',
      responsibleOrganisationId: 'org-dia-chinh',
      note: 'Cần đo đạc thực địa.',
    },
    {
      petitionId: 'petition-cho-moi-002',
      kind: 'answered-at-conference',
      answeredBy: { position: 'Trưởng Công an xã' },
    },
  ],
};

describe('DEFAULT_AGENDA', () => {
  it('follows seed 002 §4.2: opening, briefing, citizens speak, leaders answer, conclusion, minutes', () => {
    expect(DEFAULT_AGENDA.map((item) => item.kind)).toEqual([
      'opening',
      'chair-briefing',
      'citizens-speak',
      'leaders-answer',
      'chair-concludes',
      'minutes',
    ]);
    expect(DEFAULT_AGENDA.map((item) => item.order)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const item of DEFAULT_AGENDA) expect(AgendaItemSchema.parse(item)).toEqual(item);
  });
});

describe('ConferenceSchema', () => {
  it('accepts a held conference with its outcomes', () => {
    expect(ConferenceSchema.parse(conference).outcomes).toHaveLength(2);
  });

  it('gives each petition one outcome only', () => {
    const twice = { ...conference, outcomes: [conference.outcomes[0], conference.outcomes[0]] };
    expect(messagesAt(ConferenceSchema, twice, ['outcomes'])).toEqual([
      'Mỗi kiến nghị chỉ có một kết quả xử lý tại hội nghị.',
    ]);
  });

  it('rejects two speakers with the same turn', () => {
    const clash = {
      ...conference,
      speakingOrder: conference.speakingOrder.map((slot) => ({ ...slot, order: 1 })),
    };
    expect(messagesAt(ConferenceSchema, clash, ['speakingOrder'])).toEqual([
      'Thứ tự phát biểu bị trùng.',
    ]);
  });

  it('rejects an end before the start', () => {
    expect(
      messagesAt(ConferenceSchema, { ...conference, endedAt: '2025-12-10T07:00:00+07:00' }, [
        'endedAt',
      ]),
    ).toEqual(['Thời điểm kết thúc không được trước thời điểm bắt đầu.']);
  });

  it('rejects a negative head count', () => {
    const attendance = [{ ...conference.attendance[0], present: -1 }];
    expect(
      messagesAt(ConferenceSchema, { ...conference, attendance }, ['attendance', 0, 'present']),
    ).toEqual(['Số đại biểu có mặt không được âm.']);
  });
});

describe('ConferenceOutcomeSchema', () => {
  it('requires who answered at the conference', () => {
    expect(
      messagesAt(ConferenceOutcomeSchema, { petitionId: 'p', kind: 'answered-at-conference' }, [
        'answeredBy',
      ]),
    ).toEqual(['Phải ghi người trả lời tại hội nghị.']);
  });

  it('requires the body that will answer in writing', () => {
    expect(
      messagesAt(ConferenceOutcomeSchema, { petitionId: 'p', kind: 'answer-in-writing' }, [
        'responsibleOrganisationId',
      ]),
    ).toEqual(['Phải giao cơ quan trả lời bằng văn bản.']);
  });

  it('requires where a petition is forwarded or the citizen guided', () => {
    for (const kind of ['forwarded-upward', 'guided-to-other-body']) {
      expect(
        messagesAt(ConferenceOutcomeSchema, { petitionId: 'p', kind }, ['referredTo']),
      ).toEqual(['Phải ghi cơ quan, cấp có thẩm quyền tiếp nhận.']);
    }
  });
});
