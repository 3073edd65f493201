import { isIsoDate, type IsoDate } from '../calendar/civil-date.js';
import { domainError } from '../errors/error-codes.js';
import type { IssuerKind } from '../plans/plan-document.schema.js';
import { asText, field, isBlank, refuseWhen } from '../workflow/guards.js';
import type { Guard } from '../workflow/machine.js';
import type { FollowUpStatus } from './follow-up.status.js';

/**
 * Who may act on a follow-up task (a line of the conclusion notice: who does what by when) and
 * what each step must carry: the rules behind the table in `follow-up.machine.ts`.
 */
export const FOLLOW_UP_EVENTS = [
  'start',
  'report-done',
  'verify',
  'reopen',
  'extend',
  'carry-over',
  'cancel',
] as const;
export type FollowUpEvent = (typeof FOLLOW_UP_EVENTS)[number];

/** The dialogue's issuer decides who leads; the responsible body decides who does the work. */
export interface FollowUpScope {
  readonly issuerKind: IssuerKind;
  readonly responsibleOrganisationId: string;
}

export interface FollowUpPayloads {
  start: object;
  'report-done': { readonly report: string };
  verify: object;
  /** Usually after a Front finding (`findingId`), or when the report does not hold up. */
  reopen: { readonly reason: string; readonly findingId?: string };
  extend: {
    readonly currentDueOn: IsoDate;
    readonly newDueOn: IsoDate;
    readonly reason: string;
    /** The task answers a citizen's petition: the citizen must be told why (seed 004 §II.4). */
    readonly concernsPetition: boolean;
    readonly citizenInformed: boolean;
    /**
     * Every citizen concerned will receive the extension message (Zalo or SMS, issue 15): the
     * step is then told by the message — marked once it is delivered, never if it fails.
     */
    readonly citizenMessaged?: boolean;
  };
  'carry-over': { readonly reason: string; readonly nextPlanId: string };
  cancel: { readonly reason: string };
}

type FollowUpGuard<E extends FollowUpEvent> = Guard<
  FollowUpStatus,
  E,
  FollowUpScope & FollowUpPayloads[E]
>;

/** Only the body the conclusion notice named does and reports the task (seed 004 §II.4). */
export const onlyResponsibleBody = refuseWhen<FollowUpStatus, FollowUpEvent, object>(
  (context, actor) =>
    isBlank(actor.organisationId) ||
    actor.organisationId !== field(context, 'responsibleOrganisationId'),
  'NOT_ASSIGNED_BODY',
);

/** Separation of duties: the body that did the work does not certify it. */
export const notTheResponsibleBody = refuseWhen<FollowUpStatus, FollowUpEvent, object>(
  (context, actor) =>
    !isBlank(actor.organisationId) &&
    actor.organisationId === field(context, 'responsibleOrganisationId'),
  'SELF_VERIFICATION_NOT_ALLOWED',
);

/** An extension moves the due date later, never earlier: an earlier date is a new task. */
export const requireLaterDueDate: FollowUpGuard<'extend'> = (context, facts) => {
  const current = field(context, 'currentDueOn');
  const next = field(context, 'newDueOn');
  // ISO dates (YYYY-MM-DD) compare correctly as strings once both are valid.
  const valid =
    typeof current === 'string' &&
    typeof next === 'string' &&
    isIsoDate(current) &&
    isIsoDate(next);
  if (valid && next > current) return null;
  return domainError('DUE_DATE_NOT_LATER', {
    ...facts,
    currentDueOn: asText(current) || 'chưa rõ',
    newDueOn: asText(next) || 'chưa nhập',
  });
};

/**
 * Seed 004 §II.4: "Trường hợp cần có thêm thời gian … thì cơ quan tiếp nhận phải thông báo cho
 * tổ chức, cá nhân biết rõ lý do." Fails closed: only `concernsPetition: false` skips the notice.
 * The citizen is told already (recorded with when and how), or every citizen concerned is sent the
 * extension message with the new date and reason (issue 15), which tells them once delivered.
 */
export const requireCitizenNotice: FollowUpGuard<'extend'> = (context, facts) =>
  field(context, 'concernsPetition') !== false &&
  field(context, 'citizenInformed') !== true &&
  field(context, 'citizenMessaged') !== true
    ? domainError('CITIZEN_NOTICE_REQUIRED', { ...facts })
    : null;
