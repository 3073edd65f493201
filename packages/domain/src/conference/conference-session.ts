import { ok, type DomainError, type Result } from '../errors/domain-error.js';
import { domainError } from '../errors/error-codes.js';
import { isPlanInSession } from '../plans/plan-phase.js';
import { PLAN_STATUS_LABELS, type PlanStatus } from '../plans/plan.status.js';

/** When the conference opened and closed (ISO instants), as the minutes record them. */
export interface ConferenceSession {
  startedAt: string | null;
  endedAt: string | null;
}

/**
 * Opens the conference at `at`. Only an announced plan's conference opens (docs/domain.md §2: the
 * People are told the time and venue first); opening twice keeps the first time; a closed
 * conference does not reopen.
 *
 * @example startConference({ startedAt: null, endedAt: null }, { planStatus: 'announced', at: '2025-12-10T01:00:00.000Z' })
 * // { ok: true, value: { startedAt: '2025-12-10T01:00:00.000Z', endedAt: null, changed: true } }
 */
export function startConference(
  session: ConferenceSession,
  input: { planStatus: PlanStatus; at: string },
): Result<ConferenceSession & { changed: boolean }> {
  if (session.endedAt)
    return {
      ok: false,
      error: domainError('CONFERENCE_ALREADY_ENDED', { actionLabel: 'bắt đầu lại' }),
    };
  if (session.startedAt) return ok({ ...session, changed: false });
  // The conference runs while the plan is announced (on the day) or recorded as held.
  if (!isPlanInSession(input.planStatus)) {
    return {
      ok: false,
      error: domainError('CONFERENCE_CANNOT_START', {
        planStatus: input.planStatus,
        planStateLabel: PLAN_STATUS_LABELS[input.planStatus] ?? input.planStatus,
      }),
    };
  }
  return ok({ startedAt: input.at, endedAt: null, changed: true });
}

/**
 * Closes the conference at `at`; closing twice keeps the first time.
 *
 * @example endConference({ startedAt: '2025-12-10T01:00:00.000Z', endedAt: null }, '2025-12-10T04:00:00.000Z').ok // true
 */
export function endConference(
  session: ConferenceSession,
  at: string,
): Result<ConferenceSession & { changed: boolean }> {
  const notStarted = requireConferenceStarted(session, 'kết thúc hội nghị');
  if (notStarted) return { ok: false, error: notStarted };
  if (session.endedAt) return ok({ ...session, changed: false });
  return ok({ startedAt: session.startedAt, endedAt: at, changed: true });
}

/**
 * Refuses what only happens once the conference has opened (a petition raised from the floor).
 * What the secretariat completes afterwards (minutes, outcomes) stays open after the close.
 *
 * @example requireConferenceStarted({ startedAt: null, endedAt: null }, 'ghi nhận ý kiến tại hội nghị')?.code // 'CONFERENCE_NOT_STARTED'
 */
export function requireConferenceStarted(
  session: ConferenceSession,
  actionLabel: string,
): DomainError | null {
  return session.startedAt ? null : domainError('CONFERENCE_NOT_STARTED', { actionLabel });
}
