import type { ConsentPurpose, PetitionField, PetitionKind } from '@doithoai/domain';

/** The Phiếu đăng ký as typed (seed 004's form: họ và tên, điện thoại, địa chỉ, nội dung, plus the village). */
export interface PaperForm {
  villageId: string;
  channel: 'village-paper-form' | 'front-compilation';
  fullName: string;
  phone: string;
  address: string;
  organisationName: string;
  kind: PetitionKind;
  field: PetitionField | '';
  content: string;
  wantsToSpeak: boolean;
  receivedOn: string;
  consents: ConsentPurpose[];
}

/**
 * A blank form (the village kept from the last one: forms come in a village's bundle).
 *
 * @example emptyPaperForm('ban-my').villageId // 'ban-my'
 */
export function emptyPaperForm(villageId = ''): PaperForm {
  return {
    villageId,
    channel: 'village-paper-form',
    fullName: '',
    phone: '',
    address: '',
    organisationName: '',
    kind: 'request',
    field: '',
    content: '',
    wantsToSpeak: false,
    receivedOn: '',
    consents: ['handle-petition'],
  };
}

/**
 * The request: empty optional texts left out (the server's messages name what is missing),
 * consents recorded as given on paper, now, by the officer typing them in.
 *
 * @example paperFormRequest(form, planId, '2025-11-25T03:00:00.000Z').petitioner.villageId
 */
export function paperFormRequest(form: PaperForm, planId: string, now: string) {
  const text = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    planId,
    channel: form.channel,
    ...(form.receivedOn ? { receivedOn: form.receivedOn } : {}),
    petitioner: {
      fullName: form.fullName.trim(),
      phone: text(form.phone),
      address: text(form.address),
      organisationName: text(form.organisationName),
      villageId: form.villageId,
    },
    content: form.content.trim(),
    kind: form.kind,
    ...(form.field ? { field: form.field } : {}),
    wantsToSpeak: form.wantsToSpeak,
    consents: form.consents.map((purpose) => ({
      purpose,
      givenAt: now,
      channel: 'paper-form' as const,
    })),
  };
}
