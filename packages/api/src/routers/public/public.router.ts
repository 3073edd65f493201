import { router } from '../../trpc.js';
import { dialogueProcedures } from './dialogues.procedures.js';
import { registrationProcedures } from './registration.procedures.js';
import { resultsProcedures } from './results.procedures.js';
import { trackingProcedures } from './tracking.procedures.js';

/**
 * The public pages' API (no sign-in, every procedure `access: 'public'`): the communes and their
 * coming dialogues, online registration with a tracking code, tracking and the citizen's
 * response, and the published results with personal data redacted.
 */
export const publicRouter = router({
  ...dialogueProcedures,
  ...registrationProcedures,
  ...trackingProcedures,
  ...resultsProcedures,
});
