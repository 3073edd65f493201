import { testDialects } from '@doithoai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestClient, type TestApi } from '../../test-api.test-support.js';
import {
  insertPlanRow,
  registrationOf,
  type PetitionOut,
} from '../petitions/petitions.test-support.js';
import { refusal } from '../../refusal.test-support.js';
import { withIdempotencyKey } from '../../test-client.test-support.js';
import { type Inputs } from '../../test-client.test-support.js';

// The conference screen keeps working through a dropped Wi-Fi with an outbox that re-sends every
// change with the Idempotency-Key it was given when typed. A request whose answer was lost is
// sent again: every conference mutation must then give the first result back, never a second
// row or a refusal of its own earlier success.

const dialects = await testDialects();

const triage: Inputs['conference']['raiseFromFloor']['triage'] = {
  field: 'infrastructure',
  urgency: 'normal',
  competence: 'commune',
  complexity: 'standard',
};
const floorRequest = (planId: string): Inputs['conference']['raiseFromFloor'] => ({
  planId,
  petitioner: { fullName: 'Hà Văn Sinh', address: 'Thôn Đồng Tâm, xã Chợ Mới' },
  content: 'Đề nghị xã sớm lắp đèn chiếu sáng đoạn đường qua thôn Đồng Tâm.',
  triage,
});

describe.each(dialects)('conference changes replayed by the offline outbox on $name', (dialect) => {
  let api: TestApi;
  let office: TestClient;
  let planId: string;
  let land: PetitionOut;

  beforeAll(async () => {
    api = await createTestApi(dialect);
    office = await api.as('government-office');
    planId = await insertPlanRow(api.handle.db);
    const created = await office.petitions.register.mutate(
      registrationOf(planId, api.tenant.villageIds[0]),
    );
    land = await office.petitions.triage.mutate({
      id: created.id,
      expectedVersion: created.version,
      ...triage,
      field: 'land-environment',
    });
    api.setNow('2025-12-10T01:00:00.000Z');
    office = await api.as('government-office');
    await office.conference.start.mutate({ planId }, withIdempotencyKey('start-1'));
  });
  afterAll(() => api.close());

  it('opens the conference once however often the start is re-sent', async () => {
    const again = await office.conference.start.mutate({ planId }, withIdempotencyKey('start-1'));
    expect(again).toMatchObject({ startedAt: '2025-12-10T01:00:00.000Z', version: 1 });
  });

  it('stores a petition raised from the floor once for one key, and refuses the key on another body', async () => {
    const key = withIdempotencyKey('floor-ha-van-sinh-1');
    const first = await office.conference.raiseFromFloor.mutate(floorRequest(planId), key);
    const replay = await office.conference.raiseFromFloor.mutate(floorRequest(planId), key);
    expect(replay).toMatchObject({
      id: first.id,
      trackingCode: first.trackingCode,
      status: 'triaged',
    });
    const list = await office.petitions.list.query({ planId, limit: 100 });
    expect(list.items.filter((p) => p.content === floorRequest(planId).content)).toHaveLength(1);
    const conference = await office.conference.get.query({ planId });
    expect(conference.speakingOrder.filter((s) => s.speakerName === 'Hà Văn Sinh')).toHaveLength(1);

    const other = await refusal(
      office.conference.raiseFromFloor.mutate(
        { ...floorRequest(planId), content: 'Đề nghị xã nạo vét kênh mương thôn Đồng Tâm.' },
        key,
      ),
    );
    expect(other.httpStatus).toBe(409);
    expect(other.domainCode).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('gives a replayed outcome its first result, with one audit entry, instead of "already recorded"', async () => {
    const request: Inputs['conference']['recordOutcome'] = {
      petitionId: land.id,
      expectedVersion: land.version,
      kind: 'answered-at-conference',
      answeredBy: { name: 'Nguyễn Văn Bình', position: 'Chủ tịch UBND xã' },
      note: 'Đã giải thích trình tự đo đạc, hòa giải ranh giới.',
    };
    const key = withIdempotencyKey('outcome-land-1');
    const first = await office.conference.recordOutcome.mutate(request, key);
    expect(first.status).toBe('answered-at-conference');
    const replay = await office.conference.recordOutcome.mutate(request, key);
    expect(replay).toMatchObject({ id: first.id, status: first.status, version: first.version });
    // Re-sent at the newer version (the outbox re-read the petition): still the same request.
    const rebased = await office.conference.recordOutcome.mutate(
      { ...request, expectedVersion: first.version },
      key,
    );
    expect(rebased.version).toBe(first.version);
    const detail = await office.petitions.get.query({ id: land.id });
    expect(detail.auditTrail.filter((e) => e.action === 'petition.record-outcome')).toHaveLength(1);

    const withoutKey = await refusal(office.conference.recordOutcome.mutate(request));
    expect(withoutKey.httpStatus).toBe(409);
    const otherOutcome = await refusal(
      office.conference.recordOutcome.mutate(
        {
          ...request,
          kind: 'answer-in-writing',
          answeredBy: undefined,
          responsibleOrganisationId: api.tenant.organisations.landDepartment,
        },
        key,
      ),
    );
    expect(otherOutcome.domainCode).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('keeps a replayed minutes save harmless after its answer was lost', async () => {
    const current = await office.conference.get.query({ planId });
    const minutes =
      'Hồi 08 giờ 00 phút ngày 10/12/2025, tại Hội trường UBND xã Chợ Mới, Hội nghị đối thoại…';
    const request = { planId, expectedVersion: current.version, minutes };
    const key = withIdempotencyKey('minutes-1');
    const saved = await office.conference.saveMinutes.mutate(request, key);
    const replay = await office.conference.saveMinutes.mutate(request, key);
    expect(replay).toMatchObject({ version: saved.version, minutes });
    expect(saved.version).toBe(current.version + 1);
  });
});
