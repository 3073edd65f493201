// What the conference screen queues in its outbox, and how each change is sent — including what
// happens when the server says the conference or the petition changed since it was read.
import type { RouterInputs, RouterOutputs } from '@doithoai/api/client';
import {
  PETITION_OUTCOME_KIND_LABELS,
  type AgendaItem,
  type Attendance,
  type PetitionOutcomeKind,
} from '@doithoai/domain';
import type { ApiClient } from '@doithoai/ui';
import type { OutboxEntry, SendResult } from './outbox.js';
import { classifyFailure } from './send-result.js';

export type ConferenceView = RouterOutputs['conference']['get'];
export type PetitionView = RouterOutputs['conference']['recordOutcome'];
export type OutcomeRequest = RouterInputs['conference']['recordOutcome'];
export type FloorRequest = RouterInputs['conference']['raiseFromFloor'];

/** The three parts of the conference saved whole, at the conference's version. */
export type FieldChange =
  | { kind: 'agenda'; agenda: AgendaItem[]; base: AgendaItem[] }
  | { kind: 'attendance'; attendance: Attendance[]; base: Attendance[] }
  | { kind: 'minutes'; minutes: string; base: string };

/**
 * One change typed in the hall. A field change carries `base`, the value it was typed over (the
 * server's, or this screen's previous queued one): it tells our own earlier change from someone
 * else's when the server reports a newer version.
 */
export type ConferenceChange =
  | { kind: 'start' }
  | { kind: 'end' }
  | FieldChange
  | { kind: 'outcome'; request: OutcomeRequest; speaker: string }
  | { kind: 'floor'; request: FloorRequest };

