// The chair test's records, written as each role would: seed 000's dialogue approved and
// announced by the Party (it is Party-led, so the commune chair decides on answers too), then
// the government office registers the villages' petitions through the API.
import { aLandPetitionInChoMoi, aSecurityPetitionInChoMoi } from '@doithoai/domain/testing';
import {
  announcedChoMoiPlan,
  ids,
  morning,
  registerPetition,
  signInApi,
  type World,
} from '@doithoai/browser-testing';

/** Tracking codes of the registered petitions, by what they are about. */
export interface Inbox {
  land: string;
  landAgain: string;
  security: string;
  highway: string;
  late: string;
}

/**
 * Seed 000 approved and announced on 20/11/2025; four petitions on 25/11/2025 (two citizens
 * about the same boundary, night racing, compensation for the provincial road) and one more on
 * 05/12/2025, after the 04/12 cut-off. Leaves the server's clock on 05/12/2025.
 *
 * @example const codes = await seedInbox(world);
 */
export async function seedInbox(world: World): Promise<Inbox> {
  const { plan } = await announcedChoMoiPlan(world);

  world.setClock(morning('2025-11-25'));
  const office = await signInApi(world, 'vpub.chomoi');
  const register = async (
    petition: ReturnType<typeof aLandPetitionInChoMoi>,
    receivedOn = '2025-11-25',
  ) =>
    (await registerPetition(office, plan.plan.id, petition, { receivedOn, villageId: ids.village }))
      .trackingCode;
  const person = (fullName: string, phone: string) => ({
    ...aLandPetitionInChoMoi().petitioner,
    fullName,
    phone,
  });
  const land = await register(aLandPetitionInChoMoi());
  const landAgain = await register(
    aLandPetitionInChoMoi({
      petitioner: person('Hoàng Thị Nga', '0987000203'),
      content:
        'Ranh giới thửa đất giữa nhà tôi và hộ ông Nông Văn Thắng chưa được đo đạc lại, hai gia đình còn tranh chấp. Đề nghị xã cử cán bộ địa chính đo đạc, hòa giải.',
    }),
  );
  const security = await register(aSecurityPetitionInChoMoi());
  const highway = await register(
    aLandPetitionInChoMoi({
      petitioner: person('Lường Văn Toàn', '0987000204'),
      field: 'infrastructure',
      content:
        'Dự án nâng cấp đường tỉnh 254 đi qua đất ruộng của gia đình tôi nhưng đến nay chưa được bồi thường, hỗ trợ. Đề nghị cấp có thẩm quyền xem xét, chi trả.',
    }),
  );
  world.setClock(morning('2025-12-05'));
  const lateOffice = await signInApi(world, 'vpub.chomoi');
  const late = (
    await registerPetition(
      lateOffice,
      plan.plan.id,
      aSecurityPetitionInChoMoi({
        petitioner: person('Triệu Thị Dung', '0987000205'),
        field: 'social-policy',
        content: 'Đề nghị xã xem xét hỗ trợ tiền điện cho hộ nghèo ở Bản Mỳ theo chính sách mới.',
      }),
      { receivedOn: '2025-12-05', villageId: ids.village },
    )
  ).trackingCode;
  return { land, landAgain, security, highway, late };
}
