import { publicResultsCache } from '../public/results-cache.js';
import {
  appendAudit,
  updatePetition,
  type Database,
  type PetitionChanges,
  type PetitionPlanFacts,
  type PetitionRecord,
} from '@doithoai/db';
import {
  DomainError,
  transitionPetition,
  type PetitionEvent,
  type PetitionPayloads,
} from '@doithoai/domain';
import { TRPCError } from '@trpc/server';
import type { Kysely } from 'kysely';
import type { Context, SessionUser } from '../../context.js';
import { fail, staleVersion } from '../../errors.js';
import { notifyPetitionStep } from '../../notifications/petition-notifications.js';
import { writablePetitionWithPlan } from './petition-access.js';

/** One step of a petition's workflow: the event, its payload from the stored petition, what to save. */
export interface PetitionStep<E extends PetitionEvent> {
  id: string;
  expectedVersion: number;
  event: E;
  /** The payload the machine checks, built from the stored petition and the request. */
  payload(petition: PetitionRecord, plan: PetitionPlanFacts): PetitionPayloads[E];
  /** Columns to save beside the new status. */
  patch?(
    petition: PetitionRecord,
    plan: PetitionPlanFacts,
    trx: Kysely<Database>,
  ): PetitionChanges | Promise<PetitionChanges>;
  /** Rows of other tables the step writes (an answer, a citizen's response), same transaction. */
  afterSave?(trx: Kysely<Database>, before: PetitionRecord, after: PetitionRecord): Promise<void>;
  /** The reason or comment kept in the audit trail. */
  reason?: string | null;
}

/**
 * Who takes a step: a signed-in user, or a citizen on the public tracking page, who has no
 * account (`accountId: null`) and reaches only their own petition through its tracking code.
 */
export type StepActor = Pick<SessionUser, 'role' | 'adminUnitCode' | 'organisationId'> & {
  accountId: string | null;
};

function actorOf(user: StepActor) {
  return {
    role: user.role,
    ...(user.accountId ? { userId: user.accountId } : {}),
    ...(user.organisationId ? { organisationId: user.organisationId } : {}),
  };
}

/**
 * The plans a procedure has already read, by id, for the length of that one procedure (a batch
 * of steps on one dialogue parses its plan's schedule once, not once a petition). Petition steps
 * never change their plan, so a plan read earlier in the same transaction is still the stored one.
 */
export type PlanFactsCache = Map<string, PetitionPlanFacts>;

/**
 * Runs one step inside the caller's transaction: load the petition and its plan in one query
 * (tenant and department visibility), check the version, ask the domain (`transitionPetition`),
 * save at the expected version, write the step's other rows and the audit entry. Any refusal throws, so the transaction rolls back.
 * `plans`: the procedure's own cache of the plans it read (`PlanFactsCache`), for batches.
 *
 * @example
 * const row = await ctx.db.transaction().execute((trx) => applyPetitionStep(trx, ctx, user, { id, expectedVersion, event: 'approve-answer', payload: () => ({}) }));
 */
export async function applyPetitionStep<E extends PetitionEvent>(
  trx: Kysely<Database>,
  ctx: Context,
  user: StepActor,
  step: PetitionStep<E>,
  plans?: PlanFactsCache,
): Promise<PetitionRecord> {
  const { petition: row, plan: stored } = await writablePetitionWithPlan(trx, user, step.id);
  if (row.version !== step.expectedVersion) staleVersion('Kiến nghị');
  // A plan already in the batch's cache keeps its parsed schedule.
  const plan = plans?.get(row.planId) ?? stored;
  plans?.set(row.planId, plan);
  const before = row;
  const result = transitionPetition(row.status, step.event, actorOf(user), {
    issuerKind: plan.issuerKind,
    ...step.payload(before, plan),
  });
  if (!result.ok) fail(result.error);
  const now = ctx.requestTime.toISOString();
  const patch = { ...(await step.patch?.(before, plan, trx)), status: result.value.state };
  const saved = await updatePetition(trx, row.id, step.expectedVersion, patch, now);
  if (!saved) staleVersion('Kiến nghị');
  const after = saved;
  await step.afterSave?.(trx, before, after);
  // The messages the step warrants, in its transaction: a refused or rolled-back step sends none.
  await notifyPetitionStep(trx, ctx, step.event, after);
  await appendAudit(trx, {
    at: now,
    actor: { accountId: user.accountId, role: user.role },
    adminUnitCode: row.adminUnitCode,
    action: `petition.${step.event}`,
    entityType: 'petition',
    entityId: row.id,
    before,
    after,
    reason: step.reason ?? null,
  });
  return saved;
}

/** One step in its own transaction. @example const row = await runPetitionStep(ctx, user, step); */
export function runPetitionStep<E extends PetitionEvent>(
  ctx: Context,
  user: StepActor,
  step: PetitionStep<E>,
): Promise<PetitionRecord> {
  return ctx.db
    .transaction()
    .execute((trx) => applyPetitionStep(trx, ctx, user, step))
    .then((saved) => {
      // The published results of its dialogue may have changed (issue 17: cached a minute).
      publicResultsCache(ctx.deps).invalidate(saved.planId);
      return saved;
    });
}

/**
 * The DomainError behind a refusal (thrown as is, or wrapped for tRPC), else undefined.
 *
 * @example domainErrorOf(toTrpcError(error)) === error // true
 */
export function domainErrorOf(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (error instanceof TRPCError && error.cause instanceof DomainError) return error.cause;
  return undefined;
}
