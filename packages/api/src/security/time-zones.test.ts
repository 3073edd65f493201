import { testDialects } from '@doithoai/db/testing';
import { aLandPetitionInChoMoi } from '@doithoai/domain/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { choMoiPlanAt } from '../routers/plans/plans.test-support.js';
import { registrationOf } from '../routers/petitions/petitions.test-support.js';
import { createTestApi } from '../test-api.test-support.js';

// A server installed with the machine's time zone left at UTC (most VPS images), at
// Asia/Ho_Chi_Minh, or on a developer's laptop in New York must compute the same deadlines and
// the same "today": every date in the law is a date in Vietnam (Decree 30/2020 counts working
// days in Vietnam). Node re-reads `process.env.TZ` when it is assigned, so each zone is the
// process's real local zone while the API runs — the first test proves the switch takes effect.

const ZONES = ['UTC', 'Asia/Ho_Chi_Minh', 'America/New_York'] as const;
// 00:30 on 21/11/2025 in Vietnam: still the 20th in UTC and in New York.
const JUST_AFTER_MIDNIGHT_IN_VIETNAM = '2025-11-20T17:30:00.000Z';
const original = process.env.TZ;
const dialects = await testDialects();

function inZone(zone: string) {
  process.env.TZ = zone;
}

afterEach(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

describe('the process time zone', () => {
  it('really changes local dates in this process (so the comparison below can fail)', () => {
    const localDay = (zone: string) => {
      inZone(zone);
      return new Date(JUST_AFTER_MIDNIGHT_IN_VIETNAM).getDate();
    };
    expect(ZONES.map(localDay)).toEqual([20, 21, 20]);
  });
});

describe.each(dialects)(
  'deadlines under TZ=UTC, Asia/Ho_Chi_Minh and America/New_York on $name',
  (dialect) => {
    /** Everything date-like the API answers for one plan and one petition, in one zone. */
    async function answersIn(zone: string) {
      inZone(zone);
      const api = await createTestApi(dialect, { now: JUST_AFTER_MIDNIGHT_IN_VIETNAM });
      try {
        const { plan } = await choMoiPlanAt(api, 'announced', { documentNumber: 14 });
        api.setNow(JUST_AFTER_MIDNIGHT_IN_VIETNAM); // walking the plan's workflow moved the clock
        const office = await api.as('party-office');
        const seed = aLandPetitionInChoMoi();
        const registered = await office.petitions.register.mutate(
          registrationOf(plan.id, api.tenant.villageIds[0], seed, { receivedOn: undefined }),
        );
        const [schedule, petition, rules, workingDays] = await Promise.all([
          office.plans.schedule.query({ id: plan.id }),
          office.petitions.get.query({
            id: registered.id,
          }),
          api.anonymous.deadlines.schedule.query({
            profile: 'quang-ngai-29-2022-qd-ubnd',
            events: { dialogue: '2025-12-10' },
          }),
          api.anonymous.calendar.addWorkingDays.query({ from: '2026-02-06', days: 7 }),
        ]);
        const { trackingCode: _code, ...petitionFacts } = petition.petition;
        // Ids are new in every world; everything else must be identical.
        const withoutIds = JSON.stringify({
          schedule,
          petition: petitionFacts,
          rules,
          workingDays,
        }).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gu, '<id>');
        return JSON.parse(withoutIds) as {
          schedule: { asOf: string };
          petition: { receivedOn: string };
        };
      } finally {
        await api.close();
      }
    }

    it('gives the same plan schedule, petition deadlines, rule dates and working days in every zone', async () => {
      const answers = [];
      for (const zone of ZONES) answers.push(await answersIn(zone));
      const [utc, hanoi, newYork] = answers;
      expect((hanoi as { schedule: { asOf: string } }).schedule.asOf).toBe('2025-11-21');
      expect((hanoi as { petition: { receivedOn: string } }).petition.receivedOn).toBe(
        '2025-11-21',
      );
      expect(utc).toEqual(hanoi);
      expect(newYork).toEqual(hanoi);
    });
  },
);
