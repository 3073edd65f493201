import {
  aChoMoiPlan,
  aKhoenOnPlan,
  aLandPetitionInChoMoi,
  aPetitionFromBanMy,
  aRoadPetitionInSonTayHa,
  aSecurityPetitionInChoMoi,
  aSonTayHaPlan,
  present,
} from '@doithoai/domain/testing';
import type { TestApi } from '../../test-api.test-support.js';
import {
  insertPetitionRow,
  insertPlanRow,
  vietnamMorning,
} from '../follow-up/follow-up.test-support.js';

/** What the reports suites know about the records `seedReportingYear` wrote. */
export interface ReportingYear {
  /** Seed 004's plan held 10/12/2025 in the suite's commune, concluded 18/12/2025. */
  planA: string;
  /** Seed 000's plan announced for 30/12/2025. */
  upcoming: string;
  /** The conclusion's tasks: land (by the rule, 09/01/2026), patrol (24/12/2025). */
  tasks: { id: string; version: number }[];
  /** Plan A's petitions: land (awaiting), security (answered at the conference), road (answered 20/12), one unclassified. */
  petitions: string[];
}

/**
 * One year of records for the reports suites: plan A with four petitions in Chợ Mới's villages
 * and its conclusion (two tasks), next year's plan with a petition, a dialogue still ahead, and
 * the other commune's plan with three petitions and a task — which must never show.
 *
 * @example const year = await seedReportingYear(api);
 */
export async function seedReportingYear(api: TestApi): Promise<ReportingYear> {
  const petitions: string[] = [];
  const db = api.handle.db;
  const code = api.tenant.communeCode;
  const [v0, v1] = api.tenant.villageIds;
  const { id: planA } = await insertPlanRow(db, aSonTayHaPlan(), {
    adminUnitCode: code,
    heldOn: '2025-12-10',
  });
  const add = async (
    seed: Parameters<typeof insertPetitionRow>[1],
    options: Partial<Parameters<typeof insertPetitionRow>[2]>,
  ) =>
    petitions.push(
      await insertPetitionRow(db, seed, { planId: planA, adminUnitCode: code, ...options }),
    );
  await add(aLandPetitionInChoMoi(), { villageId: v0, receivedOn: '2025-12-01' });
  await add(aSecurityPetitionInChoMoi(), {
    villageId: v1,
    status: 'answered-at-conference',
    receivedOn: '2025-12-02',
  });
  await add(aRoadPetitionInSonTayHa(), {
    villageId: v0,
    status: 'answered',
    receivedOn: '2025-12-05',
    answerDueOn: '2026-01-09',
    answerDueRule: 'written-answer',
    answeredOn: '2025-12-20',
    assignedOrganisationId: api.tenant.organisations.governmentOffice,
  });
  await add(aLandPetitionInChoMoi(), {
    status: 'received',
    field: null,
    receivedOn: '2025-12-08',
  });
  // Next year's plan, and a Chợ Mới dialogue still ahead.
  const next = await insertPlanRow(db, aSonTayHaPlan(), {
    adminUnitCode: code,
    heldOn: '2026-06-10',
    year: 2026,
    status: 'approved',
  });
  await insertPetitionRow(db, aLandPetitionInChoMoi(), {
    planId: next.id,
    adminUnitCode: code,
    receivedOn: '2026-01-05',
  });
  const { id: upcoming } = await insertPlanRow(db, aChoMoiPlan(), {
    adminUnitCode: code,
    heldOn: '2025-12-30',
    status: 'announced',
  });
  // The other commune's plan, petitions and tasks must never show here.
  const other = api.otherTenant.communeCode;
  const khoenOn = await insertPlanRow(db, aKhoenOnPlan(), {
    adminUnitCode: other,
    heldOn: '2025-12-11',
  });
  for (let i = 0; i < 3; i++)
    await insertPetitionRow(db, aPetitionFromBanMy(), {
      planId: khoenOn.id,
      adminUnitCode: other,
      receivedOn: '2025-12-01',
    });

  api.setNow(vietnamMorning('2025-12-18'));
  const chair = await api.as('commune-chair');
  const { tasks } = await chair.followUp.issueConclusion.mutate({
    planId: planA,
    expectedVersion: 1,
    documentSymbol: 'TB-UBND',
    position: 'UBND xã giao các cơ quan giải quyết.',
    items: [
      {
        content: 'Đo đạc lại ranh giới, trả lời hồ sơ cấp Giấy chứng nhận.',
        responsibleOrganisationId: api.tenant.organisations.landDepartment,
        relatedPetitionIds: [present(petitions[0], 'the land petition')],
      },
      {
        content: 'Tuần tra tuyến đường liên thôn dịp cuối năm.',
        responsibleOrganisationId: api.tenant.organisations.police,
        dueOn: '2025-12-24',
      },
    ],
  });
  const otherChair = await api.as('commune-chair', 'otherTenant');
  await otherChair.followUp.issueConclusion.mutate({
    planId: khoenOn.id,
    expectedVersion: 1,
    documentSymbol: 'TB-UBND',
    position: 'UBND xã Khoen On giao nhiệm vụ.',
    items: [
      {
        content: 'Khảo sát đường bản Mỳ.',
        responsibleOrganisationId: api.otherTenant.organisations.police,
        dueOn: '2025-12-23',
      },
    ],
  });
  return { planA, upcoming, tasks, petitions };
}
