import { computePlanSchedule, planScheduleInput } from '@doithoai/domain';
import { aKhoenOnPlan, aThanUyenPlan } from '@doithoai/domain/testing';
import { attendanceOf, createSeedPlan, minutesOf, planSteps } from './demo-dialogue-helpers.js';
import {
  drawPetitions,
  type BeforeStep,
  type DialogueSetting,
  type Recipe,
} from './demo-recipes.js';
import { carryOverPetitions, runAfterConference } from './demo-runner-after.js';
import { prepareBeforeConference } from './demo-runner-before.js';
import { runConference } from './demo-runner-conference.js';
import type { DemoWorld } from './demo-world.js';
import { required } from './demo-required.js';

// Khoen On: the dialogue the Than Uyên district Party committee held with the People of the
// commune in 2023 (seed 002), from plan to conclusion, closed once its unresolved petitions
// moved to the commune's own next dialogue; and that dialogue's plan (seed 001), submitted and
// waiting in the chair's approval queue.

const PREPARED: BeforeStep[] = ['triage', 'assign', 'draft', 'approve'];
const ASSIGNED: BeforeStep[] = ['triage', 'assign'];

/** Every petition of a closed dialogue ends settled, answered, referred, withdrawn or carried over. */
const RECIPES: readonly Recipe[] = [
  { count: 9, before: PREPARED, outcome: 'answered-at-conference', after: ['accept'] },
  { count: 3, floor: true, outcome: 'answered-at-conference', after: ['accept'] },
  { count: 4, before: PREPARED, outcome: 'answered-at-conference' },
  { count: 2, before: PREPARED, outcome: 'answered-at-conference', late: true, after: ['accept'] },
  {
    count: 5,
    before: ASSIGNED,
    outcome: 'answer-in-writing',
    after: ['draft', 'approve', 'send', 'accept'],
  },
  { count: 3, before: ASSIGNED, outcome: 'answer-in-writing', after: ['draft', 'approve', 'send'] },
  { count: 3, competence: 'upper-level', before: ['triage'], outcome: 'forwarded-upward' },
  {
    count: 2,
    competence: 'upper-level',
    before: ['triage'],
    outcome: 'forwarded-upward',
    after: ['reply', 'accept'],
  },
  { count: 3, competence: 'other-body', before: ['triage'], outcome: 'guided-to-other-body' },
  {
    count: 4,
    before: PREPARED,
    outcome: 'answered-at-conference',
    after: ['reject', 'carry-over'],
  },
  { count: 1, before: ASSIGNED, outcome: 'answer-in-writing', after: ['carry-over'] },
  { count: 2, before: ['triage', 'withdraw'] },
];

const HELD_ON = '2023-10-12';

/**
 * The Khoen On story, through the API.
 *
 * @example await seedKhoenOn(world)
 */
export async function seedKhoenOn(w: DemoWorld): Promise<void> {
  const { clock } = w;
  const office = w.as('party-office');
  const secretary = w.as('party-secretary');
  const thanUyen = aThanUyenPlan();
  const venue = { name: 'Nhà văn hóa bản Mỳ, xã Khoen On' };
  // Recorded by the commune's Party office as the district's dossier went, on the days it went.
  const planId = await createSeedPlan(w, office, clock.at('2023-08-28', '09:00'), thanUyen);
  const step = planSteps(w, planId);
  await step(office, '2023-09-05', '10:00', (api, ref) =>
    api.plans.update({
      ...ref,
      timing: { kind: 'date', date: HELD_ON, startTime: '07:30' },
      venue,
    }),
  );
  await step(office, '2023-09-12', '15:00', (api, ref) => api.plans.submit(ref));
  await step(secretary, '2023-09-20', '10:00', (api, ref) =>
    api.plans.approve({ ...ref, documentNumber: 118, issuedOn: '2023-09-20' }),
  );
  await step(office, '2023-09-27', '08:00', (api, ref) =>
    api.plans.announce({ ...ref, noticeIssuedOn: '2023-09-27' }),
  );
  const plan = { ...thanUyen, venue, timing: { kind: 'date' as const, date: HELD_ON } };
  // Lai Châu's QC 06: the Front sends the registrations ≥ 7 days before; later ones are late.
  const compilation = required(
    computePlanSchedule(clock.calendar, planScheduleInput(plan)).find(
      (e) => e.ruleId === 'front-compilation',
    )?.dueDate,
    "the due date of the Front's compilation",
  );
  const setting: DialogueSetting = {
    planId,
    issuerKind: thanUyen.issuer.kind,
    registrationFrom: '2023-09-28',
    cutoff: compilation,
    lateUntil: '2023-10-11',
    heldOn: HELD_ON,
    beforeUntil: '2023-10-11',
    afterUntil: '2023-12-29',
  };
  const specs = drawPetitions(w, setting, RECIPES);
  await prepareBeforeConference(w, setting, specs);
  await runConference(w, setting, specs, {
    attendance: attendanceOf(plan, w.random),
    minutes: minutesOf(plan, HELD_ON, specs, 'Bí thư Huyện ủy Than Uyên'),
  });
  await step(office, HELD_ON, '16:30', (api, ref) => api.plans.hold({ ...ref, heldOn: HELD_ON }));
  await step(secretary, '2023-10-19', '15:00', (api, ref) =>
    api.plans.conclude({ ...ref, conclusionIssuedOn: '2023-10-19' }),
  );
  await runAfterConference(w, setting, specs);

  const khoenOn = aKhoenOnPlan();
  const government = w.as('government-office');
  const khoenOnId = await createSeedPlan(w, government, clock.at(clock.wd(-6), '09:00'), khoenOn);
  await planSteps(w, khoenOnId)(government, clock.wd(-3), '16:00', (api, ref) =>
    api.plans.submit(ref),
  );
  await carryOverPetitions(w, setting, specs, khoenOnId, clock.wd(-2));
  await step(office, clock.wd(-1), '10:00', (api, ref) => api.plans.close(ref));
}
