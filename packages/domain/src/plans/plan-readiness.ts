import type { PlanContent } from './plan.schema.js';

/** Vietnamese names of the plan's parts, as the section headings of a Kế hoạch call them. */
export const PLAN_FIELD_LABELS = {
  adminUnitCode: 'Địa bàn đối thoại',
  issuer: 'Cơ quan ban hành',
  documentSymbol: 'Ký hiệu văn bản',
  title: 'Trích yếu',
  year: 'Năm',
  legalBases: 'Căn cứ ban hành',
  regulationProfileId: 'Quy chế áp dụng',
  purposes: 'Mục đích',
  requirements: 'Yêu cầu',
  topics: 'Nội dung, lĩnh vực đối thoại',
  contentSections: 'Nội dung khác',
  format: 'Hình thức',
  timing: 'Thời gian',
  venue: 'Địa điểm',
  chairs: 'Người chủ trì',
  participantGroups: 'Thành phần tham dự',
  tasks: 'Tổ chức thực hiện',
  recipients: 'Nơi nhận',
  scheduleOverrides: 'Điều chỉnh thời hạn',
  signer: 'Người ký',
  carriedOverPetitionIds: 'Kiến nghị chuyển từ kỳ trước',
} as const satisfies Record<keyof PlanContent, string>;

export interface MissingField {
  field: keyof PlanContent;
  label: string;
}

/** A check per part: the part is missing when the check says so. */
const REQUIRED_FOR_SUBMISSION: ReadonlyArray<[keyof PlanContent, (plan: PlanContent) => boolean]> =
  [
    ['legalBases', (p) => p.legalBases.length === 0],
    ['purposes', (p) => p.purposes.length === 0],
    ['requirements', (p) => p.requirements.length === 0],
    // Seed 004 words its content as one paragraph, with no list of fields: either will do.
    ['topics', (p) => p.topics.length === 0 && p.contentSections.length === 0],
    ['timing', (p) => p.timing === undefined],
    // A window means "time and place announced later" (seeds 002, 004); a fixed day needs a venue.
    ['venue', (p) => p.timing?.kind === 'date' && p.venue === undefined],
    ['chairs', (p) => p.chairs.length === 0],
    ['participantGroups', (p) => p.participantGroups.length === 0],
    ['tasks', (p) => p.tasks.length === 0],
    ['recipients', (p) => p.recipients.length === 0],
    ['signer', (p) => p.signer === undefined],
  ];

/**
 * What a draft still lacks before it can be submitted to the signer, with Vietnamese labels,
 * in the order the parts appear in a Kế hoạch. An empty list means it can be submitted.
 *
 * @example missingFieldsForSubmission({ ...draft, purposes: [], signer: undefined })
 * // [{ field: 'purposes', label: 'Mục đích' }, { field: 'signer', label: 'Người ký' }]
 */
export function missingFieldsForSubmission(plan: PlanContent): MissingField[] {
  return REQUIRED_FOR_SUBMISSION.filter(([, isMissing]) => isMissing(plan)).map(([field]) => ({
    field,
    label: PLAN_FIELD_LABELS[field],
  }));
}
