import {
  appendAudit,
  findConference,
  findPetitionPlan,
  saveConference,
  type ConferencePatch,
  type ConferenceRecord,
  type PetitionPlanFacts,
  type PetitionRow,
} from '@doithoai/db';
import {
  AttendanceSchema,
  endConference,
  requireConferenceStarted,
  startConference,
  type Attendance,
  type DomainError,
  type Result,
  vietnamDateAt,
} from '@doithoai/domain';
import {
  applyDemoPetitionStep,
  registerDemoPetition,
  triageStep,
  type DemoTriage,
} from './demo-petition-steps.js';
import { auditActor, requireOwnCommune, type DemoActor, type DemoWorld } from './demo-world.js';

// The conference router's code path (start, end, attendance, minutes, a petition raised from
// the floor) on the repository and domain functions it calls.

async function changeConference(
  w: DemoWorld,
  actor: DemoActor,
  at: Date,
  planId: string,
  action: string,
  decide: (
    current: ConferenceRecord | undefined,
    plan: PetitionPlanFacts,
  ) => ConferencePatch | null,
): Promise<void> {
  const plan = await findPetitionPlan(w.db, planId);
  if (!plan) throw new Error(`Demo: không tìm thấy kế hoạch ${planId}.`);
  requireOwnCommune(actor, plan.adminUnitCode, 'kế hoạch');
  const current = await findConference(w.db, plan.id);
  const patch = decide(current, plan);
  if (!patch) return;
  const when = at.toISOString();
  const key = { planId: plan.id, adminUnitCode: plan.adminUnitCode };
  const saved = await saveConference(w.db, key, current?.version ?? 0, patch, when);
  if (!saved) throw new Error('Demo: hội nghị đã bị thay đổi.');
  await appendAudit(w.db, {
    at: when,
    actor: auditActor(actor),
    adminUnitCode: plan.adminUnitCode,
    action,
    entityType: 'conference',
    entityId: plan.id,
    before: current ?? null,
    after: saved,
  });
}

function session(
  result: Result<
    { startedAt: string | null; endedAt: string | null; changed: boolean },
    DomainError
  >,
) {
  if (!result.ok) throw result.error;
  const { changed, ...times } = result.value;
  return changed ? times : null;
}

/** The conference steps the demo takes on the day of a dialogue. */
export const demoConference = {
  start: (w: DemoWorld, actor: DemoActor, at: Date, planId: string) =>
    changeConference(w, actor, at, planId, 'conference.start', (current, plan) =>
      session(
        startConference(
          { startedAt: current?.startedAt ?? null, endedAt: current?.endedAt ?? null },
          { planStatus: plan.status, at: at.toISOString() },
        ),
      ),
    ),
  end: (w: DemoWorld, actor: DemoActor, at: Date, planId: string) =>
    changeConference(w, actor, at, planId, 'conference.end', (current) =>
      session(
        endConference(
          { startedAt: current?.startedAt ?? null, endedAt: current?.endedAt ?? null },
          at.toISOString(),
        ),
      ),
    ),
  attendance: (
    w: DemoWorld,
    actor: DemoActor,
    at: Date,
    planId: string,
    attendance: Attendance[],
  ) =>
    changeConference(w, actor, at, planId, 'conference.save-attendance', () => ({
      attendance: AttendanceSchema.array().parse(attendance),
    })),
  minutes: (w: DemoWorld, actor: DemoActor, at: Date, planId: string, minutes: string) =>
    changeConference(w, actor, at, planId, 'conference.save-minutes', () => ({ minutes })),
};

/**
 * `conference.raiseFromFloor`: a petition raised in person once the session has opened, as
 * `raised-at-conference` (never late), triaged on the spot.
 *
 * @example await raiseDemoPetitionFromFloor(world, office, at, registration, triage)
 */
export async function raiseDemoPetitionFromFloor(
  w: DemoWorld,
  actor: DemoActor,
  at: Date,
  registration: { planId: string } & Record<string, unknown>,
  triage: DemoTriage,
): Promise<PetitionRow> {
  const conference = await findConference(w.db, registration.planId);
  const notStarted = requireConferenceStarted(
    conference ?? { startedAt: null, endedAt: null },
    'ghi nhận ý kiến nêu tại hội nghị',
  );
  if (notStarted) throw notStarted;
  const row = await registerDemoPetition(w, actor, at, {
    ...registration,
    channel: 'raised-at-conference',
    // The API takes the day of the request (Vietnam) as the day it was received.
    receivedOn: vietnamDateAt(at),
    wantsToSpeak: true,
  });
  return applyDemoPetitionStep(w, actor, at, row.id, triageStep(actor, at, triage));
}
