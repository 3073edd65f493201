// The conference test's records, written as each role would: seed 000's dialogue announced by the
// Party, then the government office registers five citizens who asked to speak (four on time, one
// after the 04/12 cut-off) and triages them, so each can get its outcome at the conference.
import type { RouterInputs } from '@doithoai/api/client';
import { aLandPetitionInChoMoi, aSecurityPetitionInChoMoi } from '@doithoai/domain/testing';
import {
  announcedChoMoiPlan,
  ids,
  morning,
  signInApi,
  type ApiCaller,
  type World,
} from '@doithoai/browser-testing';

/** A registered and triaged petition: its id and tracking code. */
export interface Registered {
  id: string;
  code: string;
}

export interface ConferenceSeed {
  planId: string;
  land: Registered;
  neighbour: Registered;
  racing: Registered;
  highway: Registered;
  late: Registered;
}

type Seed = ReturnType<typeof aLandPetitionInChoMoi>;

async function registerAndTriage(
  office: ApiCaller,
  planId: string,
  petition: Seed,
  receivedOn: string,
  triage: Pick<RouterInputs['petitions']['triage'], 'competence'> &
    Partial<RouterInputs['petitions']['triage']>,
): Promise<Registered> {
  const stored = await office.petitions.register.mutate({
    planId,
    channel: 'village-paper-form',
    receivedOn,
    petitioner: { ...petition.petitioner, villageId: ids.village },
    content: petition.content,
    field: petition.field,
    kind: petition.kind,
    wantsToSpeak: true,
    consents: petition.consents.map(({ purpose, givenAt, channel }) => ({
      purpose,
      givenAt,
      channel,
    })),
  });
  const triaged = await office.petitions.triage.mutate({
    id: stored.id,
    expectedVersion: stored.version,
    field: petition.field ?? 'land-environment',
    urgency: 'normal',
    complexity: 'standard',
    ...triage,
  });
  return { id: triaged.id, code: triaged.trackingCode };
}

/**
 * Seed 000 announced on 20/11/2025; four registrations on 25/11 and one on 05/12 (late), all
 * wanting to speak and triaged by the office. Leaves the server's clock on 10/12/2025, 09:00 —
 * the dialogue's day.
 *
 * @example const seed = await seedConference(world);
 */
export async function seedConference(world: World): Promise<ConferenceSeed> {
  const { plan } = await announcedChoMoiPlan(world);
  const planId = plan.plan.id;
  world.setClock(morning('2025-11-25'));
  const office = await signInApi(world, 'vpub.chomoi');
  const person = (fullName: string, phone: string) => ({
    ...aLandPetitionInChoMoi().petitioner,
    fullName,
    phone,
  });
  const commune = { competence: 'commune' } as const;
  const land = await registerAndTriage(
    office,
    planId,
    aLandPetitionInChoMoi(),
    '2025-11-25',
    commune,
  );
  const neighbour = await registerAndTriage(
    office,
    planId,
    aLandPetitionInChoMoi({
      petitioner: person('Hoàng Thị Nga', '0987000203'),
      content:
        'Ranh giới thửa đất giữa nhà tôi và hộ ông Nông Văn Thắng chưa được đo đạc lại. Đề nghị xã cử cán bộ địa chính đo đạc, hòa giải.',
    }),
    '2025-11-25',
    commune,
  );
  const racing = await registerAndTriage(
    office,
    planId,
    aSecurityPetitionInChoMoi(),
    '2025-11-25',
    {
      ...commune,
      field: 'security-order',
    },
  );
  const highway = await registerAndTriage(
    office,
    planId,
    aLandPetitionInChoMoi({
      petitioner: person('Lường Văn Toàn', '0987000204'),
      field: 'infrastructure',
      content:
        'Dự án nâng cấp đường tỉnh 254 đi qua đất ruộng của gia đình tôi nhưng đến nay chưa được bồi thường. Đề nghị cấp có thẩm quyền xem xét, chi trả.',
    }),
    '2025-11-25',
    { competence: 'upper-level', field: 'infrastructure', referredTo: 'UBND tỉnh Thái Nguyên' },
  );
  world.setClock(morning('2025-12-05'));
  const lateOffice = await signInApi(world, 'vpub.chomoi');
  const late = await registerAndTriage(
    lateOffice,
    planId,
    aSecurityPetitionInChoMoi({
      petitioner: person('Triệu Thị Dung', '0987000205'),
      field: 'social-policy',
      content: 'Đề nghị xã xem xét hỗ trợ tiền điện cho hộ nghèo ở Bản Mỳ theo chính sách mới.',
    }),
    '2025-12-05',
    { ...commune, field: 'social-policy' },
  );
  world.setClock(morning('2025-12-10'));
  return { planId, land, neighbour, racing, highway, late };
}
