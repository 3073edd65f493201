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
  // read
  list: planReadProcedures.list,
  get: planReadProcedures.get,
  version: planReadProcedures.version,
  schedule: planReadProcedures.schedule,
  lastOfIssuer: planReadProcedures.lastOfIssuer,
  // draft
  create: planWriteProcedures.create,
  update: planWriteProcedures.update,
  // one mutation per lifecycle step
  submit: planEventProcedures.submit,
  return: planEventProcedures.return,
  approve: planEventProcedures.approve,
  announce: planEventProcedures.announce,
  postpone: planEventProcedures.postpone,
  reschedule: planEventProcedures.reschedule,
  hold: planEventProcedures.hold,
  conclude: planEventProcedures.conclude,
  close: planEventProcedures.close,
  cancel: planEventProcedures.cancel,
});
