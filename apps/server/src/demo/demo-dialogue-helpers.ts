import { planContentOf } from '@doithoai/db';
import {
  expectedDelegates,
  formatVietnameseDate,
  type Attendance,
  type IsoDate,
  type ParticipantGroupKind,
  type Plan,
} from '@doithoai/domain';
import type { DemoRandom } from './demo-random.js';
import type { PetitionSpec } from './demo-recipes.js';
import type { DemoActor, DemoWorld, PlanCall } from './demo-world.js';

/**
 * The earliest "today" the stories are told as of: Chợ Mới's dialogue of 10/12/2025 and the
 * follow-up its conclusion notice assigned need months behind them.
 */
export const DEMO_EARLIEST_TODAY = '2026-06-01';

/**
 * A seed plan as the office types it in: its content through `plans.create`, as a new draft.
 * Returns the id the API gave it, also kept as `w.ids.plans[seed.id]`.
 *
 * @example const id = await createSeedPlan(world, world.as('party-office'), at, aChoMoiPlan())
 */
export async function createSeedPlan(
  w: DemoWorld,
  actor: DemoActor,
  at: Date,
  seed: Plan,
): Promise<string> {
  const { plan } = await w.api(actor, at).plans.create(planContentOf(seed));
  w.ids.plans[seed.id] = plan.id;
  return plan.id;
}

/**
 * The steps of one plan: each a `plans.*` call by `actor` at `time` on `day`, over the version
 * stored.
 *
 * @example const plan = planSteps(world, planId); await plan(office, '2025-11-18', '15:20', (api, ref) => api.plans.submit(ref))
 */
export function planSteps(w: DemoWorld, planId: string) {
  return (actor: DemoActor, day: IsoDate, time: string, call: PlanCall) =>
    w.change(actor, w.clock.at(day, time), 'plans', planId, call);
}

/** How many usually come from a group the plan gives no number for. */
const TYPICAL_SIZE: Record<ParticipantGroupKind, readonly [number, number]> = {
  leadership: [4, 8],
  'specialised-bodies': [8, 15],
  'front-and-organisations': [10, 20],
  villages: [40, 90],
  citizens: [80, 150],
  enterprises: [5, 12],
  'upper-level-guests': [2, 5],
  other: [5, 10],
};

/**
 * Who came (Biên bản: thành phần tham dự), from the plan's participant groups: the quota where
 * the plan fixes one, a plausible number otherwise, a few absent.
 *
 * @example attendanceOf(plan, random)[3] // { groupKind: 'villages', label: '27 thôn …', expected: 135, present: 129 }
 */
export function attendanceOf(plan: Plan, random: DemoRandom): Attendance[] {
  return plan.participantGroups.map((group) => {
    const [min, max] = TYPICAL_SIZE[group.kind];
    const expected = expectedDelegates(group) ?? random.int(min, max);
    return {
      groupKind: group.kind,
      label: group.description.slice(0, 300),
      expected,
      present: expected - random.int(0, Math.ceil(expected / 12)),
    };
  });
}

/**
 * The minutes' summary (Biên bản hội nghị), from what the day recorded.
 *
 * @example minutesOf(plan, '2025-12-10', specs, 'Triệu Tiên Trình')
 */
export function minutesOf(
  plan: Plan,
  heldOn: IsoDate,
  specs: readonly PetitionSpec[],
  chair: string,
): string {
  const spoke = specs.filter((s) => s.recipe.outcome).length;
  const floor = specs.filter((s) => s.recipe.floor).length;
  const answered = specs.filter((s) => s.recipe.outcome === 'answered-at-conference').length;
  return [
    `Hội nghị đối thoại trực tiếp khai mạc lúc 07 giờ 30 ngày ${formatVietnameseDate(heldOn)} tại ${plan.venue?.name ?? 'hội trường xã'}.`,
    `Đồng chí ${chair} chủ trì, quán triệt mục đích, yêu cầu của hội nghị; các cơ quan báo cáo kết quả giải quyết kiến nghị kỳ trước.`,
    `Có ${spoke} ý kiến, kiến nghị được nêu tại hội nghị (trong đó ${floor} ý kiến phát biểu trực tiếp không đăng ký trước); ${answered} ý kiến được trả lời ngay tại hội nghị, các ý kiến còn lại được giao cơ quan chuyên môn xác minh, trả lời bằng văn bản, báo cáo cấp có thẩm quyền hoặc hướng dẫn công dân.`,
    'Người chủ trì kết luận; Văn phòng dự thảo Thông báo kết luận trình ban hành theo quy định. Hội nghị kết thúc lúc 11 giờ 30 cùng ngày.',
  ].join('\n');
}
