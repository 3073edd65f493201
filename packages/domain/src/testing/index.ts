// Test data for other packages' tests: `import { aChoMoiPlan } from '@doithoai/domain/testing'`.
export {
  ADMIN_UNITS,
  BAN_MY,
  CHO_MOI_FIRST_VILLAGE,
  CHO_MOI_VILLAGES,
  SON_TAY_HA_VILLAGES,
  VINH_BAO_VILLAGES,
} from './admin-units.js';
export {
  aChoMoiPlan,
  aKhoenOnPlan,
  aSonTayHaPlan,
  aThanUyenPlan,
  aVinhBaoPlan,
  SEED_PLANS,
  type SeedPlanKey,
} from './seed-plans.js';
export {
  aLandPetitionInChoMoi,
  aLatePetitionFromBanMy,
  aPetitionFromBanMy,
  aRoadPetitionInSonTayHa,
  aSecurityPetitionInChoMoi,
} from './petitions.js';
export { messagesAt } from './zod-issues.js';
export { present } from './present.js';
