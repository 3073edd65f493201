import { describe, expect, it } from 'vitest';
import { Outbox, type OutboxEntry, type OutboxStorage, type SendResult } from './outbox.js';

function memoryStorage(): OutboxStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

type Change = { kind: string; text?: string };
const KEY = 'doithoai.chair.conference.plan-cho-moi';

function outboxWith(storage: OutboxStorage, answer: (e: OutboxEntry<Change>) => SendResult) {
  const sent: OutboxEntry<Change>[] = [];
  let n = 0;
  const outbox = new Outbox<Change>({
    storage,
    storageKey: KEY,
    newKey: () => `key-${++n}`,
    send: (entry) => {
      sent.push(structuredClone(entry));
      return Promise.resolve(answer(entry));
    },
  });
  return { outbox, sent };
}

describe('the offline outbox', () => {
  it('keeps changes made while the network is down, in order, and sends them once it is back', async () => {
    const storage = memoryStorage();
    let online = false;
    const { outbox, sent } = outboxWith(storage, () =>
      online ? { kind: 'done' } : { kind: 'retry', reason: 'Failed to fetch' },
    );
    outbox.enqueue({ kind: 'outcome', text: 'Nông Văn Thắng' });
    outbox.enqueue({ kind: 'floor', text: 'Hà Văn Sinh' });
    await outbox.flush();
    expect(outbox.pending.map((e) => e.key)).toEqual(['key-1', 'key-2']);
    expect(sent.map((e) => e.key)).toEqual(['key-1']); // the second never overtakes the first
    online = true;
    await outbox.flush();
    expect(sent.map((e) => e.key)).toEqual(['key-1', 'key-1', 'key-2']);
    expect(outbox.pending).toEqual([]);
    expect(storage.data.has(KEY)).toBe(false);
  });

  it('survives a reload: a new outbox on the same storage sends what the closed page queued', async () => {
    const storage = memoryStorage();
    const closed = outboxWith(storage, () => ({ kind: 'retry', reason: 'offline' }));
    closed.outbox.enqueue({ kind: 'minutes', text: 'Hồi 08 giờ 00 phút…' }, 'minutes');
    const reopened = outboxWith(storage, () => ({ kind: 'done' }));
    expect(reopened.outbox.pending).toHaveLength(1);
    await reopened.outbox.flush();
    expect(reopened.sent[0]).toMatchObject({
      key: 'key-1',
      payload: { text: 'Hồi 08 giờ 00 phút…' },
    });
  });

  it('replaces unsent minutes with the newer text, but queues behind a save that may have arrived', async () => {
    const storage = memoryStorage();
    const { outbox } = outboxWith(storage, () => ({ kind: 'retry', reason: 'offline' }));
    outbox.enqueue({ kind: 'minutes', text: 'a' }, 'minutes');
    outbox.enqueue({ kind: 'minutes', text: 'ab' }, 'minutes');
    expect(outbox.pending.map((e) => e.payload.text)).toEqual(['ab']);
    await outbox.flush(); // attempted: its answer may have been lost on the way back
    outbox.enqueue({ kind: 'minutes', text: 'abc' }, 'minutes');
    expect(outbox.pending.map((e) => e.payload.text)).toEqual(['ab', 'abc']);
  });

  it('keeps a change the server refused, with its reason, and goes on with the next', async () => {
    const { outbox, sent } = outboxWith(memoryStorage(), (e) =>
      e.payload.kind === 'bad'
        ? { kind: 'rejected', message: 'Kiến nghị đã có kết quả.', fieldErrors: {} }
        : { kind: 'done' },
    );
    outbox.enqueue({ kind: 'bad' });
    outbox.enqueue({ kind: 'good' });
    await outbox.flush();
    expect(sent).toHaveLength(2);
    expect(outbox.rejected).toMatchObject([{ key: 'key-1', message: 'Kiến nghị đã có kết quả.' }]);
    outbox.dismiss('key-1');
    expect(outbox.rejected).toEqual([]);
  });

  it('sends an entry once when two flushes are asked for at the same time', async () => {
    const { outbox, sent } = outboxWith(memoryStorage(), () => ({ kind: 'done' }));
    outbox.enqueue({ kind: 'start' });
    await Promise.all([outbox.flush(), outbox.flush()]);
    expect(sent).toHaveLength(1);
  });
});
