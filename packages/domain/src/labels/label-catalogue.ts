import { ROLE_LABELS } from '../accounts/role.schema.js';
import { ORGANISATION_KIND_LABELS } from '../accounts/organisation.schema.js';
import {
  ADMIN_LEVEL_LABELS,
  COMMUNE_KIND_LABELS,
  DISTRICT_KIND_LABELS,
  PROVINCE_KIND_LABELS,
} from '../admin-units/admin-unit.schema.js';
import { VILLAGE_KIND_LABELS } from '../admin-units/village.schema.js';
import { AUDIT_ENTITY_TYPE_LABELS } from '../audit/audit-entry.schema.js';
import { AGENDA_ITEM_KIND_LABELS } from '../conference/agenda.schema.js';
import { PETITION_OUTCOME_KIND_LABELS } from '../conference/conference-outcome.schema.js';
import { BOARD_BUCKET_LABELS } from '../deadlines/deadline-board.js';
import { DEADLINE_STATE_LABELS } from '../deadlines/deadline-state.js';
import { ANCHOR_EVENT_LABELS } from '../deadlines/rule.schema.js';
import { PUBLICATION_CHANNEL_LABELS } from '../follow-up/conclusion-notice.schema.js';
import { NOTICE_METHOD_LABELS } from '../follow-up/extension.schema.js';
import { FOLLOW_UP_STATUS_LABELS } from '../follow-up/follow-up.status.js';
import {
  CONSENT_CHANNEL_LABELS,
  CONSENT_PURPOSE_LABELS,
  ONLINE_WITHDRAWABLE_PURPOSE_LABELS,
} from '../petitions/consent.schema.js';
import { PETITION_CHANNEL_LABELS, PETITION_KIND_LABELS } from '../petitions/petition.schema.js';
import { PETITION_STATUS_LABELS } from '../petitions/petition.status.js';
import {
  COMPETENCE_LABELS,
  COMPLEXITY_LABELS,
  PETITION_FIELD_LABELS,
  URGENCY_LABELS,
} from '../petitions/triage.schema.js';
import {
  ANSWER_DELIVERY_LABELS,
  ANSWER_STAGE_LABELS,
  CITIZEN_RESPONSE_LABELS,
} from '../petitions/written-answer.schema.js';
import {
  LEGAL_BASIS_RELATION_LABELS,
  LEGAL_DOCUMENT_TYPE_LABELS,
} from '../plans/legal-basis.schema.js';
import { ISSUER_KIND_LABELS } from '../plans/plan-document.schema.js';
import {
  CHAIR_ROLE_LABELS,
  PARTICIPANT_GROUP_KIND_LABELS,
} from '../plans/plan-participants.schema.js';
import { COPY_KIND_LABELS, RECIPIENT_PURPOSE_LABELS } from '../plans/plan-recipients.schema.js';
import { PLAN_FORMAT_LABELS } from '../plans/plan-timing.schema.js';
import { PLAN_DOCUMENT_KIND_LABELS } from '../plans/plan-documents.js';
import { PLAN_PHASE_LABELS } from '../plans/plan-phase.js';
import { PLAN_STATUS_LABELS } from '../plans/plan.status.js';
import { SIGNER_TITLE_LABELS, SIGNING_AUTHORITY_LABELS } from '../plans/signer.schema.js';
import {
  NOTIFICATION_CHANNEL_LABELS,
  NOTIFICATION_KIND_LABELS,
  NOTIFICATION_STATUS_LABELS,
} from '../notifications/notification.schema.js';
import { FINDING_KIND_LABELS } from '../supervision/finding.schema.js';
import { TODO_KIND_LABELS } from '../work/todo.js';
import { CHANNEL_SOURCE_LABELS } from '../notifications/channel-settings.js';
import { ADMIN_SCOPE_LABELS, UNIT_LEVEL_LABELS } from '../administration/admin-scope.js';
import {
  DEADLINE_FILTER_LABELS,
  DIRECTION_LABELS,
  FOLLOW_UP_EVENT_LABELS,
  HOLIDAY_KIND_LABELS,
  PERIOD_UNIT_LABELS,
  PETITION_EVENT_LABELS,
  PLAN_EVENT_LABELS,
  QUOTA_ALLOCATION_LABELS,
  REGULATION_PROFILE_LABELS,
  REPORTING_PERIOD_LABELS,
  RULE_LABELS,
} from './enum-labels.js';

/**
 * Every enum value of the domain and its Vietnamese label, by kind: the one place a screen, a
 * document or a message looks a code up ("answered-at-conference" → "Đã trả lời tại hội nghị").
 * Each record stays beside its enum (or in `enum-labels.ts` when it had none); this is the
 * index. `label-catalogue.test.ts` walks the domain's exports and fails on an enum value
 * without a label.
 */
