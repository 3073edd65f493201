import type { IsoDate } from '@doithoai/domain';
import type { DemoBody } from './demo-communes.js';
import type { PetitionSpec } from './demo-recipes.js';
import type { DemoCaller } from './demo-api.js';
import type { DemoActor, DemoWorld, VersionRef } from './demo-world.js';
import { required } from './demo-required.js';

// Chợ Mới's conclusion notice (Thông báo kết luận, 17/12/2025) and a year of its follow-up:
// tasks verified on time and late, reported done, in progress, due soon, due today, extended
// with the citizen told why, overdue and long overdue, one cancelled, one carried over; the
// Front visits, finds a citizen not satisfied (the task is reopened) and escalates an overdue
// task to the Party secretary.

interface Item {
  body: DemoBody;
  content: string;
  dueOn?: IsoDate;
  related?: string[];
}

/** The task that moves to next year's dialogue once its plan exists. */
export interface ChoMoiTasks {
  carryOver: string;
}

/**
 * @example const tasks = await seedChoMoiFollowUp(world, planId, specs)
 */
export async function seedChoMoiFollowUp(
  w: DemoWorld,
  planId: string,
  specs: readonly PetitionSpec[],
): Promise<ChoMoiTasks> {
  const { clock } = w;
  const wd = (n: number) => clock.wd(n);
  const tagged = (tag: string) =>
    specs
      .filter((s) => s.recipe.tag === tag)
      .map((s) => required(s.id, `the id of a petition tagged ${tag}`));
  const [awaitingA, awaitingB, awaitingC] = tagged('awaiting');
  const items: Item[] = [
    {
      body: 'economicDepartment',
      content:
        'Phòng Kinh tế chủ trì, phối hợp Chi nhánh Văn phòng đăng ký đất đai rà soát, hoàn thiện các hồ sơ cấp Giấy chứng nhận quyền sử dụng đất còn tồn đọng; trả lời bằng văn bản cho các hộ có kiến nghị.',
      related: tagged('written').slice(0, 2),
    },
    {
      body: 'police',
      content:
        'Công an xã tăng cường tuần tra, kiểm soát, xử lý xe chở vật liệu quá tải, làm rơi vãi đất đá trên các tuyến đường liên thôn.',
      dueOn: '2026-01-30',
    },
    {
      body: 'publicServiceCentre',
      content:
        'Trung tâm Dịch vụ tổng hợp bố trí cán bộ hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến; tổ chức tiếp nhận hồ sơ lưu động tại các thôn xa trung tâm.',
      dueOn: wd(10),
    },
    {
      body: 'economicDepartment',
      content:
        'Phòng Kinh tế lập phương án nạo vét mương thoát nước dọc các tuyến đường liên thôn, hoàn thành trước mùa mưa.',
      dueOn: wd(2),
      related: [required(awaitingA, 'an awaiting petition')],
    },
    {
      body: 'cultureSocietyDepartment',
      content:
        'Phòng Văn hóa - Xã hội rà soát, đề nghị cấp thẻ bảo hiểm y tế cho hộ cận nghèo, hộ mới thoát nghèo; công khai danh sách tại các thôn.',
      dueOn: wd(25),
    },
    {
      body: 'economicDepartment',
      content:
        'Phòng Kinh tế phối hợp Chi nhánh Văn phòng đăng ký đất đai đo đạc, xác định lại ranh giới các thửa đất đang tranh chấp; tổ chức hòa giải tại thôn.',
      dueOn: wd(-8),
      related: [required(awaitingB, 'an awaiting petition')],
    },
    {
      body: 'cultureSocietyDepartment',
      content:
        'Phòng Văn hóa - Xã hội phối hợp các trường sửa chữa nhà vệ sinh, tường rào các điểm trường mầm non ở thôn.',
      dueOn: wd(-5),
      related: [required(awaitingC, 'an awaiting petition')],
    },
    {
      body: 'police',
      content:
        'Công an xã phối hợp các thôn xây dựng mô hình "Camera an ninh" trên các tuyến đường trục chính.',
      dueOn: wd(-25),
    },
    {
      body: 'economicDepartment',
      content:
        'Phòng Kinh tế sửa chữa các đoạn đường bê tông bị sụt lún, hoàn trả mặt đường sau thi công tuyến ống nước.',
      dueOn: wd(-60),
      related: tagged('written-late').slice(0, 1),
    },
    {
      body: 'governmentOffice',
      content:
        'Văn phòng HĐND và UBND xã tổng hợp kết quả thực hiện Thông báo kết luận, báo cáo Ban Thường vụ Đảng ủy.',
      dueOn: clock.today,
    },
    {
      body: 'economicDepartment',
      content: 'Phòng Kinh tế lập hồ sơ đề xuất xây dựng cầu tràn qua suối tại các thôn vùng thấp.',
      dueOn: wd(-40),
    },
    {
      body: 'economicDepartment',
      content:
        'Phòng Kinh tế khảo sát, đề xuất phương án cấp nước sạch tập trung cho các thôn vùng cao.',
      dueOn: wd(-15),
    },
  ];
  const { tasks } = await w.change(
    w.as('party-secretary'),
    clock.at('2025-12-17', '16:00'),
    'plans',
    planId,
    (api, { expectedVersion }) =>
      api.followUp.issueConclusion({
        planId,
        expectedVersion,
        documentNumber: 15,
        documentSymbol: 'TB/ĐU',
        issuedOn: '2025-12-17',
        position:
          'Ban Thường vụ Đảng ủy ghi nhận, đánh giá cao tinh thần thẳng thắn, xây dựng của Nhân dân; yêu cầu các cơ quan, đơn vị tập trung giải quyết dứt điểm các kiến nghị thuộc thẩm quyền, trả lời công dân đúng thời hạn và công khai kết quả trên Trang thông tin điện tử của xã.',
        signer: {
          name: w.commune.people['party-secretary'],
          title: 'secretary',
          authority: 'on-behalf-of-standing-committee',
        },
        publishedVia: ['commune-website', 'notice-board', 'village-heads'],
        publishedOn: '2025-12-18',
        items: items.map((i) => ({
          content: i.content,
          responsibleOrganisationId: w.ids.bodies[i.body],
          ...(i.dueOn ? { dueOn: i.dueOn } : {}),
          relatedPetitionIds: i.related ?? [],
        })),
      }),
  );
  const id = (n: number) => required(tasks[n - 1], `follow-up task ${n}`).id;
  const doer = (n: number): DemoActor => {
    const { body } = required(items[n - 1], `follow-up item ${n}`);
    return required(w.departmentOf(body), `the department for ${body}`);
  };
  const office = w.as('party-office');
  const at = (day: IsoDate, time = '10:00') => clock.at(day, time);
  /** A step of task `n` by `actor` at `when`, through `followUp.*`. */
  const task = (
    n: number,
    actor: DemoActor,
    when: Date,
    call: (api: DemoCaller['followUp'], ref: VersionRef) => Promise<unknown>,
  ) => w.change(actor, when, 'follow_up_tasks', id(n), (api, ref) => call(api.followUp, ref));
  const finding = (actor: DemoActor, when: Date) => w.api(actor, when).supervision;

  const start = (n: number, day: IsoDate) =>
    task(n, doer(n), at(day), (api, ref) => api.start(ref));
  const reportDone = (n: number, day: IsoDate, report: string) =>
    task(n, doer(n), at(day), (api, ref) => api.reportDone({ ...ref, report }));
  const verify = (n: number, actor: DemoActor, day: IsoDate) =>
    task(n, actor, at(day), (api, ref) => api.verify(ref));

  await start(1, '2025-12-19');
  await reportDone(
    1,
    '2026-01-06',
    'Đã cấp 12 Giấy chứng nhận, trả lời bằng văn bản cho các hộ có kiến nghị.',
  );
  await verify(1, office, '2026-01-08');
  await start(2, '2025-12-22');
  await reportDone(
    2,
    '2026-02-10',
    'Đã tổ chức 18 đợt tuần tra, lập biên bản 9 phương tiện vi phạm.',
  );
  await verify(2, w.as('government-office'), '2026-02-12');
  await start(3, wd(-30));
  await reportDone(
    3,
    wd(-3),
    'Đã bố trí 2 cán bộ hỗ trợ tại bộ phận một cửa; tiếp nhận lưu động tại 6 thôn.',
  );
  await start(4, wd(-20));
  await start(5, wd(-15));
  await start(6, wd(-25));
  await task(6, office, at(wd(-9)), (api, ref) =>
    api.extend({
      ...ref,
      newDueOn: wd(15),
      reason: 'Chờ Chi nhánh Văn phòng đăng ký đất đai đo đạc lại, trích lục bản đồ địa chính.',
      citizenInformed: true,
      informedOn: wd(-9),
      informedHow: 'written-notice',
    }),
  );
  await start(7, wd(-40));
  await start(9, wd(-70));
  await reportDone(9, wd(-62), 'Đã vá, đổ bê tông lại 3 đoạn đường bị sụt lún.');
  await verify(9, office, wd(-61));
  await task(11, w.as('party-secretary'), at(wd(-50)), (api, ref) =>
    api.cancel({
      ...ref,
      reason:
        'Công trình đã được tỉnh đưa vào danh mục đầu tư công trung hạn; xã không thực hiện riêng.',
    }),
  );
  await start(12, wd(-45));

  const front = w.as('front-officer');
  await finding(front, at('2026-01-12')).recordFinding({
    kind: 'visited',
    target: { kind: 'task', taskId: id(1) },
    observedOn: '2026-01-12',
  });
  const settled = required(
    specs.find((s) => s.recipe.tag === 'settled')?.id,
    'the settled petition',
  );
  await finding(front, at('2026-01-20')).recordFinding({
    kind: 'citizen-satisfied',
    target: { kind: 'petition', petitionId: settled },
  });
  const unsettled = required(
    specs.find((s) => s.recipe.tag === 'not-settled')?.id,
    'the not-settled petition',
  );
  await finding(front, at('2026-02-03')).recordFinding({
    kind: 'answer-inadequate',
    target: { kind: 'petition', petitionId: unsettled },
    note: 'Nội dung trả lời tại hội nghị chưa nêu thời hạn và cơ quan chịu trách nhiệm; đề nghị trả lời bổ sung bằng văn bản.',
  });
  const notSatisfied = await finding(front, at(wd(-30))).recordFinding({
    kind: 'citizen-not-satisfied',
    target: { kind: 'task', taskId: id(9) },
    note: 'Kiểm tra thực tế: sau đợt mưa lớn, 2 đoạn đường đã vá lại bị sụt lún; người dân chưa đồng ý với kết quả.',
    observedOn: wd(-31),
  });
  await task(9, office, at(wd(-28)), (api, ref) =>
    api.reopen({
      ...ref,
      reason: 'Mở lại theo kết quả giám sát của Ủy ban MTTQ xã: mặt đường lại sụt lún.',
      findingId: notSatisfied.id,
    }),
  );
  await task(9, office, at(wd(-27)), (api, ref) =>
    api.extend({
      ...ref,
      newDueOn: wd(20),
      reason: 'Phải khảo sát lại nền đường, làm rãnh thoát nước trước khi đổ bê tông.',
      citizenInformed: true,
      informedOn: wd(-27),
      informedHow: 'via-village',
    }),
  );
  await finding(front, at(wd(-2))).recordFinding({
    kind: 'explanation-requested',
    target: { kind: 'task', taskId: id(8) },
    note: 'Quá hạn đã lâu nhưng chưa triển khai; đề nghị Công an xã giải trình nguyên nhân và lộ trình thực hiện.',
  });
  await finding(w.as('front-chair'), at(wd(-1), '14:00')).escalate({
    target: { kind: 'task', taskId: id(7) },
    note: 'Nhiệm vụ quá hạn, các điểm trường chưa được sửa chữa; kiến nghị Bí thư Đảng ủy chỉ đạo hoàn thành trước năm học mới.',
  });
  return { carryOver: id(12) };
}
