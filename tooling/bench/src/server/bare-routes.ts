import { createHash } from 'node:crypto';
import type { CalendarProvider } from '@doithoai/api/server';
import {
  appendAudit,
  findPetitionPlan,
  insertPetition,
  listVillages,
  type Database,
} from '@doithoai/db';
import {
  computePlanSchedule,
  isLatePetition,
  IsoDateSchema,
  planScheduleInput,
  RegisterPetitionInputSchema,
  REGULATION_PROFILES,
  resolveProfileRules,
  toSearchKey,
  vietnamDateAt,
} from '@doithoai/domain';
import type { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Kysely } from 'kysely';
import { z } from 'zod';

// The baseline of "tRPC ÷ bare Hono": the same work as `petitions.register` and a public query,
// without tRPC — the same session lookup, the same two-step zod validation (the API's request
// schema, then the domain's schema once `receivedOn` is filled in), the same repository calls
// (plan, villages, insert with `returning`, audit row) in one transaction, the same schedule
// computation for the late flag, and the same JSON shape back.

const RequestSchema = z.object({
  ...RegisterPetitionInputSchema.shape,
  receivedOn: IsoDateSchema.optional(),
});

const SESSION_COOKIE = 'doithoai_session';

async function sessionUser(db: Kysely<Database>, token: string | undefined) {
  if (!token) return null;
  const tokenHash = createHash('sha256').update(token).digest('hex');
  const row = await db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .select([
      'sessions.token_hash',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'sessions.ended_at',
      'accounts.id as account_id',
      'accounts.role',
      'accounts.admin_unit_code',
      'accounts.active',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row || row.ended_at || row.active !== 1) return null;
  return row;
}

export interface BareDependencies {
  db: Kysely<Database>;
  now: () => Date;
  calendars: CalendarProvider;
}

/**
 * Mounts `/bare/profiles` (`deadlines.profiles` without tRPC) and `/bare/register`
 * (`petitions.register` without tRPC) on a Hono app.
 *
 * @example mountBareRoutes(app, { db, now, calendars });
 */
export function mountBareRoutes(app: Hono, deps: BareDependencies): void {
  // The same answer as `deadlines.profiles` (a public query), computed the same way.
  app.get('/bare/profiles', (c) =>
    c.json({
      result: {
        data: Object.values(REGULATION_PROFILES).map((profile) => ({
          id: profile.id,
          name: profile.name,
          source: profile.document,
          extends: profile.extends ?? null,
          rules: resolveProfileRules(profile.id),
        })),
      },
    }),
  );

  app.post('/bare/register', async (c) => {
    const user = await sessionUser(deps.db, getCookie(c, SESSION_COOKIE));
    if (!user) return c.json({ error: 'UNAUTHORIZED' }, 401);
    const request = RequestSchema.safeParse(await c.req.json());
    if (!request.success) return c.json({ error: request.error.issues }, 400);
    const now = deps.now();
    const today = vietnamDateAt(now);
    const input = RegisterPetitionInputSchema.safeParse({
      ...request.data,
      receivedOn: request.data.receivedOn ?? today,
    });
    if (!input.success) return c.json({ error: input.error.issues }, 400);
    const calendar = await deps.calendars.get(deps.db);
    const plan = await findPetitionPlan(deps.db, input.data.planId);
    if (!plan || plan.adminUnitCode !== user.admin_unit_code)
      return c.json({ error: 'NOT_FOUND' }, 404);
    const villages = new Set((await listVillages(deps.db, plan.adminUnitCode)).map((v) => v.id));
    const { petitioner } = input.data;
    if (petitioner.villageId && !villages.has(petitioner.villageId))
      return c.json({ error: 'VILLAGE_UNKNOWN' }, 400);
    const schedule = computePlanSchedule(
      calendar,
      planScheduleInput(
        {
          regulationProfileId: plan.regulationProfileId,
          timing: plan.timing,
          scheduleOverrides: plan.scheduleOverrides,
          issuedOn: plan.issuedOn ?? undefined,
        },
        {
          noticeIssuedOn: plan.noticeIssuedOn ?? undefined,
          heldOn: plan.heldOn ?? undefined,
          conclusionIssuedOn: plan.conclusionIssuedOn ?? undefined,
        },
      ),
    );
    const at = now.toISOString();
    const row = await deps.db.transaction().execute(async (trx) => {
      const result = await insertPetition(trx, {
        adminUnitCode: plan.adminUnitCode,
        planId: plan.id,
        status: 'received',
        kind: input.data.kind,
        channel: input.data.channel,
        fullName: petitioner.fullName,
        phone: petitioner.phone ?? null,
        address: petitioner.address ?? null,
        villageId: petitioner.villageId ?? null,
        organisationName: petitioner.organisationName ?? null,
        content: input.data.content,
        searchKey: toSearchKey(
          `${petitioner.fullName} ${input.data.content} ${petitioner.address ?? ''}`,
        ),
        field: input.data.field ?? null,
        wantsToSpeak: input.data.wantsToSpeak,
        receivedOn: input.data.receivedOn,
        isLate: isLatePetition(input.data, schedule),
        consents: input.data.consents,
        idempotencyKey: null,
        idempotencyHash: null,
        createdBy: user.account_id,
        now: at,
      });
      if (!result.inserted) throw new Error('unexpected conflict');
      await appendAudit(trx, {
        at,
        actor: { accountId: user.account_id, role: user.role },
        adminUnitCode: plan.adminUnitCode,
        action: 'petition.register',
        entityType: 'petition',
        entityId: result.petition.id,
        after: result.petition,
      });
      return result.petition;
    });
    return c.json({ result: { data: { ...row, deadline: null } } });
  });
}
