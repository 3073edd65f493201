import type { Competence, Complexity, PetitionField, Urgency } from '@doithoai/domain';

/** The triage form as typed: '' while a choice is still open (the server refuses it, by field). */
export interface TriageForm {
  field: PetitionField | '';
  urgency: Urgency | '';
  competence: Competence | '';
  complexity: Complexity | '';
  referredTo: string;
  note: string;
}

/**
 * An empty form, or one starting from what the petition already carries.
 *
 * @example emptyTriage({ field: 'land-environment' }).field // 'land-environment'
 */
export function emptyTriage(
  from: Partial<Record<keyof TriageForm, string | null>> = {},
): TriageForm {
  return {
    field: (from.field ?? '') as TriageForm['field'],
    urgency: (from.urgency ?? '') as TriageForm['urgency'],
    competence: (from.competence ?? '') as TriageForm['competence'],
    complexity: (from.complexity ?? '') as TriageForm['complexity'],
    referredTo: from.referredTo ?? '',
    note: '',
  };
}

/**
 * The request body: empty choices go as they are (the server's Vietnamese refusal names the
 * field), empty texts are left out.
 *
 * @example triageRequest({ ...emptyTriage(), referredTo: '' }).referredTo // undefined
 */
export function triageRequest(form: TriageForm) {
  return {
    field: form.field as PetitionField,
    urgency: form.urgency as Urgency,
    competence: form.competence as Competence,
    complexity: form.complexity as Complexity,
    ...(form.referredTo.trim() ? { referredTo: form.referredTo.trim() } : {}),
    ...(form.note.trim() ? { note: form.note.trim() } : {}),
  };
}
