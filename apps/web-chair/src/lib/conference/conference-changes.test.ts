import { TRPCClientError, type AppRouter } from '@doithoai/api/client';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '@doithoai/ui';
import {
  conferenceSender,
  type ConferenceChange,
  type ConferenceView,
  type FieldChange,
} from './conference-changes.js';
import type { OutboxEntry } from './outbox.js';

// The real @doithoai/ui index pulls in Svelte components; the sender needs only this helper.
vi.mock('@doithoai/ui', () => ({
  readApiError: (e: { message?: string }) => ({
    message: e.message ?? '',
    fieldErrors: {},
    code: null,
  }),
}));

/** The server's stale-version refusal, as the typed client throws it. */
const stale = () => {
  const message = 'Hội nghị vừa được người khác cập nhật';
  return new TRPCClientError<AppRouter>(message, {
    result: {
      error: {
        message,
        code: -32009,
        data: {
          code: 'CONFLICT',
          httpStatus: 409,
          domainCode: 'STALE_VERSION',
          fieldErrors: null,
          details: null,
        },
      },
    },
  });
};

/** A conference on the server, saved at versions, as `conference.*` behaves. */
function fakeServer(initial: { minutes: string; attendance?: unknown[] }) {
  const state = {
    version: 3,
    minutes: initial.minutes,
    attendance: initial.attendance ?? [],
    agenda: [] as unknown[],
  };
  const writes: { minutes?: string; attendance?: unknown[]; key: string | undefined }[] = [];
  const view = () => ({ ...state, agendaIsDefault: true }) as unknown as ConferenceView;
  const save =
    (part: 'minutes' | 'attendance') =>
    (input: Record<string, unknown>, options?: { context?: { idempotencyKey?: string } }) => {
      if (JSON.stringify(state[part]) === JSON.stringify(input[part]))
        return Promise.resolve(view());
      if (input['expectedVersion'] !== state.version) return Promise.reject(stale());
      (state as Record<string, unknown>)[part] = input[part];
      state.version += 1;
      writes.push({ [part]: input[part], key: options?.context?.idempotencyKey });
      return Promise.resolve(view());
    };
  const petition = { id: 'p-1', version: 5, conferenceOutcome: null as string | null };
  const outcomes: { version: unknown; key: string | undefined }[] = [];
  const api = {
    conference: {
      get: { query: () => Promise.resolve(view()) },
      saveMinutes: { mutate: save('minutes') },
      saveAttendance: { mutate: save('attendance') },
      recordOutcome: {
        mutate: (
          input: { expectedVersion: number },
          options?: { context?: { idempotencyKey?: string } },
        ) => {
          if (input.expectedVersion !== petition.version) return Promise.reject(stale());
          outcomes.push({ version: input.expectedVersion, key: options?.context?.idempotencyKey });
          return Promise.resolve({ ...petition, conferenceOutcome: 'answered-at-conference' });
        },
      },
    },
    petitions: { get: { query: () => Promise.resolve({ petition }) } },
  } as unknown as ApiClient;
  return { state, writes, petition, outcomes, api };
}

function senderFor(server: ReturnType<typeof fakeServer>, known: number) {
  const merged: string[] = [];
  let current = { version: known } as ConferenceView;
  const send = conferenceSender({
    api: server.api,
    planId: 'plan-cho-moi',
    current: () => current,
    conferenceSaved: (view) => (current = view),
    petitionSaved: () => undefined,
    merged: (message) => merged.push(message),
  });
  return { send, merged };
}
const entry = (payload: ConferenceChange): OutboxEntry<ConferenceChange> => ({
  key: 'k-1',
  payload,
  createdAt: '2025-12-10T01:00:00.000Z',
  attempts: 1,
});
const minutes = (text: string, base: string): FieldChange => ({
  kind: 'minutes',
  minutes: text,
  base,
});

describe('sending a conference change after the network came back', () => {
  it('re-applies our minutes when another device changed only something else meanwhile', async () => {
    const server = fakeServer({ minutes: 'Hồi 08 giờ' });
    server.state.version = 4; // the other laptop saved the attendance
    const { send, merged } = senderFor(server, 3);
    expect(await send(entry(minutes('Hồi 08 giờ 00 phút…', 'Hồi 08 giờ')))).toEqual({
      kind: 'done',
    });
    expect(server.state.minutes).toBe('Hồi 08 giờ 00 phút…');
    expect(merged).toEqual([]);
  });

  it('keeps both texts when the minutes were edited on another device too', async () => {
    const server = fakeServer({ minutes: 'Bản của máy chủ tịch' });
    server.state.version = 4;
    const { send, merged } = senderFor(server, 3);
    await send(entry(minutes('Bản của thư ký', 'Hồi 08 giờ')));
    expect(server.state.minutes).toContain('Bản của thư ký');
    expect(server.state.minutes).toContain('Bản của máy chủ tịch');
    expect(merged[0]).toContain('Biên bản vừa được sửa trên máy khác');
  });

  it('writes nothing twice when our own save had arrived but its answer was lost', async () => {
    const server = fakeServer({ minutes: 'Hồi 08 giờ 00 phút…' });
    const { send } = senderFor(server, 2);
    expect(await send(entry(minutes('Hồi 08 giờ 00 phút…', 'Hồi 08 giờ')))).toEqual({
      kind: 'done',
    });
    expect(server.writes).toEqual([]);
  });

  it('merges attendance by group instead of dropping the other device’s rows', async () => {
    const theirs = { groupKind: 'leadership', label: 'Lãnh đạo xã', expected: 10, present: 9 };
    const ours = { groupKind: 'villages', label: 'Đại biểu 27 thôn', expected: 135, present: 128 };
    const server = fakeServer({ minutes: '', attendance: [theirs] });
    server.state.version = 4;
    const { send } = senderFor(server, 3);
    await send(entry({ kind: 'attendance', attendance: [ours] as never, base: [] }));
    expect(server.state.attendance).toEqual([ours, theirs]);
  });

  it('re-sends an outcome at the petition’s new version with the same key, unless one was recorded elsewhere', async () => {
    const server = fakeServer({ minutes: '' });
    const request = {
      petitionId: 'p-1',
      expectedVersion: 4,
      kind: 'answered-at-conference',
      answeredBy: { position: 'Chủ tịch UBND xã' },
    };
    const { send } = senderFor(server, 3);
    const change = { kind: 'outcome', request, speaker: 'Nông Văn Thắng' } as ConferenceChange;
    expect(await send(entry(change))).toEqual({ kind: 'done' });
    expect(server.outcomes).toEqual([{ version: 5, key: 'k-1' }]);

    server.petition.conferenceOutcome = 'answer-in-writing';
    server.petition.version = 6;
    const refused = await send(entry(change));
    expect(refused).toMatchObject({ kind: 'rejected' });
    expect(refused.kind === 'rejected' && refused.message).toContain(
      'Xác minh, trả lời bằng văn bản sau',
    );
  });

  it('keeps the change for later when the server cannot be reached', async () => {
    const server = fakeServer({ minutes: '' });
    (server.api.conference.saveMinutes as { mutate: unknown }).mutate = () =>
      Promise.reject(new TypeError('Failed to fetch'));
    const { send } = senderFor(server, 3);
    expect(await send(entry(minutes('x', '')))).toEqual({
      kind: 'retry',
      reason: 'Mất kết nối với máy chủ.',
    });
  });
});
