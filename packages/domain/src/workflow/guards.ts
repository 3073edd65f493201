import { domainError } from '../errors/error-codes.js';
import type { Actor, Guard } from './machine.js';

/**
 * Reusable preconditions for the machine definitions. Payloads come from the API as data,
 * so every check reads its field defensively: a wrong type is a refusal, never an exception.
 */

/** Codes whose template only needs the common transition slots. */
export type SimpleCode =
  | 'REASON_REQUIRED'
  | 'COMMENT_REQUIRED'
  | 'ON_BEHALF_NOTE_REQUIRED'
  | 'PLAN_NUMBER_REQUIRED'
  | 'SIGNER_REQUIRED'
  | 'DIALOGUE_DATE_REQUIRED'
  | 'ASSIGNEE_REQUIRED'
  | 'ANSWER_REQUIRED'
  | 'RECIPIENT_REQUIRED'
  | 'NEXT_PLAN_REQUIRED'
  | 'REPORT_REQUIRED'
  | 'NOT_ASSIGNED_BODY'
  | 'SELF_VERIFICATION_NOT_ALLOWED'
  | 'CITIZEN_NOTICE_REQUIRED'
  | 'OUTCOME_ALREADY_RECORDED';

/** True when `value` is not a string with some non-space text. @example isBlank('  ') // true */
export function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

/**
 * Untrusted text for a message or a detail: strings and numbers as they are, anything else
 * empty (String() of some objects throws; a refusal must never throw).
 *
 * @example asText(42) // '42'
 */
export function asText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** Reads a payload field without trusting the payload's shape. @example field({ a: 1 }, 'a') // 1 */
export function field(context: unknown, key: string): unknown {
  return typeof context === 'object' && context !== null
    ? (context as Record<string, unknown>)[key]
    : undefined;
}

/**
 * Refuses with `code` unless `context[key]` holds non-blank text.
 *
 * @example
 * const needsReason = requireText<PlanStatus, 'cancel', { reason: string }>('reason', 'REASON_REQUIRED');
 */
export function requireText<S extends string, E extends string, C>(
  key: keyof C & string,
  code: SimpleCode,
): Guard<S, E, C> {
  return (context, facts) =>
    isBlank(field(context, key)) ? domainError(code, { ...facts, field: key }) : null;
}

/**
 * Refuses with `code` when `when(context, actor)` is true: the escape hatch for one-off rules.
 *
 * @example
 * const notOwnTask = refuseWhen<FollowUpStatus, 'verify', { responsibleBodyId: string }>(
 *   (ctx, actor) => actor.organisationId === ctx.responsibleBodyId, 'SELF_VERIFICATION_NOT_ALLOWED');
 */
export function refuseWhen<S extends string, E extends string, C>(
  when: (context: C, actor: Actor) => boolean,
  code: SimpleCode,
): Guard<S, E, C> {
  return (context, facts) => (when(context, facts.actor) ? domainError(code, { ...facts }) : null);
}

/**
 * Requires a note when an office acts on a citizen's behalf (the citizen answered by phone, at
 * the counter…): the record must say how the citizen's own will was taken
 * (docs/domain.md "Personal data").
 *
 * @example
 * const onBehalf = requireNoteOnBehalf<PetitionStatus, 'withdraw', { onBehalfNote?: string }>();
 */
export function requireNoteOnBehalf<S extends string, E extends string, C>(): Guard<S, E, C> {
  return (context, facts) =>
    facts.actor.role !== 'citizen' && isBlank(field(context, 'onBehalfNote'))
      ? domainError('ON_BEHALF_NOTE_REQUIRED', { ...facts })
      : null;
}
