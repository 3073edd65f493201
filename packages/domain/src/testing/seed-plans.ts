import type { Plan } from '../plans/plan.schema.js';
import { choMoi2025Plan } from './seed-plans/cho-moi-2025.js';
import { khoenOn2025Plan } from './seed-plans/khoen-on-2025.js';
import { sonTayHa2025Plan } from './seed-plans/son-tay-ha-2025.js';
import { thanUyen2023Plan } from './seed-plans/than-uyen-2023.js';
import { vinhBao2026Plan } from './seed-plans/vinh-bao-2026.js';

/** The five seed plans (`/work/shared/seeds`, 000–004) as `Plan` data, keyed by place and year. */
export const SEED_PLANS = {
  choMoi2025: choMoi2025Plan(),
  khoenOn2025: khoenOn2025Plan(),
  thanUyen2023: thanUyen2023Plan(),
  vinhBao2026: vinhBao2026Plan(),
  sonTayHa2025: sonTayHa2025Plan(),
} as const satisfies Record<string, Plan>;
export type SeedPlanKey = keyof typeof SEED_PLANS;

/**
 * Seed 000 (Đảng ủy xã Chợ Mới, dialogue on 10/12/2025, cut-off 04/12/2025), fresh on every
 * call so a test may change it freely.
 *
 * @example aChoMoiPlan({ status: 'draft' }).timing // { kind: 'date', date: '2025-12-10', note: 'Dự kiến' }
 */
export function aChoMoiPlan(overrides: Partial<Plan> = {}): Plan {
  return { ...choMoi2025Plan(), ...overrides };
}

/**
 * Seed 001 (UBND xã Khoen On, bản Mỳ, within August 2025).
 *
 * @example aKhoenOnPlan().timing // { kind: 'window', from: '2025-08-01', to: '2025-08-31', note: '…' }
 */
export function aKhoenOnPlan(overrides: Partial<Plan> = {}): Plan {
  return { ...khoenOn2025Plan(), ...overrides };
}

/**
 * Seed 002 (Huyện ủy Than Uyên with the People of Khoen On, 2023, date to be announced).
 *
 * @example aThanUyenPlan().issuer.kind // 'district-party-committee'
 */
export function aThanUyenPlan(overrides: Partial<Plan> = {}): Plan {
  return { ...thanUyen2023Plan(), ...overrides };
}

/**
 * Seed 003 (Đảng ủy xã Vĩnh Bảo, Q3 2026, finished before 30/10/2026).
 *
 * @example aVinhBaoPlan().regulationProfileId // 'hai-phong-1155-qd-tu-2023'
 */
export function aVinhBaoPlan(overrides: Partial<Plan> = {}): Plan {
  return { ...vinhBao2026Plan(), ...overrides };
}

/**
 * Seed 004 (UBND xã Sơn Tây Hạ, last six months of 2025, date announced later).
 *
 * @example aSonTayHaPlan({ status: 'draft', signer: undefined }).status // 'draft'
 */
export function aSonTayHaPlan(overrides: Partial<Plan> = {}): Plan {
  return { ...sonTayHa2025Plan(), ...overrides };
}
