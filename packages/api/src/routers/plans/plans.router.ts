import { router } from '../../trpc.js';
import { planEventProcedures } from './plans-events.procedures.js';
import { planReadProcedures } from './plans-read.procedures.js';
import { planWriteProcedures } from './plans-write.procedures.js';

/**
 * Plans (kế hoạch): read (`list`, `get`, `version`, `schedule`, `lastOfIssuer`), draft
 * (`create`, `update`) and one mutation per lifecycle step (`submit`, `return`, `approve`,
 * `announce`, `postpone`, `reschedule`, `hold`, `conclude`, `close`, `cancel`).
 */
export const plansRouter = router({
  ...planReadProcedures,
  ...planWriteProcedures,
  ...planEventProcedures,
});