export const LABELS = {
  role: ROLE_LABELS,
  adminScope: ADMIN_SCOPE_LABELS,
  unitLevel: UNIT_LEVEL_LABELS,
  organisationKind: ORGANISATION_KIND_LABELS,
  adminLevel: ADMIN_LEVEL_LABELS,
  provinceKind: PROVINCE_KIND_LABELS,
  districtKind: DISTRICT_KIND_LABELS,
  communeKind: COMMUNE_KIND_LABELS,
  villageKind: VILLAGE_KIND_LABELS,
  auditEntityType: AUDIT_ENTITY_TYPE_LABELS,
  agendaItemKind: AGENDA_ITEM_KIND_LABELS,
  petitionOutcomeKind: PETITION_OUTCOME_KIND_LABELS,
  deadlineState: DEADLINE_STATE_LABELS,
  boardBucket: BOARD_BUCKET_LABELS,
  anchorEvent: ANCHOR_EVENT_LABELS,
  publicationChannel: PUBLICATION_CHANNEL_LABELS,
  noticeMethod: NOTICE_METHOD_LABELS,
  followUpStatus: FOLLOW_UP_STATUS_LABELS,
  consentPurpose: CONSENT_PURPOSE_LABELS,
  onlineWithdrawablePurpose: ONLINE_WITHDRAWABLE_PURPOSE_LABELS,
  consentChannel: CONSENT_CHANNEL_LABELS,
  petitionKind: PETITION_KIND_LABELS,
  petitionChannel: PETITION_CHANNEL_LABELS,
  petitionStatus: PETITION_STATUS_LABELS,
  petitionField: PETITION_FIELD_LABELS,
  urgency: URGENCY_LABELS,
  competence: COMPETENCE_LABELS,
  complexity: COMPLEXITY_LABELS,
  answerDelivery: ANSWER_DELIVERY_LABELS,
  answerStage: ANSWER_STAGE_LABELS,
  citizenResponse: CITIZEN_RESPONSE_LABELS,
  legalDocumentType: LEGAL_DOCUMENT_TYPE_LABELS,
  legalBasisRelation: LEGAL_BASIS_RELATION_LABELS,
  issuerKind: ISSUER_KIND_LABELS,
  chairRole: CHAIR_ROLE_LABELS,
  participantGroupKind: PARTICIPANT_GROUP_KIND_LABELS,
  copyKind: COPY_KIND_LABELS,
  recipientPurpose: RECIPIENT_PURPOSE_LABELS,
  planFormat: PLAN_FORMAT_LABELS,
  planStatus: PLAN_STATUS_LABELS,
  planPhase: PLAN_PHASE_LABELS,
  planDocumentKind: PLAN_DOCUMENT_KIND_LABELS,
  signerTitle: SIGNER_TITLE_LABELS,
  signingAuthority: SIGNING_AUTHORITY_LABELS,
  findingKind: FINDING_KIND_LABELS,
  notificationKind: NOTIFICATION_KIND_LABELS,
  notificationChannel: NOTIFICATION_CHANNEL_LABELS,
  notificationStatus: NOTIFICATION_STATUS_LABELS,
  todoKind: TODO_KIND_LABELS,
  channelSource: CHANNEL_SOURCE_LABELS,

  periodUnit: PERIOD_UNIT_LABELS,
  holidayKind: HOLIDAY_KIND_LABELS,
  direction: DIRECTION_LABELS,
  quotaAllocation: QUOTA_ALLOCATION_LABELS,
  reportingPeriod: REPORTING_PERIOD_LABELS,
  deadlineFilter: DEADLINE_FILTER_LABELS,
  rule: RULE_LABELS,
  regulationProfile: REGULATION_PROFILE_LABELS,
  planEvent: PLAN_EVENT_LABELS,
  petitionEvent: PETITION_EVENT_LABELS,
  followUpEvent: FOLLOW_UP_EVENT_LABELS,
} as const;

export type LabelKind = keyof typeof LABELS;
/** The values of one kind: `LabelValue<'planStatus'>` is `PlanStatus`. */
export type LabelValue<K extends LabelKind> = keyof (typeof LABELS)[K] & string;

/**
 * The Vietnamese label of an enum value; the value itself when it is unknown (old data), so a
 * screen never shows an empty cell.
 *
 * @example labelOf('petitionOutcomeKind', 'guided-to-other-body') // 'Hướng dẫn đến cơ quan khác'
 */
export function labelOf<K extends LabelKind>(kind: K, value: LabelValue<K>): string;
export function labelOf(kind: LabelKind, value: string): string;
export function labelOf(kind: LabelKind, value: string): string {
  const labels = LABELS[kind] as Readonly<Record<string, string>>;
  return Object.hasOwn(labels, value) ? (labels[value] ?? value) : value;
}
