import { formatVietnameseDate } from '@doithoai/domain';
import { aVinhBaoPlan } from '@doithoai/domain/testing';
import { createSeedPlan, planSteps } from './demo-dialogue-helpers.js';
import {
  drawPetitions,
  type BeforeStep,
  type DialogueSetting,
  type Recipe,
} from './demo-recipes.js';
import { prepareBeforeConference } from './demo-runner-before.js';
import type { DemoWorld } from './demo-world.js';

// Vĩnh Bảo (seed 003): the Party committee's dialogue, planned for a window (Quý III), given a
// date four working days from today by the office, approved and announced; the villages' lists
// are arriving — some after the cut-off the plan set, kept and flagged late — and the offices
// are triaging, assigning and preparing answers.

const RECIPES: readonly Recipe[] = [
  { count: 14 },
  { count: 6, late: true },
  { count: 9, duplicatesOf: 3 },
  { count: 4, duplicatesOf: 2, before: ['triage'] },
  { count: 10, before: ['triage'] },
  { count: 2, before: ['triage'], late: true },
  { count: 12, before: ['triage', 'assign'] },
  { count: 8, before: ['triage', 'assign', 'draft'] },
  { count: 2, before: ['triage', 'assign', 'draft', 'send-back', 'draft'] },
  { count: 10, before: ['triage', 'assign', 'draft', 'approve'] satisfies BeforeStep[] },
  { count: 5, competence: 'upper-level', before: ['triage', 'forward'] },
  { count: 5, competence: 'other-body', before: ['triage', 'guide'] },
  { count: 3, before: ['triage', 'withdraw'] },
];

/**
 * The Vĩnh Bảo story, through the API.
 *
 * @example await seedVinhBao(world)
 */
export async function seedVinhBao(w: DemoWorld): Promise<void> {
  const { clock } = w;
  const office = w.as('party-office');
  const seed = aVinhBaoPlan();
  const dialogueOn = clock.wd(4);
  const cutoff = clock.wd(-3);
  const approvedOn = clock.wd(-18);
  const noticeOn = clock.wd(-12);
  const planId = await createSeedPlan(w, office, clock.at(clock.wd(-26), '09:00'), seed);
  const plan = planSteps(w, planId);
  await plan(office, clock.wd(-23), '10:00', (api, ref) =>
    api.plans.update({
      ...ref,
      timing: { kind: 'date', date: dialogueOn, startTime: '07:30' },
      venue: { name: 'Hội trường Trung tâm Chính trị xã Vĩnh Bảo' },
      scheduleOverrides: [
        {
          ruleId: 'registration-cutoff',
          date: cutoff,
          reason: `Mục III.6 Kế hoạch: các chi bộ gửi danh sách đăng ký đối thoại về Thường trực Đảng ủy trước ngày ${formatVietnameseDate(clock.after(cutoff, 1))}`,
        },
      ],
    }),
  );
  await plan(office, clock.wd(-21), '15:30', (api, ref) => api.plans.submit(ref));
  await plan(w.as('party-secretary'), approvedOn, '10:00', (api, ref) =>
    api.plans.approve({ ...ref, documentNumber: 52, issuedOn: approvedOn }),
  );
  await plan(office, noticeOn, '08:00', (api, ref) =>
    api.plans.announce({ ...ref, noticeIssuedOn: noticeOn }),
  );
  const setting: DialogueSetting = {
    planId,
    issuerKind: seed.issuer.kind,
    registrationFrom: clock.after(noticeOn, 1),
    cutoff,
    lateUntil: clock.wd(-1),
    beforeUntil: clock.wd(-1),
    afterUntil: clock.wd(-1),
  };
  await prepareBeforeConference(w, setting, drawPetitions(w, setting, RECIPES));
}
