// The Front test's records written through the API as each role would: seed 000 approved and
// announced by the Party (Chợ Mới, dialogue 10/12/2025, cut-off 04/12/2025, 5 per village), and
// after the browser's collection, the dialogue held and concluded with two tasks.
import ExcelJS from 'exceljs';
import {
  announcedChoMoiPlan,
  ids,
  morning,
  planStep,
  signInApi,
  type PlanView,
  type World,
} from '@doithoai/browser-testing';

/** The headers of the Front's template (`collection.template`), as villages fill it in. */
const HEADERS = [
  'STT',
  'Họ và tên',
  'Điện thoại liên hệ',
  'Địa chỉ',
  'Tên tổ chức (nếu có)',
  'Loại ý kiến',
  'Lĩnh vực',
  'Nội dung ý kiến, kiến nghị',
  'Đăng ký phát biểu (Có/Không)',
  'Đồng ý xử lý dữ liệu cá nhân (Có/Không)',
];

/**
 * Bản Mỳ's compiled list as an .xlsx workbook, one row a registration.
 *
 * @example await villageWorkbook([[1, 'Nông Văn Dũng', '0987000201', …]])
 */
export async function villageWorkbook(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách ý kiến');
  sheet.addRow(HEADERS);
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const DUNG = [
  1,
  'Nông Văn Dũng',
  '0987000201',
  'Bản Mỳ, xã Chợ Mới',
  '',
  'Kiến nghị',
  'Đất đai',
  'Ranh giới thửa đất giữa nhà tôi và hộ bên cạnh chưa được đo đạc lại; đề nghị xã cử cán bộ địa chính đo đạc, hòa giải.',
  'Có',
  'Có',
];
const NGA_BAD_PHONE = [
  2,
  'Hoàng Thị Nga',
  '12345',
  'Bản Mỳ, xã Chợ Mới',
  '',
  'Phản ánh',
  'An ninh, trật tự',
  'Thanh niên đua xe ban đêm trên đường liên thôn, đề nghị Công an xã tăng cường tuần tra.',
  'Không',
  'Có',
];
const TOAN_NO_CONTENT = [
  3,
  'Lường Văn Toàn',
  '0987000204',
  'Bản Mỳ, xã Chợ Mới',
  '',
  'Kiến nghị',
  'Hạ tầng',
  '',
  'Không',
  'Có',
];

/** The list as first sent: a phone of five digits on row 3, no content on row 4. */
export const listWithErrors = () => villageWorkbook([DUNG, NGA_BAD_PHONE, TOAN_NO_CONTENT]);

/** The same list corrected by the village. */
export const correctedList = () =>
  villageWorkbook([
    DUNG,
    [...NGA_BAD_PHONE.slice(0, 2), '0987000203', ...NGA_BAD_PHONE.slice(3)],
    [
      ...TOAN_NO_CONTENT.slice(0, 7),
      'Dự án nâng cấp đường tỉnh 254 đi qua ruộng của gia đình tôi nhưng chưa được bồi thường, hỗ trợ.',
      ...TOAN_NO_CONTENT.slice(8),
    ],
  ]);

/** Seed 000's plan, announced on 20/11/2025; the server's clock is then 25/11/2025. */
export async function seedAnnouncedPlan(world: World): Promise<PlanView> {
  const { plan } = await announcedChoMoiPlan(world);
  world.setClock(morning('2025-11-25'));
  return plan;
}

export const PATROL = 'Tăng cường tuần tra tuyến đường liên thôn vào ban đêm, xử lý đua xe.';

/**
 * After the collection: the office holds the dialogue on 10/12/2025, the secretary concludes on
 * 12/12/2025 with the police patrol due 24/12/2025 and the land survey for Nông Văn Dũng's
 * petition; the clock then moves to 15/01/2026, when the patrol is long overdue.
 *
 * @example await seedConcluded(world, plan, landPetitionId);
 */
export async function seedConcluded(world: World, plan: PlanView, landPetitionId: string) {
  world.setClock(morning('2025-12-10'));
  const office = await signInApi(world, 'vpdu.chomoi');
  const current = await office.plans.get.query({ id: plan.plan.id });
  const held = await planStep(office, 'hold', current);
  world.setClock(morning('2025-12-12'));
  const secretary = await signInApi(world, 'bithu.chomoi');
  await secretary.followUp.issueConclusion.mutate({
    planId: plan.plan.id,
    expectedVersion: held.version,
    documentNumber: 20,
    documentSymbol: 'TB/ĐU',
    position: 'Đảng ủy xã tiếp thu ý kiến của Nhân dân, giao các cơ quan giải quyết dứt điểm.',
    items: [
      { content: PATROL, responsibleOrganisationId: ids.police, dueOn: '2025-12-24' },
      {
        content: 'Đo đạc lại ranh giới thửa đất, trả lời bằng văn bản cho công dân.',
        responsibleOrganisationId: ids.land,
        relatedPetitionIds: [landPetitionId],
      },
    ],
  });
  world.setClock(morning('2026-01-15'));
}
