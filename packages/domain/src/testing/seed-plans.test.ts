import { describe, expect, it } from 'vitest';
import { AdminUnitSchema } from '../admin-units/admin-unit.schema.js';
import { PetitionSchema } from '../petitions/petition.schema.js';
import { formatDocumentNumber } from '../plans/plan-document.schema.js';
import { PlanSchema } from '../plans/plan.schema.js';
import { ADMIN_UNITS } from './admin-units.js';
import {
  aLandPetitionInChoMoi,
  aLatePetitionFromBanMy,
  aPetitionFromBanMy,
  aRoadPetitionInSonTayHa,
  aSecurityPetitionInChoMoi,
} from './petitions.js';
import { aChoMoiPlan, aKhoenOnPlan, SEED_PLANS } from './seed-plans.js';

describe('SEED_PLANS', () => {
  it.each(Object.entries(SEED_PLANS))('%s parses with PlanSchema', (_, plan) => {
    expect(PlanSchema.safeParse(plan).error?.issues ?? []).toEqual([]);
  });

  it('carries the signers named in the seeds', () => {
    expect(Object.values(SEED_PLANS).map((plan) => plan.signer?.name)).toEqual([
      'Triệu Tiên Trình',
      'Phạm Văn Bốn',
      'Lê Thị Kim Ngân',
      'Bùi Thị Lý',
      'Nguyễn Thị Tình',
    ]);
  });

  it('follows the regulation each seed names', () => {
    expect(
      Object.fromEntries(
        Object.entries(SEED_PLANS).map(([key, plan]) => [key, plan.regulationProfileId]),
      ),
    ).toEqual({
      choMoi2025: 'thai-nguyen-357-qd-tu-2025',
      khoenOn2025: 'lai-chau-06-qc-tu-2019',
      thanUyen2023: 'lai-chau-06-qc-tu-2019',
      vinhBao2026: 'hai-phong-1155-qd-tu-2023',
      sonTayHa2025: 'quang-ngai-29-2022-qd-ubnd',
    });
  });

  it("keeps Chợ Mới's own registration cut-off of 04/12/2025 for a dialogue on 10/12/2025", () => {
    expect(SEED_PLANS.choMoi2025.timing).toMatchObject({ kind: 'date', date: '2025-12-10' });
    expect(SEED_PLANS.choMoi2025.scheduleOverrides).toEqual([
      {
        ruleId: 'registration-cutoff',
        date: '2025-12-04',
        reason: 'Kế hoạch mục IV.5: đăng ký câu hỏi trước ngày 04/12/2025',
      },
    ]);
  });

  it('holds a district issuer for seed 002 while the dialogue is with a commune', () => {
    expect(SEED_PLANS.thanUyen2023.issuer.adminUnitCode).toBe(ADMIN_UNITS.thanUyen.code);
    expect(SEED_PLANS.thanUyen2023.adminUnitCode).toBe(ADMIN_UNITS.khoenOn.code);
  });

  it("writes each seed's number with its convention once numbered", () => {
    const { issuer, documentSymbol } = SEED_PLANS.choMoi2025;
    expect(
      formatDocumentNumber({ number: 21, symbol: documentSymbol, issuerKind: issuer.kind }),
    ).toBe('21-KH/ĐU');
    const state = SEED_PLANS.sonTayHa2025;
    expect(
      formatDocumentNumber({
        number: 215,
        symbol: state.documentSymbol,
        issuerKind: state.issuer.kind,
      }),
    ).toBe('215/KH-UBND');
  });

  it('marks Nơi nhận with b/c, t/h, c/đ and copy kinds as seed 000 does', () => {
    const recipients = SEED_PLANS.choMoi2025.recipients;
    expect(recipients.filter((r) => r.copyKind === 'paper').map((r) => r.name)).toEqual([
      'Các thôn trên địa bàn xã',
      'Lưu Văn phòng Đảng ủy',
    ]);
    expect(recipients.find((r) => r.name === 'Thường trực Đảng ủy')?.purpose).toBe('to-direct');
  });

  it('gives a fresh copy to each builder call, with overrides', () => {
    const plan = aChoMoiPlan({ status: 'draft' });
    plan.purposes.push('Thêm');
    expect(aChoMoiPlan().purposes).toHaveLength(4);
    expect(aKhoenOnPlan({ venue: undefined }).venue).toBeUndefined();
  });
});

describe('test data', () => {
  it('has admin units that parse', () => {
    for (const unit of Object.values(ADMIN_UNITS))
      expect(AdminUnitSchema.safeParse(unit).success).toBe(true);
  });

  const builders = [
    aPetitionFromBanMy,
    aLatePetitionFromBanMy,
    aLandPetitionInChoMoi,
    aSecurityPetitionInChoMoi,
    aRoadPetitionInSonTayHa,
  ];
  it.each(builders.map((build) => ({ name: build.name, build })))(
    '$name builds a petition that parses and belongs to a seed plan',
    ({ build }) => {
      const petition = build();
      expect(PetitionSchema.parse(petition)).toEqual(petition);
      expect(
        Object.values(SEED_PLANS).some(
          (plan) => plan.id === petition.planId && plan.adminUnitCode === petition.adminUnitCode,
        ),
      ).toBe(true);
    },
  );

  it('flags the late petition from bản Mỳ, keeping it', () => {
    expect(aLatePetitionFromBanMy()).toMatchObject({
      isLate: true,
      planId: SEED_PLANS.khoenOn2025.id,
    });
  });
});
