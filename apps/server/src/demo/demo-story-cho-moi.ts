import { aChoMoiPlan } from '@doithoai/domain/testing';
import { attendanceOf, createSeedPlan, minutesOf, planSteps } from './demo-dialogue-helpers.js';
import {
  drawPetitions,
  type BeforeStep,
  type DialogueSetting,
  type Recipe,
} from './demo-recipes.js';
import { runAfterConference } from './demo-runner-after.js';
import { prepareBeforeConference } from './demo-runner-before.js';
import { runConference } from './demo-runner-conference.js';
import { seedChoMoiFollowUp } from './demo-story-cho-moi-follow-up.js';
import { seedChoMoiNextPlans } from './demo-story-cho-moi-next.js';
import type { DemoWorld } from './demo-world.js';

// Chợ Mới (seed 000): the Party committee's dialogue of 10/12/2025, held and concluded, with a
// year of follow-up behind it — answers in writing (some late), citizens' responses, the
// conclusion notice's tasks in every deadline state, the Front's supervision — and the next
// year's plan returned for changes, with the unresolved petitions carried over to it.

const PREPARED: BeforeStep[] = ['triage', 'assign', 'draft', 'approve'];
const ASSIGNED: BeforeStep[] = ['triage', 'assign'];

const RECIPES: readonly Recipe[] = [
  {
    count: 9,
    before: PREPARED,
    outcome: 'answered-at-conference',
    after: ['accept'],
    tag: 'settled',
  },
  {
    count: 6,
    before: PREPARED,
    outcome: 'answered-at-conference',
    after: ['accept'],
    duplicatesOf: 3,
  },
  {
    count: 3,
    before: ['triage', 'assign', 'draft', 'send-back', 'draft', 'approve'],
    outcome: 'answered-at-conference',
    after: ['accept'],
  },
  { count: 10, before: PREPARED, outcome: 'answered-at-conference' },
  { count: 3, before: ['triage'], outcome: 'answered-at-conference' },
  { count: 3, before: PREPARED, outcome: 'answered-at-conference', late: true },
  { count: 4, floor: true, outcome: 'answered-at-conference', after: ['accept'] },
  { count: 3, floor: true, outcome: 'answered-at-conference' },
  { count: 2, floor: true, outcome: 'answer-in-writing', after: ['draft', 'approve', 'send'] },
  {
    count: 3,
    before: PREPARED,
    outcome: 'answered-at-conference',
    after: ['reject'],
    tag: 'not-settled',
  },
  {
    count: 5,
    before: PREPARED,
    outcome: 'answered-at-conference',
    after: ['reject', 'carry-over'],
  },
  {
    count: 8,
    before: ASSIGNED,
    outcome: 'answer-in-writing',
    after: ['draft', 'approve', 'send', 'accept'],
    tag: 'written',
  },
  {
    count: 6,
    before: ASSIGNED,
    outcome: 'answer-in-writing',
    after: ['draft', 'approve', 'send'],
    answerLate: true,
    tag: 'written-late',
  },
  {
    count: 3,
    before: ASSIGNED,
    outcome: 'answer-in-writing',
    after: ['draft', 'approve', 'send', 'reject'],
  },
  {
    count: 3,
    before: ASSIGNED,
    outcome: 'answer-in-writing',
    after: ['draft', 'approve', 'send', 'reject', 'carry-over'],
  },
  { count: 8, before: ASSIGNED, outcome: 'answer-in-writing', tag: 'awaiting' },
  { count: 2, before: ASSIGNED, outcome: 'answer-in-writing', late: true, tag: 'awaiting' },
  { count: 2, before: ASSIGNED, outcome: 'answer-in-writing', after: ['carry-over'] },
  {
    count: 2,
    before: ASSIGNED,
    outcome: 'answer-in-writing',
    after: ['draft'],
    answeredRecently: true,
  },
  {
    count: 2,
    before: ASSIGNED,
    outcome: 'answer-in-writing',
    after: ['draft', 'approve'],
    answeredRecently: true,
  },
  { count: 4, competence: 'upper-level', before: ['triage'], outcome: 'forwarded-upward' },
  {
    count: 3,
    competence: 'upper-level',
    before: ['triage'],
    outcome: 'forwarded-upward',
    after: ['reply'],
  },
  {
    count: 2,
    competence: 'upper-level',
    before: ['triage'],
    outcome: 'forwarded-upward',
    after: ['reply', 'accept'],
  },
  { count: 4, competence: 'other-body', before: ['triage'], outcome: 'guided-to-other-body' },
  {
    count: 4,
    competence: 'other-body',
    before: ['triage'],
    outcome: 'guided-to-other-body',
    after: ['accept'],
  },
  { count: 2, before: ['triage', 'withdraw'] },
  { count: 2, before: ASSIGNED, outcome: 'answer-in-writing', after: ['withdraw'] },
];

/**
 * The Chợ Mới story, through the API.
 *
 * @example await seedChoMoi(world)
 */
export async function seedChoMoi(w: DemoWorld): Promise<void> {
  const { clock } = w;
  const office = w.as('party-office');
  const secretary = w.as('party-secretary');
  const seed = aChoMoiPlan();
  // The seed's own dates: approved 24/11/2025 as no. 14, dialogue 10/12, cut-off 04/12.
  const planId = await createSeedPlan(w, office, clock.at('2025-11-10', '09:10'), seed);
  const plan = planSteps(w, planId);
  await plan(office, '2025-11-18', '15:20', (api, ref) => api.plans.submit(ref));
  await plan(secretary, '2025-11-24', '10:00', (api, ref) =>
    api.plans.approve({ ...ref, documentNumber: 14, issuedOn: '2025-11-24' }),
  );
  await plan(office, '2025-11-25', '08:30', (api, ref) =>
    api.plans.announce({ ...ref, noticeIssuedOn: '2025-11-25' }),
  );

  const setting: DialogueSetting = {
    planId,
    issuerKind: seed.issuer.kind,
    registrationFrom: '2025-11-26',
    cutoff: '2025-12-04',
    lateUntil: '2025-12-09',
    heldOn: '2025-12-10',
    beforeUntil: '2025-12-09',
    afterUntil: clock.wd(-1),
  };
  const specs = drawPetitions(w, setting, RECIPES);
  await prepareBeforeConference(w, setting, specs);
  await runConference(w, setting, specs, {
    attendance: attendanceOf(seed, w.random),
    minutes: minutesOf(seed, '2025-12-10', specs, w.commune.people['party-secretary']),
  });
  await plan(office, '2025-12-10', '16:30', (api, ref) =>
    api.plans.hold({ ...ref, heldOn: '2025-12-10' }),
  );
  const tasks = await seedChoMoiFollowUp(w, planId, specs);
  await runAfterConference(w, setting, specs);
  await seedChoMoiNextPlans(w, setting, specs, tasks);
}
