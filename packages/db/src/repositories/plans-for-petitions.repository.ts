import {
  PlanTimingSchema,
  RegulationProfileIdSchema,
  RuleOverrideSchema,
  type IssuerKind,
  type PlanStatus,
  type PlanTiming,
  type RegulationProfileId,
  type RuleOverride,
} from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../tables/index.js';
import { toPetitionRecord, type PetitionRecord } from './petitions-rows.repository.js';

/**
 * What the petition workflow needs of its plan: the issuer (who leads), the state (whether the
 * conference is in session) and what the plan's schedule is computed from — read straight from
 * the `plans` row so this feature does not depend on the plans repository's shape.
 */
export interface PetitionPlanFacts {
  id: string;
  adminUnitCode: string;
  issuerKind: IssuerKind;
  status: PlanStatus;
  title: string;
  regulationProfileId: RegulationProfileId;
  timing: PlanTiming | undefined;
  scheduleOverrides: RuleOverride[];
  issuedOn: string | null;
  noticeIssuedOn: string | null;
  heldOn: string | null;
  conclusionIssuedOn: string | null;
}

/** The schedule parts of the content JSON; anything else in it is not this feature's business. */
function scheduleContent(json: string): { timing?: PlanTiming; scheduleOverrides: RuleOverride[] } {
  const content = JSON.parse(json) as { timing?: unknown; scheduleOverrides?: unknown };
  const timing = PlanTimingSchema.safeParse(content.timing);
  const overrides = Array.isArray(content.scheduleOverrides) ? content.scheduleOverrides : [];
  return {
    ...(timing.success ? { timing: timing.data } : {}),
    scheduleOverrides: overrides.flatMap((o) => {
      const parsed = RuleOverrideSchema.safeParse(o);
      return parsed.success ? [parsed.data] : [];
    }),
  };
}

/** The `plans` columns the facts are read from. */
interface PlanFactsRow {
  id: string;
  admin_unit_code: string;
  issuer_kind: string;
  status: string;
  title: string;
  regulation_profile_id: string;
  content_json: string;
  issued_on: string | null;
  notice_issued_on: string | null;
  held_on: string | null;
  conclusion_issued_on: string | null;
}

/**
 * The facts of a plan row. The content JSON (the plan's whole text) is parsed only when the
 * schedule is first asked for: most petition steps need the issuer and the state, not the dates
 * (the demo's ~1,100 steps parsed it every time).
 */
function toPlanFacts(row: PlanFactsRow): PetitionPlanFacts {
  let content: ReturnType<typeof scheduleContent> | undefined;
  const schedule = () => (content ??= scheduleContent(row.content_json));
  return {
    id: row.id,
    adminUnitCode: row.admin_unit_code,
    issuerKind: row.issuer_kind as IssuerKind,
    status: row.status as PlanStatus,
    title: row.title,
    regulationProfileId: RegulationProfileIdSchema.parse(row.regulation_profile_id),
    get timing() {
      return schedule().timing;
    },
    get scheduleOverrides() {
      return schedule().scheduleOverrides;
    },
    issuedOn: row.issued_on,
    noticeIssuedOn: row.notice_issued_on,
    heldOn: row.held_on,
    conclusionIssuedOn: row.conclusion_issued_on,
  };
}

const PLAN_FACT_COLUMNS = [
  'id',
  'admin_unit_code',
  'issuer_kind',
  'status',
  'title',
  'regulation_profile_id',
  'content_json',
  'issued_on',
  'notice_issued_on',
  'held_on',
  'conclusion_issued_on',
] as const;

/**
 * The plan a petition belongs to, or undefined.
 *
 * @example const plan = await findPetitionPlan(db, petition.plan_id); plan?.issuerKind // 'party-committee'
 */
export async function findPetitionPlan(
  db: Kysely<Database>,
  planId: string,
): Promise<PetitionPlanFacts | undefined> {
  const row = await db
    .selectFrom('plans')
    .select(PLAN_FACT_COLUMNS)
    .where('id', '=', planId)
    .executeTakeFirst();
  return row && toPlanFacts(row);
}

/**
 * A petition and the facts of its plan, in one query (a workflow step needs both), or
 * undefined. Callers check the tenant, as with `findPetitionById`.
 *
 * @example const found = await findPetitionWithPlan(trx, id); found?.plan.issuerKind // 'commune-committee'
 */
export async function findPetitionWithPlan(
  db: Kysely<Database>,
  petitionId: string,
): Promise<{ petition: PetitionRecord; plan: PetitionPlanFacts } | undefined> {
  const row = await db
    .selectFrom('petitions')
    .innerJoin('plans', 'plans.id', 'petitions.plan_id')
    .selectAll('petitions')
    .select([
      'plans.admin_unit_code as plan_admin_unit_code',
      'plans.issuer_kind as plan_issuer_kind',
      'plans.status as plan_status',
      'plans.title as plan_title',
      'plans.regulation_profile_id as plan_regulation_profile_id',
      'plans.content_json as plan_content_json',
      'plans.issued_on as plan_issued_on',
      'plans.notice_issued_on as plan_notice_issued_on',
      'plans.held_on as plan_held_on',
      'plans.conclusion_issued_on as plan_conclusion_issued_on',
    ])
    .where('petitions.id', '=', petitionId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    petition: toPetitionRecord(row),
    plan: toPlanFacts({
      id: row.plan_id,
      admin_unit_code: row.plan_admin_unit_code,
      issuer_kind: row.plan_issuer_kind,
      status: row.plan_status,
      title: row.plan_title,
      regulation_profile_id: row.plan_regulation_profile_id,
      content_json: row.plan_content_json,
      issued_on: row.plan_issued_on,
      notice_issued_on: row.plan_notice_issued_on,
      held_on: row.plan_held_on,
      conclusion_issued_on: row.plan_conclusion_issued_on,
    }),
  };
}
