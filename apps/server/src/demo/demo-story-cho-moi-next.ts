import { formatVietnameseDate } from '@doithoai/domain';
import { planSteps } from './demo-dialogue-helpers.js';
import type { DialogueSetting, PetitionSpec } from './demo-recipes.js';
import { carryOverPetitions } from './demo-runner-after.js';
import type { ChoMoiTasks } from './demo-story-cho-moi-follow-up.js';
import type { DemoWorld } from './demo-world.js';
import { required } from './demo-required.js';

// What the Party office of Chợ Mới has on its desk today: next dialogue's plan, copied from
// last year's, returned by the secretary with comments and being reworked — the unresolved
// petitions and an unfinished task carried over to it — and a thematic dialogue still a draft.

/**
 * @example await seedChoMoiNextPlans(world, setting, specs, tasks)
 */
export async function seedChoMoiNextPlans(
  w: DemoWorld,
  setting: DialogueSetting,
  specs: readonly PetitionSpec[],
  tasks: ChoMoiTasks,
): Promise<void> {
  const { clock } = w;
  const office = w.as('party-office');
  const secretary = w.as('party-secretary');
  const { plan: last } = await w
    .api(office, clock.at(clock.wd(-15), '08:50'))
    .plans.get({ id: setting.planId });
  const dialogueOn = clock.wd(15);
  const year = Number(dialogueOn.slice(0, 4));
  const { plan: copy } = await w
    .api(office, clock.at(clock.wd(-15), '09:00'))
    .plans.create({ copyFromPlanId: last.id, year });
  const plan = planSteps(w, copy.id);
  const cutoff = clock.after(dialogueOn, -4);
  await plan(office, clock.wd(-12), '10:30', (api, ref) =>
    api.plans.update({
      ...ref,
      timing: { kind: 'date', date: dialogueOn, startTime: '07:30', note: 'Dự kiến' },
      scheduleOverrides: [
        {
          ruleId: 'registration-cutoff',
          date: cutoff,
          reason: `Kế hoạch mục IV.5: các thôn đăng ký câu hỏi trước ngày ${formatVietnameseDate(cutoff)}`,
        },
      ],
      signer: required(last.signer, 'the signer of the previous plan'),
    }),
  );
  await plan(office, clock.wd(-10), '15:00', (api, ref) => api.plans.submit(ref));
  await plan(secretary, clock.wd(-7), '08:45', (api, ref) =>
    api.plans.return({
      ...ref,
      comment: `Đề nghị Văn phòng đưa vào chương trình các kiến nghị chưa được giải quyết dứt điểm từ kỳ đối thoại năm ${last.year}; cập nhật căn cứ và phân công cụ thể cơ quan trả lời từng lĩnh vực.`,
    }),
  );
  const carried = await carryOverPetitions(w, setting, specs, copy.id, clock.wd(-3));
  await w.change(
    office,
    clock.at(clock.wd(-3), '11:00'),
    'follow_up_tasks',
    tasks.carryOver,
    (api, ref) =>
      api.followUp.carryOver({
        ...ref,
        reason: 'Chưa bố trí được kinh phí trong năm; đưa vào chương trình kỳ đối thoại sau.',
        nextPlanId: copy.id,
      }),
  );
  await plan(office, clock.wd(-2), '14:00', (api, ref) =>
    api.plans.update({ ...ref, carriedOverPetitionIds: carried }),
  );

  const thematicYear = Number(clock.wd(40).slice(0, 4));
  await w.api(office, clock.at(clock.wd(-1), '16:00')).plans.create({
    adminUnitCode: last.adminUnitCode,
    issuer: last.issuer,
    documentSymbol: 'KH/ĐU',
    title: `Tổ chức đối thoại chuyên đề giữa Bí thư Đảng ủy xã với đoàn viên, thanh niên về chuyển đổi số và lập nghiệp năm ${thematicYear}`,
    year: thematicYear,
    regulationProfileId: last.regulationProfileId,
    legalBases: last.legalBases,
    purposes: [
      'Lắng nghe tâm tư, nguyện vọng của đoàn viên, thanh niên về học nghề, việc làm, khởi nghiệp và ứng dụng công nghệ số.',
    ],
    topics: [
      { field: 'economy', label: 'Hỗ trợ thanh niên khởi nghiệp, phát triển kinh tế' },
      { field: 'administrative-procedures', label: 'Chuyển đổi số, dịch vụ công trực tuyến' },
    ],
    format: 'hybrid',
  });
}
