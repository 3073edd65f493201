import {
  toSearchKey,
  type IsoDate,
  type Plan,
  type PlanContent,
  type PlanStatus,
  type ReturnComment,
} from '@doithoai/domain';
import type { PlanRow, PlansTable } from '../tables/index.js';

/** Dates of the plan's events after approval, kept in their own columns (not in the content). */
export interface RecordedPlanDates {
  noticeIssuedOn: IsoDate | null;
  heldOn: IsoDate | null;
  conclusionIssuedOn: IsoDate | null;
}

export const NO_RECORDED_DATES: RecordedPlanDates = {
  noticeIssuedOn: null,
  heldOn: null,
  conclusionIssuedOn: null,
};

/** A stored plan: the domain's `Plan`, its optimistic-concurrency version and its event dates. */
export interface PlanRecord {
  plan: Plan;
  version: number;
  recorded: RecordedPlanDates;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * Splits a `Plan` into what the office edits (`content_json`) and the workflow's own fields.
 *
 * @example planContentOf(aChoMoiPlan()).title // 'Tổ chức đối thoại trực tiếp …'
 */
export function planContentOf(plan: Plan): PlanContent {
  const {
    id: _id,
    status: _status,
    documentNumber: _number,
    issuedOn: _issuedOn,
    statusReason: _reason,
    returnComments: _comments,
    ...content
  } = plan;
  return content;
}

type PlanColumns = Omit<PlansTable, 'id' | 'version' | 'created_by' | 'created_at' | 'updated_at'>;

/**
 * The columns a plan is stored in: the content as JSON plus the indexed copies the lists and
 * the unique number constraint need (search key from the title, the date or the window).
 *
 * @example planColumns(aChoMoiPlan(), NO_RECORDED_DATES).dialogue_date // '2025-12-10'
 */
export function planColumns(plan: Plan, recorded: RecordedPlanDates): PlanColumns {
  const content = planContentOf(plan);
  const timing = content.timing;
  return {
    admin_unit_code: content.adminUnitCode,
    issuer_kind: content.issuer.kind,
    document_symbol: content.documentSymbol,
    document_number: plan.documentNumber ?? null,
    year: content.year,
    title: content.title,
    search_key: toSearchKey(content.title),
    regulation_profile_id: content.regulationProfileId,
    status: plan.status,
    dialogue_date: timing?.kind === 'date' ? timing.date : null,
    window_from: timing?.kind === 'window' ? timing.from : null,
    window_to: timing?.kind === 'window' ? timing.to : null,
    issued_on: plan.issuedOn ?? null,
    notice_issued_on: recorded.noticeIssuedOn,
    held_on: recorded.heldOn,
    conclusion_issued_on: recorded.conclusionIssuedOn,
    status_reason: plan.statusReason ?? null,
    content_json: JSON.stringify(content),
    return_comments_json: JSON.stringify(plan.returnComments),
  };
}

/**
 * A row back to the domain's shape (camelCase; absent optional fields left out, not null).
 *
 * @example toPlanRecord(row).plan.status // 'draft'
 */
export function toPlanRecord(row: PlanRow): PlanRecord {
  const content = JSON.parse(row.content_json) as PlanContent;
  const plan: Plan = {
    ...content,
    id: row.id,
    status: row.status as PlanStatus,
    returnComments: JSON.parse(row.return_comments_json) as ReturnComment[],
    ...(row.document_number === null ? {} : { documentNumber: Number(row.document_number) }),
    ...(row.issued_on === null ? {} : { issuedOn: row.issued_on }),
    ...(row.status_reason === null ? {} : { statusReason: row.status_reason }),
  };
  return {
    plan,
    version: Number(row.version),
    recorded: {
      noticeIssuedOn: row.notice_issued_on,
      heldOn: row.held_on,
      conclusionIssuedOn: row.conclusion_issued_on,
    },
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
