import { router } from '../../trpc.js';
import { answerProcedures } from './answer.procedures.js';
import { closingProcedures } from './closing.procedures.js';
import { groupingProcedures } from './grouping.procedures.js';
import { intakeProcedures } from './intake.procedures.js';
import { readingProcedures } from './reading.procedures.js';
import { triageProcedures } from './triage.procedures.js';

/**
 * Petitions (ý kiến, kiến nghị, phản ánh), docs/domain.md §3–6: intake, triage, answers, the
 * citizen's response, carry-over; reading with filters. Each group of procedures has its file.
 */
export const petitionsRouter = router({
  ...intakeProcedures,
  ...triageProcedures,
  ...groupingProcedures,
  ...answerProcedures,
  ...closingProcedures,
  ...readingProcedures,
});
