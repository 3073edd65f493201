import { aSonTayHaPlan } from '@doithoai/domain/testing';
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
import type { DemoWorld } from './demo-world.js';
import { required } from './demo-required.js';

// Sơn Tây Hạ (seed 004): the People's Committee's dialogue, its date set by the notice the
// plan announces, held three working days ago with every outcome recorded; the conclusion
// notice (≤ 7 working days) is still to come, written answers are being drafted.

const PREPARED: BeforeStep[] = ['triage', 'assign', 'draft', 'approve'];
const ASSIGNED: BeforeStep[] = ['triage', 'assign'];

const RECIPES: readonly Recipe[] = [
  { count: 16, before: PREPARED, outcome: 'answered-at-conference' },
  { count: 6, before: PREPARED, outcome: 'answered-at-conference', respondAtConference: true },
  { count: 3, floor: true, outcome: 'answered-at-conference' },
  { count: 2, floor: true, outcome: 'answered-at-conference', respondAtConference: true },
  { count: 12, before: ASSIGNED, outcome: 'answer-in-writing', tag: 'awaiting' },
  { count: 2, floor: true, outcome: 'answer-in-writing' },
  { count: 4, before: ASSIGNED, outcome: 'answer-in-writing', after: ['draft'] },
  { count: 6, competence: 'upper-level', before: ['triage'], outcome: 'forwarded-upward' },
  { count: 6, competence: 'other-body', before: ['triage'], outcome: 'guided-to-other-body' },
  { count: 2, before: ['triage', 'withdraw'] },
  { count: 1, before: ASSIGNED, outcome: 'answer-in-writing', after: ['withdraw'] },
  { count: 3, afterConference: true },
  { count: 2, afterConference: true, before: ['triage'] },
];

/**
 * The Sơn Tây Hạ story, through the API.
 *
 * @example await seedSonTayHa(world)
 */
export async function seedSonTayHa(w: DemoWorld): Promise<void> {
  const { clock } = w;
  const office = w.as('government-office');
  const seed = aSonTayHaPlan();
  const heldOn = clock.wd(-3);
  const noticeOn = clock.after(heldOn, -10);
  const planId = await createSeedPlan(w, office, clock.at(clock.after(heldOn, -32), '09:00'), seed);
  const step = planSteps(w, planId);
  await step(office, clock.after(heldOn, -28), '14:30', (api, ref) =>
    api.plans.update({
      ...ref,
      timing: { kind: 'date', date: heldOn, startTime: '07:30' },
      venue: { name: 'Hội trường UBND xã Sơn Tây Hạ' },
    }),
  );
  await step(office, clock.after(heldOn, -26), '16:00', (api, ref) => api.plans.submit(ref));
  const approvedOn = clock.after(heldOn, -24);
  await step(w.as('commune-chair'), approvedOn, '10:00', (api, ref) =>
    api.plans.approve({ ...ref, documentNumber: 231, issuedOn: approvedOn }),
  );
  await step(office, noticeOn, '08:00', (api, ref) =>
    api.plans.announce({ ...ref, noticeIssuedOn: noticeOn }),
  );
  const plan = { ...seed, venue: { name: 'Hội trường UBND xã Sơn Tây Hạ' } };

  const setting: DialogueSetting = {
    planId,
    issuerKind: seed.issuer.kind,
    registrationFrom: clock.after(noticeOn, 1),
    cutoff: clock.after(heldOn, -1),
    lateUntil: clock.after(heldOn, -1),
    heldOn,
    beforeUntil: clock.after(heldOn, -1),
    afterUntil: clock.wd(-1),
  };
  const specs = drawPetitions(w, setting, RECIPES);
  await prepareBeforeConference(w, setting, specs);
  await runConference(w, setting, specs, {
    attendance: attendanceOf(plan, w.random),
    minutes: minutesOf(plan, heldOn, specs, w.commune.people['commune-chair']),
  });
  await step(office, heldOn, '16:30', (api, ref) => api.plans.hold({ ...ref, heldOn }));
  await runAfterConference(w, setting, specs);
  const awaiting = required(
    specs.find((s) => s.recipe.tag === 'awaiting')?.id,
    'the awaiting petition',
  );
  await w.api(w.as('front-officer'), clock.at(clock.wd(-1), '15:00')).supervision.recordFinding({
    kind: 'visited',
    target: { kind: 'petition', petitionId: awaiting },
    note: 'Đã đến gia đình công dân, nắm tình hình; công dân đang chờ văn bản trả lời của xã.',
    observedOn: clock.wd(-1),
  });
}
