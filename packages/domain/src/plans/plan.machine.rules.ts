import { isIsoDate, type IsoDate } from '../calendar/civil-date.js';
import { domainError } from '../errors/error-codes.js';
import { field } from '../workflow/guards.js';
import type { Guard } from '../workflow/machine.js';
import { DocumentNumberSchema, type IssuerKind } from './plan-document.schema.js';
import type { MissingField } from './plan-readiness.js';
import type { PlanStatus } from './plan.status.js';
import { SignerSchema, type Signer } from './signer.schema.js';

/**
 * Who may act on a plan and what each step must carry: the rules behind the table in
 * `plan.machine.ts`.
 */
export const PLAN_EVENTS = [
  'submit',
  'return',
  'approve',
  'announce',
  'postpone',
  'reschedule',
  'hold',
  'conclude',
  'close',
  'cancel',
] as const;
export type PlanEvent = (typeof PLAN_EVENTS)[number];

/** Which committee issues the plan decides who approves it and who chairs the dialogue. */
export interface PlanScope {
  readonly issuerKind: IssuerKind;
}

export interface PlanPayloads {
  submit: { readonly missingFields: readonly MissingField[] };
  return: { readonly comment: string };
  /** `documentNumber`: the số assigned at signing (14 in 14-KH/ĐU); the symbol is already on the plan. */
  approve: { readonly documentNumber: number; readonly signer: Signer };
  announce: { readonly dialogueDate: IsoDate | null };
  postpone: { readonly reason: string };
  reschedule: { readonly newDialogueDate: IsoDate; readonly reason: string };
  hold: object;
  conclude: object;
  /** Petitions of this plan neither settled/withdrawn/closed nor carried over to the next dialogue. */
  close: { readonly openPetitionCount: number };
  cancel: { readonly reason: string };
}

type PlanGuard<E extends PlanEvent> = Guard<PlanStatus, E, PlanScope & PlanPayloads[E]>;

/**
 * Submission needs a complete plan; `missingFieldsForSubmission` (plan-readiness.ts) says what lacks.
 *
 * @example requireCompletePlan({ issuerKind, missingFields: [{ field: 'venue', label: 'Địa điểm' }] }, facts)?.code // 'PLAN_INCOMPLETE'
 */
export const requireCompletePlan: PlanGuard<'submit'> = (context, facts) => {
  const missing: unknown = field(context, 'missingFields');
  // The schema must have checked the plan; a payload without the list is refused, not trusted.
  if (!Array.isArray(missing))
    return domainError('PLAN_INCOMPLETE', {
      ...facts,
      missing: 'kết quả kiểm tra các mục bắt buộc',
    });
  if (missing.length === 0) return null;
  const labels = missing.map((item: unknown) => {
    const label = field(item, 'label');
    return typeof label === 'string' ? label : typeof item === 'string' ? item : 'mục không rõ';
  });
  return domainError('PLAN_INCOMPLETE', {
    ...facts,
    missing: labels,
    missingFields: missing.map((item) => field(item, 'field')),
  });
};

/**
 * "A date or a window" (docs/domain.md §1): a window (seed 003, "Quý III") cannot be announced.
 *
 * @example requireDate('dialogueDate')({ issuerKind, dialogueDate: null }, facts)?.code // 'DIALOGUE_DATE_REQUIRED'
 */
export const requireDate =
  (key: 'dialogueDate' | 'newDialogueDate'): Guard<PlanStatus, 'announce' | 'reschedule', object> =>
  (context, facts) => {
    const value = field(context, key);
    return typeof value === 'string' && isIsoDate(value)
      ? null
      : domainError('DIALOGUE_DATE_REQUIRED', { ...facts, field: key });
  };

/**
 * A plan closes once every petition is settled, closed elsewhere or carried over.
 *
 * @example requireNoOpenPetition({ issuerKind, openPetitionCount: 3 }, facts)?.message // 'Còn 3 kiến nghị …'
 */
export const requireNoOpenPetition: PlanGuard<'close'> = (context, facts) => {
  const count = field(context, 'openPetitionCount');
  if (count === 0) return null;
  // docs/domain.md §6: what stays unresolved carries over, "never silently closed".
  return domainError('PETITIONS_STILL_OPEN', {
    ...facts,
    count: Number.isInteger(count) ? (count as number) : 'một số',
  });
};

/**
 * Seed 000: "Kế hoạch số 13-KH/ĐU": the số is a positive whole number.
 *
 * @example requireNumber({ issuerKind, documentNumber: 14, signer }, facts) // null
 */
export const requireNumber: PlanGuard<'approve'> = (context, facts) =>
  DocumentNumberSchema.safeParse(field(context, 'documentNumber')).success
    ? null
    : domainError('PLAN_NUMBER_REQUIRED', { ...facts });

/**
 * The signature block (T/M BAN THƯỜNG VỤ / BÍ THƯ, Triệu Tiên Trình — seed 000).
 *
 * @example requireSigner({ issuerKind, documentNumber: 14, signer: { name: '' } }, facts)?.code // 'SIGNER_REQUIRED'
 */
export const requireSigner: PlanGuard<'approve'> = (context, facts) =>
  SignerSchema.safeParse(field(context, 'signer')).success
    ? null
    : domainError('SIGNER_REQUIRED', { ...facts });
