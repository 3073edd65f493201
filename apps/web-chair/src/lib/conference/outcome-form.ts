import { ConferenceOutcomeSchema, type PetitionOutcomeKind } from '@doithoai/domain';
import type { OutcomeRequest } from './conference-changes.js';

/** The outcome form as typed ('' while a choice is open). */
export interface OutcomeForm {
  kind: PetitionOutcomeKind | '';
  answererName: string;
  answererPosition: string;
  responsibleOrganisationId: string;
  referredTo: string;
  note: string;
}

/**
 * A blank form, starting from what triage already decided (the assigned body, the receiving one).
 *
 * @example emptyOutcome({ assignedOrganisationId: 'org-1', referredTo: null }).responsibleOrganisationId // 'org-1'
 */
export function emptyOutcome(from: {
  assignedOrganisationId?: string | null;
  referredTo?: string | null;
}): OutcomeForm {
  return {
    kind: '',
    answererName: '',
    answererPosition: '',
    responsibleOrganisationId: from.assignedOrganisationId ?? '',
    referredTo: from.referredTo ?? '',
    note: '',
  };
}

const text = (s: string) => (s.trim() ? s.trim() : undefined);

/**
 * The request, checked with the domain's own schema before it is queued — so a missing answerer
 * is said at once, even with the network down. The state machine's checks (competence, a second
 * outcome) stay with the server.
 *
 * @example toOutcomeRequest(form, petition).ok
 */
export function toOutcomeRequest(
  form: OutcomeForm,
  petition: { id: string; version: number },
): { ok: true; request: OutcomeRequest } | { ok: false; fieldErrors: Record<string, string[]> } {
  const position = text(form.answererPosition);
  const name = text(form.answererName);
  const candidate = {
    petitionId: petition.id,
    kind: form.kind,
    ...(position || name
      ? { answeredBy: { position: position ?? '', ...(name ? { name } : {}) } }
      : {}),
    ...(form.kind === 'answer-in-writing' && form.responsibleOrganisationId
      ? { responsibleOrganisationId: form.responsibleOrganisationId }
      : {}),
    ...((form.kind === 'forwarded-upward' || form.kind === 'guided-to-other-body') &&
    text(form.referredTo)
      ? { referredTo: text(form.referredTo) }
      : {}),
    ...(text(form.note) ? { note: text(form.note) } : {}),
  };
  const parsed = ConferenceOutcomeSchema.safeParse(candidate);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.') || 'kind';
      (fieldErrors[path] ??= []).push(issue.message);
    }
    return { ok: false, fieldErrors };
  }
  return { ok: true, request: { ...parsed.data, expectedVersion: petition.version } };
}
