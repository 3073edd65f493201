import {
  appendAudit,
  findConference,
  saveConference,
  type ConferencePatch,
  type ConferenceRecord,
  type PetitionPlanFacts,
} from '@doithoai/db';
import { endConference, startConference, type DomainError, type Result } from '@doithoai/domain';
import type { Context, SessionUser } from '../../context.js';
import { fail, staleVersion } from '../../errors.js';
import { DIALOGUE_STAFF, PETITION_READERS } from '../../access.js';
import { router, staffProcedure } from '../../trpc.js';
import { readablePlan, requireDialogueStaff, writablePlan } from '../petitions/petition-access.js';
import { raisePetitionFromFloor } from './conference-floor.js';
import { recordConferenceOutcome } from './conference-outcome.js';
import { toPetitionView } from '../petitions/petition-view.js';
import { RaiseFromFloorRequestSchema } from '../petitions/petitions.types.js';
import {
  ConferenceKeySchema,
  RecordOutcomeRequestSchema,
  SaveAgendaRequestSchema,
  SaveAttendanceRequestSchema,
  SaveMinutesRequestSchema,
} from './conference.types.js';
import { conferenceView } from './conference-view.js';

interface ConferenceChange {
  planId: string;
  /** Undefined for start/end, which are idempotent and take the current version. */
  expectedVersion?: number;
  action: string;
  label: string;
  /** The change, or null when there is nothing to save (the same content again). */
  decide(current: ConferenceRecord | undefined, plan: PetitionPlanFacts): ConferencePatch | null;
}

/**
 * Saves one part of the conference at its version, with the audit entry, in one transaction.
 * Saving what is already stored writes nothing, whatever the version: the conference-mode
 * screen autosaves, and a repeated save must stay harmless.
 */
async function changeConference(ctx: Context, user: SessionUser, change: ConferenceChange) {
  const plan = await writablePlan(ctx.db, user, change.planId);
  requireDialogueStaff(user, plan, change.label);
  const now = ctx.requestTime.toISOString();
  const conference = await ctx.db.transaction().execute(async (trx) => {
    const current = await findConference(trx, plan.id);
    const patch = change.decide(current, plan);
    if (!patch) return current;
    const version = current?.version ?? 0;
    if (change.expectedVersion !== undefined && change.expectedVersion !== version)
      staleVersion('Hội nghị');
    const key = { planId: plan.id, adminUnitCode: plan.adminUnitCode };
    const saved = await saveConference(trx, key, version, patch, now);
    if (!saved) staleVersion('Hội nghị');
    await appendAudit(trx, {
      at: now,
      actor: { accountId: user.accountId, role: user.role },
      adminUnitCode: plan.adminUnitCode,
      action: change.action,
      entityType: 'conference',
      entityId: plan.id,
      before: current ?? null,
      after: saved,
    });
    return saved;
  });
  return conferenceView(ctx.db, plan, conference, user, ctx.today);
}

function sessionPatch(
  result: Result<
    { startedAt: string | null; endedAt: string | null; changed: boolean },
    DomainError
  >,
) {
  if (!result.ok) fail(result.error);
  const { changed, ...session } = result.value;
  return changed ? session : null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The dialogue conference (docs/domain.md §5): the offices and leaders run it; the Front reads. */
/** When the stored session opened and closed (nothing stored yet: neither). */
const sessionOf = (current: ConferenceRecord | undefined) => ({
  startedAt: current?.startedAt ?? null,
  endedAt: current?.endedAt ?? null,
});

export const conferenceRouter = router({
  get: staffProcedure(PETITION_READERS)
    .input(ConferenceKeySchema)
    .query(async ({ ctx, input }) => {
      const plan = await readablePlan(ctx, ctx.user, input.planId);
      return conferenceView(
        ctx.db,
        plan,
        await findConference(ctx.db, plan.id),
        ctx.user,
        ctx.today,
      );
    }),

  start: staffProcedure(DIALOGUE_STAFF)
    .input(ConferenceKeySchema)
    .mutation(({ ctx, input }) => {
      const at = ctx.requestTime.toISOString();
      return changeConference(ctx, ctx.user, {
        planId: input.planId,
        action: 'conference.start',
        label: 'bắt đầu hội nghị',
        decide: (current, plan) =>
          sessionPatch(startConference(sessionOf(current), { planStatus: plan.status, at })),
      });
    }),

  end: staffProcedure(DIALOGUE_STAFF)
    .input(ConferenceKeySchema)
    .mutation(({ ctx, input }) => {
      const at = ctx.requestTime.toISOString();
      return changeConference(ctx, ctx.user, {
        planId: input.planId,
        action: 'conference.end',
        label: 'kết thúc hội nghị',
        decide: (current) => sessionPatch(endConference(sessionOf(current), at)),
      });
    }),

  saveAgenda: staffProcedure(DIALOGUE_STAFF)
    .input(SaveAgendaRequestSchema)
    .mutation(({ ctx, input }) =>
      changeConference(ctx, ctx.user, {
        ...input,
        action: 'conference.save-agenda',
        label: 'lưu chương trình hội nghị',
        decide: (current) =>
          same(current?.agenda, input.agenda) ? null : { agenda: input.agenda },
      }),
    ),

  saveMinutes: staffProcedure(DIALOGUE_STAFF)
    .input(SaveMinutesRequestSchema)
    .mutation(({ ctx, input }) =>
      changeConference(ctx, ctx.user, {
        ...input,
        action: 'conference.save-minutes',
        label: 'ghi biên bản hội nghị',
        decide: (current) =>
          (current?.minutes ?? '') === input.minutes ? null : { minutes: input.minutes },
      }),
    ),

  saveAttendance: staffProcedure(DIALOGUE_STAFF)
    .input(SaveAttendanceRequestSchema)
    .mutation(({ ctx, input }) =>
      changeConference(ctx, ctx.user, {
        ...input,
        action: 'conference.save-attendance',
        label: 'ghi thành phần tham dự',
        decide: (current) =>
          same(current?.attendance ?? [], input.attendance)
            ? null
            : { attendance: input.attendance },
      }),
    ),

  /** Per petition: answered here, in writing later, forwarded upward or guided elsewhere. */
  recordOutcome: staffProcedure(DIALOGUE_STAFF)
    .input(RecordOutcomeRequestSchema)
    .mutation(async ({ ctx, input }) => {
      const row = await recordConferenceOutcome(ctx, ctx.user, input);
      return toPetitionView(row, await ctx.calendar(), ctx.today, ctx.user);
    }),

  /** A petition raised in person, already in the session's speaking order. */
  raiseFromFloor: staffProcedure(DIALOGUE_STAFF)
    .input(RaiseFromFloorRequestSchema)
    .mutation(async ({ ctx, input }) => {
      const row = await raisePetitionFromFloor(ctx, ctx.user, input);
      return toPetitionView(row, await ctx.calendar(), ctx.today, ctx.user);
    }),
});