export interface SenderHooks {
  api: ApiClient;
  planId: string;
  /** The conference as last read from the server (its version is the one to send). */
  current(): ConferenceView | null;
  conferenceSaved(view: ConferenceView): void;
  petitionSaved(petition: PetitionView): void;
  /** Someone else changed the same part meanwhile and both were kept: say so. */
  merged(message: string, change: FieldChange, value: FieldChange): void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function valueOf(view: ConferenceView, kind: FieldChange['kind']): unknown {
  if (kind === 'agenda') return view.agenda;
  return kind === 'attendance' ? view.attendance : view.minutes;
}

function ours(change: FieldChange): unknown {
  if (change.kind === 'agenda') return change.agenda;
  return change.kind === 'attendance' ? change.attendance : change.minutes;
}

const MERGE_MARK = '--- Nội dung ghi cùng lúc trên máy khác (đã giữ lại) ---';

/**
 * Both edits kept when another device saved the same part while this one was cut off. Minutes:
 * ours, then theirs under a marked heading, for the secretary to tidy. Attendance: our rows,
 * plus their rows for groups we did not enter. The agenda is replaced whole by ours (it is set
 * before the session; the audit trail keeps the replaced one, as it keeps every version).
 *
 * @example mergeField({ kind: 'minutes', minutes: 'A', base: '' }, 'B').minutes // 'A\n\n--- Nội dung … ---\nB'
 */
export function mergeField(change: FieldChange, theirs: unknown): FieldChange {
  if (change.kind === 'minutes')
    return {
      ...change,
      minutes: `${change.minutes}\n\n${MERGE_MARK}\n${typeof theirs === 'string' ? theirs : ''}`,
    };
  if (change.kind === 'attendance') {
    const key = (a: Attendance) => `${a.groupKind}|${a.label.trim().toLowerCase()}`;
    const mine = new Set(change.attendance.map(key));
    const extra = ((theirs ?? []) as Attendance[]).filter((a) => !mine.has(key(a)));
    return { ...change, attendance: [...change.attendance, ...extra] };
  }
  return change;
}

const PART_LABEL = {
  agenda: 'Chương trình',
  attendance: 'Thành phần tham dự',
  minutes: 'Biên bản',
};

/**
 * The outbox's `send` for one conference. Every call carries the entry's key as its
 * Idempotency-Key, so a change whose answer was lost is recognised when it is sent again.
 *
 * Versions: a whole-part save (agenda, attendance, minutes) is sent at the version last read,
 * not the one it was typed at — the queue sends in order, so our own earlier saves have moved the
 * version and been acknowledged by then. A stale refusal therefore means another device saved:
 * we re-read; if the part still holds what we typed over (`base`), the other device changed
 * something else and ours is re-applied at the new version; if it already holds ours, we are
 * done; otherwise both are kept (`mergeField`). An outcome whose petition changed meanwhile (a
 * triage fix) is re-sent at the petition's new version if no outcome was recorded; one recorded
 * on another device is not overwritten: ours is kept among the refused changes, shown, with
 * what was recorded instead.
 */
export function conferenceSender(hooks: SenderHooks) {
  const { api, planId } = hooks;

  async function saveField(change: FieldChange, expectedVersion: number, key: string) {
    const options = { context: { idempotencyKey: key } };
    const base = { planId, expectedVersion };
    const view =
      change.kind === 'agenda'
        ? await api.conference.saveAgenda.mutate({ ...base, agenda: change.agenda }, options)
        : change.kind === 'attendance'
          ? await api.conference.saveAttendance.mutate(
              { ...base, attendance: change.attendance },
              options,
            )
          : await api.conference.saveMinutes.mutate({ ...base, minutes: change.minutes }, options);
    hooks.conferenceSaved(view);
  }

  async function rebaseField(change: FieldChange, key: string): Promise<SendResult> {
    const fresh = await api.conference.get.query({ planId });
    hooks.conferenceSaved(fresh);
    const theirs = valueOf(fresh, change.kind);
    if (same(theirs, ours(change))) return { kind: 'done' };
    const untouched = same(theirs, change.base);
    const value = untouched ? change : mergeField(change, theirs);
    if (!untouched)
      hooks.merged(
        `${PART_LABEL[change.kind]} vừa được sửa trên máy khác trong lúc mất kết nối; đã giữ cả hai nội dung.`,
        change,
        value,
      );
    await saveField(value, fresh.version, key);
    return { kind: 'done' };
  }

  async function rebaseOutcome(
    change: Extract<ConferenceChange, { kind: 'outcome' }>,
    key: string,
  ): Promise<SendResult> {
    const { petition } = await api.petitions.get.query({ id: change.request.petitionId });
    if (petition.conferenceOutcome) {
      const label =
        PETITION_OUTCOME_KIND_LABELS[petition.conferenceOutcome as PetitionOutcomeKind] ??
        petition.conferenceOutcome;
      return {
        kind: 'rejected',
        message: `Kiến nghị của ${change.speaker} đã được ghi kết quả "${label}" trên máy khác; kết quả nhập trên máy này chưa được ghi đè.`,
      };
    }
    const saved = await api.conference.recordOutcome.mutate(
      { ...change.request, expectedVersion: petition.version },
      { context: { idempotencyKey: key } },
    );
    hooks.petitionSaved(saved);
    return { kind: 'done' };
  }

  async function attempt(change: ConferenceChange, key: string): Promise<void> {
    const options = { context: { idempotencyKey: key } };
    switch (change.kind) {
      case 'start':
        return hooks.conferenceSaved(await api.conference.start.mutate({ planId }, options));
      case 'end':
        return hooks.conferenceSaved(await api.conference.end.mutate({ planId }, options));
      case 'outcome':
        return hooks.petitionSaved(
          await api.conference.recordOutcome.mutate(change.request, options),
        );
      case 'floor':
        return hooks.petitionSaved(
          await api.conference.raiseFromFloor.mutate(change.request, options),
        );
      default:
        return saveField(change, hooks.current()?.version ?? 0, key);
    }
  }

  return async (entry: OutboxEntry<ConferenceChange>): Promise<SendResult> => {
    if (typeof navigator !== 'undefined' && navigator.onLine === false)
      return { kind: 'retry', reason: 'Mất kết nối mạng.' };
    const change = entry.payload;
    try {
      await attempt(change, entry.key);
      return { kind: 'done' };
    } catch (error) {
      const verdict = classifyFailure(error);
      if (verdict.kind !== 'stale') return verdict;
      try {
        return change.kind === 'outcome'
          ? await rebaseOutcome(change, entry.key)
          : await rebaseField(change as FieldChange, entry.key);
      } catch (again) {
        const second = classifyFailure(again);
        // Stale twice in a row: someone is saving right now; try again on the next round.
        return second.kind === 'stale'
          ? { kind: 'retry', reason: 'Hội nghị đang được cập nhật từ máy khác.' }
          : second;
      }
    }
  };
}
