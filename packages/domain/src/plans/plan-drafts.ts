import type { CreatePlanInput } from './plan-inputs.schema.js';
import type { Plan, PlanContent } from './plan.schema.js';

/** What a new draft holds before the office fills it in: every list empty. */
const EMPTY_PARTS = {
  legalBases: [],
  purposes: [],
  requirements: [],
  topics: [],
  contentSections: [],
  chairs: [],
  participantGroups: [],
  tasks: [],
  recipients: [],
  scheduleOverrides: [],
  carriedOverPetitionIds: [],
} as const satisfies Partial<PlanContent>;

/**
 * A new draft from what the office typed: the parts it left out start empty, the format in
 * person (every seed but the online-capable ones says "trực tiếp"), status `draft`, no number.
 *
 * @example newPlanDraft('p-1', { adminUnitCode: '02086', issuer, documentSymbol: 'KH/ĐU', title, year: 2026, regulationProfileId: 'thai-nguyen-357-qd-tu-2025' }).status // 'draft'
 */
export function newPlanDraft(id: string, input: CreatePlanInput): Plan {
  return {
    ...EMPTY_PARTS,
    format: 'in-person',
    ...input,
    id,
    status: 'draft',
    returnComments: [],
  };
}

/** "năm 2025" in a title becomes "năm 2026"; other numbers (a decree's 11-QĐi/TW) stay. */
function retitle(title: string, from: number, to: number): string {
  return title.replace(new RegExp(`(?<![\\d/-])${from}(?![\\d/-])`, 'gu'), String(to));
}

/**
 * "Copy last year's plan": the new draft keeps last year's body (legal bases, purposes,
 * topics, participants, tasks, recipients, venue, the profile and the overrides counted in
 * days) and drops what belonged to last year's dialogue: its date or window, the overrides
 * fixed to a date, the signer (whoever signs this year signs anew), the petitions carried over
 * to it, and its number, status and comments. Submission then asks for the missing parts.
 *
 * @example copyPlanForYear(aChoMoiPlan(), 2026, 'p-2').title // '… trên địa bàn xã Chợ Mới năm 2026'
 */
export function copyPlanForYear(source: PlanContent, year: number, id: string): Plan {
  const content: PlanContent = {
    adminUnitCode: source.adminUnitCode,
    issuer: source.issuer,
    documentSymbol: source.documentSymbol,
    title: retitle(source.title, source.year, year),
    year,
    legalBases: source.legalBases,
    regulationProfileId: source.regulationProfileId,
    purposes: source.purposes,
    requirements: source.requirements,
    topics: source.topics,
    contentSections: source.contentSections,
    format: source.format,
    ...(source.venue ? { venue: source.venue } : {}),
    chairs: source.chairs,
    participantGroups: source.participantGroups,
    tasks: source.tasks,
    recipients: source.recipients,
    scheduleOverrides: source.scheduleOverrides.filter((o) => o.date === undefined),
    carriedOverPetitionIds: [],
  };
  // A deep copy through JSON: the content is plain JSON data (the domain has no structuredClone).
  const copy = JSON.parse(JSON.stringify(content)) as PlanContent;
  return { ...copy, id, status: 'draft', returnComments: [] };
}
