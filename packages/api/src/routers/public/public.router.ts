import { router } from '../../trpc.js';
import { dialogueProcedures } from './dialogues.procedures.js';
import { registrationProcedures } from './registration.procedures.js';
import { resultsProcedures } from './results.procedures.js';
import { trackingProcedures } from './tracking.procedures.js';

/**
 * The public pages' API (no sign-in, every procedure a `publicProcedure`): the communes and their
 * coming dialogues, online registration with a tracking code, tracking and the citizen's
 * response, and the published results with personal data redacted.
 */
export const publicRouter = router({
  // the communes and their dialogues
  communes: dialogueProcedures.communes,
  dialogues: dialogueProcedures.dialogues,
  dialogue: dialogueProcedures.dialogue,
  // online registration
  formToken: registrationProcedures.formToken,
  register: registrationProcedures.register,
  // tracking and the response
  track: trackingProcedures.track,
  respond: trackingProcedures.respond,
  withdrawConsent: trackingProcedures.withdrawConsent,
  // published results
  results: resultsProcedures.results,
});
