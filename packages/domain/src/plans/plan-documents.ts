import { isPlanAfterDialogue } from './plan-phase.js';
import type { PlanStatus } from './plan.status.js';

/** The documents of one dialogue the server renders (`/documents/plans/:id/…`). */
export const PLAN_DOCUMENT_KINDS = [
  'plan',
  'public-notice',
  'invitation',
  'registration-form',
  'minutes',
  'conclusion',
  'results-report',
  'monthly-progress',
  'register',
] as const;
export type PlanDocumentKind = (typeof PLAN_DOCUMENT_KINDS)[number];
export const PLAN_DOCUMENT_KIND_LABELS = {
  plan: 'Kế hoạch',
  'public-notice': 'Thông báo tổ chức đối thoại',
  invitation: 'Giấy mời',
  'registration-form': 'Phiếu đăng ký tham gia đối thoại',
  minutes: 'Biên bản hội nghị',
  conclusion: 'Thông báo kết luận',
  'results-report': 'Báo cáo kết quả',
  'monthly-progress': 'Báo cáo tiến độ hằng tháng',
  register: 'Sổ theo dõi kiến nghị',
} as const satisfies Record<PlanDocumentKind, string>;

/** What decides whether a document has content yet. */
export interface PlanDocumentFacts {
  status: PlanStatus;
  /** The plan carries its number once approved (the signed plan, the notice, the invitation). */
  approved: boolean;
  /** The conference opened (conference mode) — the minutes have a session to record. */
  conferenceStarted: boolean;
  /** The conclusion notice was issued. */
  conclusionIssued: boolean;
}

/** Available, or why not yet — in Vietnamese, for the person who looks for it. */
export type DocumentAvailability =
  { available: true; reason: null } | { available: false; reason: string };

const yes: DocumentAvailability = { available: true, reason: null };
const no = (reason: string): DocumentAvailability => ({ available: false, reason });

/**
 * Which of a dialogue's documents exist yet (issue 18: an unapproved plan's conclusion notice
 * downloaded a 404, the minutes of a plan not held an empty file). The plan itself is always
 * offered (a draft is edited in Word before signing); the notice, the invitation and the form
 * once the plan is approved; the minutes once the conference has opened (or the dialogue is
 * recorded as held); the conclusion notice
 * once issued; the reports once the dialogue is held.
 *
 * @example planDocumentAvailability({ status: 'draft', approved: false, conferenceStarted: false, conclusionIssued: false }).conclusion.reason // 'Chưa ban hành thông báo kết luận.'
 */
export function planDocumentAvailability(
  facts: PlanDocumentFacts,
): Record<PlanDocumentKind, DocumentAvailability> {
  const cancelled = facts.status === 'cancelled';
  const approvedOnly = facts.approved
    ? yes
    : no('Kế hoạch chưa được phê duyệt: văn bản có sau khi phê duyệt.');
  const held =
    isPlanAfterDialogue(facts.status) || facts.conferenceStarted
      ? yes
      : no('Chưa tổ chức hội nghị đối thoại.');
  return {
    plan: yes,
    'public-notice': cancelled ? no('Kế hoạch đã hủy.') : approvedOnly,
    invitation: cancelled ? no('Kế hoạch đã hủy.') : approvedOnly,
    'registration-form': cancelled ? no('Kế hoạch đã hủy.') : approvedOnly,
    minutes:
      facts.conferenceStarted || isPlanAfterDialogue(facts.status)
        ? yes
        : no('Chưa tổ chức hội nghị: biên bản có khi hội nghị bắt đầu (chế độ hội nghị).'),
    conclusion: facts.conclusionIssued ? yes : no('Chưa ban hành thông báo kết luận.'),
    'results-report': held,
    'monthly-progress': held,
    register: yes,
  };
}
