import { findPlanById, newId } from '@doithoai/db';
import { copyPlanForYear, formatVietnameseDate, newPlanDraft } from '@doithoai/domain';
import { demoTaskEvents } from './demo-follow-up-steps.js';
import { createDemoPlan, demoPlanEvents, editDemoPlan } from './demo-plan-steps.js';
import type { DialogueSetting, PetitionSpec } from './demo-recipes.js';
import { carryOverPetitions } from './demo-runner-after.js';
import type { ChoMoiTasks } from './demo-story-cho-moi-follow-up.js';
import type { DemoWorld } from './demo-world.js';

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
  const last = (await findPlanById(w.db, setting.planId))!.plan;
  const dialogueOn = clock.wd(15);
  const year = Number(dialogueOn.slice(0, 4));
  const copy = copyPlanForYear(last, year, newId());
  await createDemoPlan(w, office, clock.at(clock.wd(-15), '09:00'), copy, last.id);
  const cutoff = clock.after(dialogueOn, -4);
  await editDemoPlan(w, office, clock.at(clock.wd(-12), '10:30'), copy.id, {
    timing: { kind: 'date', date: dialogueOn, startTime: '07:30', note: 'Dự kiến' },
    scheduleOverrides: [
      {
        ruleId: 'registration-cutoff',
        date: cutoff,
        reason: `Kế hoạch mục IV.5: các thôn đăng ký câu hỏi trước ngày ${formatVietnameseDate(cutoff)}`,
      },
    ],
    signer: last.signer!,
  });
  await demoPlanEvents.submit(w, office, clock.at(clock.wd(-10), '15:00'), copy.id);
  await demoPlanEvents.return(
    w,
    secretary,
    clock.at(clock.wd(-7), '08:45'),
    copy.id,
    `Đề nghị Văn phòng đưa vào chương trình các kiến nghị chưa được giải quyết dứt điểm từ kỳ đối thoại năm ${last.year}; cập nhật căn cứ và phân công cụ thể cơ quan trả lời từng lĩnh vực.`,
  );
  const carried = await carryOverPetitions(w, setting, specs, copy.id, clock.wd(-3));
  await demoTaskEvents.carryOver(
    w,
    office,
    clock.at(clock.wd(-3), '11:00'),
    tasks.carryOver,
    'Chưa bố trí được kinh phí trong năm; đưa vào chương trình kỳ đối thoại sau.',
    copy.id,
  );
  await editDemoPlan(w, office, clock.at(clock.wd(-2), '14:00'), copy.id, {
    carriedOverPetitionIds: carried,
  });

  const thematicYear = Number(clock.wd(40).slice(0, 4));
  const draft = newPlanDraft(newId(), {
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
  await createDemoPlan(w, office, clock.at(clock.wd(-1), '16:00'), draft);
}
