import type {
  IssuerKind,
  PublicationChannel,
  SignerTitle,
  SigningAuthority,
} from '@doithoai/domain';
import type { ConclusionDraft } from './types.js';

/** One assignment as typed: '' for a date the rule gives (the server counts it). */
export interface ItemForm {
  content: string;
  responsibleOrganisationId: string;
  dueOn: string;
  relatedPetitionIds: string[];
  /** What the rule gives when no date is typed, from the server's draft. */
  rule: { dueOn: string | null; label: string; source: string; explanation: string | null } | null;
}

export interface ConclusionForm {
  documentNumber: string;
  documentSymbol: string;
  issuedOn: string;
  signerName: string;
  signerTitle: SignerTitle;
  signerAuthority: SigningAuthority;
  position: string;
  /** Where it is made public (seed 004 §II.4: the commune's website and the notice board). */
  publishedVia: PublicationChannel[];
  items: ItemForm[];
}

/**
 * The form, filled from the server's draft (the position, one item per petition to answer in
 * writing); the signer's title and authority default to the issuer's head.
 *
 * @example conclusionForm(draft).items[0].responsibleOrganisationId
 */
export function conclusionForm(draft: ConclusionDraft): ConclusionForm {
  const government = draft.plan.issuerKind === ('peoples-committee' satisfies IssuerKind);
  return {
    documentNumber: '',
    documentSymbol: draft.draft.documentSymbol,
    issuedOn: draft.draft.issuedOn,
    signerName: '',
    signerTitle: government ? 'chair' : 'secretary',
    signerAuthority: government
      ? 'on-behalf-of-peoples-committee'
      : 'on-behalf-of-standing-committee',
    position: draft.draft.position,
    publishedVia: ['commune-website', 'notice-board'],
    items: draft.draft.items.map((item) => ({
      content: item.content,
      responsibleOrganisationId: item.responsibleOrganisation?.id ?? '',
      dueOn: '',
      relatedPetitionIds: item.relatedPetitionIds,
      rule: item.source
        ? {
            dueOn: item.ruleDueOn,
            label: 'Hạn theo quy định nếu Thông báo không ghi hạn',
            source: item.source,
            explanation: item.explanation,
          }
        : null,
    })),
  };
}

/** An empty assignment the chair adds by hand. */
export const emptyItem = (): ItemForm => ({
  content: '',
  responsibleOrganisationId: '',
  dueOn: '',
  relatedPetitionIds: [],
  rule: null,
});

/**
 * The `followUp.issueConclusion` request: a number typed as text goes as a number (the server
 * refuses a bad one by field), empty texts and dates are left out.
 *
 * @example issueRequest(form, { planId, expectedVersion: 5 }).items[0].dueOn // undefined when empty
 */
export function issueRequest(
  form: ConclusionForm,
  plan: { planId: string; expectedVersion: number },
) {
  const number = form.documentNumber.trim();
  return {
    ...plan,
    ...(number
      ? { documentNumber: /^\d+$/u.test(number) ? Number(number) : (number as unknown as number) }
      : {}),
    documentSymbol: form.documentSymbol.trim(),
    ...(form.issuedOn ? { issuedOn: form.issuedOn } : {}),
    ...(form.signerName.trim()
      ? {
          signer: {
            name: form.signerName.trim(),
            title: form.signerTitle,
            authority: form.signerAuthority,
          },
        }
      : {}),
    position: form.position,
    publishedVia: form.publishedVia,
    items: form.items.map((item) => ({
      content: item.content,
      responsibleOrganisationId: item.responsibleOrganisationId,
      ...(item.dueOn ? { dueOn: item.dueOn } : {}),
      relatedPetitionIds: item.relatedPetitionIds,
    })),
  };
}
