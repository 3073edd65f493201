import type { DemoCommuneKey } from './demo-communes.js';
import { seedChoMoi } from './demo-story-cho-moi.js';
import { seedKhoenOn } from './demo-story-khoen-on.js';
import { seedSonTayHa } from './demo-story-son-tay-ha.js';
import { seedVinhBao } from './demo-story-vinh-bao.js';
import type { DemoWorld } from './demo-world.js';

/**
 * Each commune's dialogues, told through the API's own procedures (a server-side caller per
 * account and instant, `demo-api.ts`), so the demo database is what the app produces (plan
 * versions, petitions' histories, answers, conference records, follow-up, findings and every
 * audit row):
 *
 * - Chợ Mới (seed 000): the 2025 dialogue concluded, a year of follow-up in every deadline
 *   state, the Front's supervision; next year's plan returned with comments; a draft.
 * - Khoen On: Than Uyên's 2023 district dialogue (seed 002) closed; the commune's own plan
 *   (seed 001) submitted, waiting for approval.
 * - Vĩnh Bảo (seed 003): approved, announced for a date four working days away, registrations
 *   arriving, some late.
 * - Sơn Tây Hạ (seed 004): held three working days ago, every outcome recorded.
 */
export const DEMO_STORIES: Record<DemoCommuneKey, (world: DemoWorld) => Promise<void>> = {
  choMoi: seedChoMoi,
  khoenOn: seedKhoenOn,
  vinhBao: seedVinhBao,
  sonTayHa: seedSonTayHa,
};
