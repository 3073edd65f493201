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
    .select([
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
    ])
    .where('id', '=', planId)
    .executeTakeFirst();
  if (!row) return undefined;
  const content = scheduleContent(row.content_json);
  return {
    id: row.id,
    adminUnitCode: row.admin_unit_code,
    issuerKind: row.issuer_kind as IssuerKind,
    status: row.status as PlanStatus,
    title: row.title,
    regulationProfileId: RegulationProfileIdSchema.parse(row.regulation_profile_id),
    timing: content.timing,
    scheduleOverrides: content.scheduleOverrides,
    issuedOn: row.issued_on,
    noticeIssuedOn: row.notice_issued_on,
    heldOn: row.held_on,
    conclusionIssuedOn: row.conclusion_issued_on,
  };
}
