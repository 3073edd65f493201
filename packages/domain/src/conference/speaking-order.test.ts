import { describe, expect, it } from 'vitest';
import { orderSpeakers, type SpeakerCandidate } from './speaking-order.js';

const candidate = (overrides: Partial<SpeakerCandidate>): SpeakerCandidate => ({
  petitionId: 'p',
  speakerName: 'Nông Văn Thắng',
  channel: 'village-paper-form',
  receivedOn: '2025-12-01',
  registeredAt: '2025-12-01T01:00:00.000Z',
  isLate: false,
  wantsToSpeak: true,
  status: 'assigned',
  hasOutcome: false,
  ...overrides,
});

describe('orderSpeakers', () => {
  it('lets citizens speak in registration order, late and floor speakers appended', () => {
    const slots = orderSpeakers([
      candidate({
        petitionId: 'floor',
        speakerName: 'Hà Văn Sinh',
        channel: 'raised-at-conference',
        receivedOn: '2025-12-10',
      }),
      candidate({
        petitionId: 'late',
        speakerName: 'Hoàng Thị Xuân',
        isLate: true,
        receivedOn: '2025-12-05',
      }),
      candidate({ petitionId: 'second', speakerName: 'Ma Thị Hoa', receivedOn: '2025-12-02' }),
      candidate({ petitionId: 'first', receivedOn: '2025-12-01' }),
    ]);
    expect(slots.map((s) => [s.order, s.petitionId])).toEqual([
      [1, 'first'],
      [2, 'second'],
      [3, 'late'],
      [4, 'floor'],
    ]);
  });

  it('breaks same-day ties by the time of entry, and leaves out who did not ask or withdrew', () => {
    const slots = orderSpeakers([
      candidate({ petitionId: 'b', registeredAt: '2025-12-01T03:00:00.000Z' }),
      candidate({ petitionId: 'a', registeredAt: '2025-12-01T02:00:00.000Z', hasOutcome: true }),
      candidate({ petitionId: 'quiet', wantsToSpeak: false }),
      candidate({ petitionId: 'gone', status: 'withdrawn' }),
    ]);
    expect(slots).toEqual([
      { order: 1, petitionId: 'a', speakerName: 'Nông Văn Thắng', spoke: true },
      { order: 2, petitionId: 'b', speakerName: 'Nông Văn Thắng', spoke: false },
    ]);
  });
});
