import { describe, expect, it } from 'vitest';
import { endConference, requireConferenceStarted, startConference } from './conference-session.js';

const closed = { startedAt: null, endedAt: null };
const at = '2025-12-10T01:30:00.000Z';

describe('the conference session', () => {
  it('opens an announced plan’s conference and keeps the first opening time', () => {
    const opened = startConference(closed, { planStatus: 'announced', at });
    expect(opened).toEqual({ ok: true, value: { startedAt: at, endedAt: null, changed: true } });
    const again = startConference(
      { startedAt: at, endedAt: null },
      {
        planStatus: 'announced',
        at: '2025-12-10T02:00:00.000Z',
      },
    );
    expect(again).toEqual({ ok: true, value: { startedAt: at, endedAt: null, changed: false } });
  });

  it('does not open before the plan is announced, and says the plan’s state in Vietnamese', () => {
    const refused = startConference(closed, { planStatus: 'approved', at });
    expect(!refused.ok && refused.error.code).toBe('CONFERENCE_CANNOT_START');
    expect(!refused.ok && refused.error.message).toContain('"Đã phê duyệt"');
  });

  it('closes only an opened conference, once, and never reopens it', () => {
    expect(!endConference(closed, at).ok).toBe(true);
    const ended = endConference({ startedAt: at, endedAt: null }, '2025-12-10T04:00:00.000Z');
    expect(ended.ok && ended.value.endedAt).toBe('2025-12-10T04:00:00.000Z');
    const reopened = startConference(
      { startedAt: at, endedAt: '2025-12-10T04:00:00.000Z' },
      { planStatus: 'held', at },
    );
    expect(!reopened.ok && reopened.error.code).toBe('CONFERENCE_ALREADY_ENDED');
  });

  it('asks for the conference to be open before a petition is raised from the floor', () => {
    expect(requireConferenceStarted(closed, 'ghi nhận ý kiến tại hội nghị')?.message).toBe(
      'Hội nghị đối thoại chưa bắt đầu nên chưa thể ghi nhận ý kiến tại hội nghị.',
    );
    expect(requireConferenceStarted({ startedAt: at, endedAt: null }, 'x')).toBeNull();
  });
});
