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
  // intake
  register: intakeProcedures.register,
  registerBulk: intakeProcedures.registerBulk,
  // triage and assignment
  triage: triageProcedures.triage,
  triageBulk: triageProcedures.triageBulk,
  assign: triageProcedures.assign,
  forward: triageProcedures.forward,
  guide: triageProcedures.guide,
  // duplicates
  groupDuplicates: groupingProcedures.groupDuplicates,
  ungroup: groupingProcedures.ungroup,
  // answers
  draftAnswer: answerProcedures.draftAnswer,
  approveAnswer: answerProcedures.approveAnswer,
  sendBackAnswer: answerProcedures.sendBackAnswer,
  recordWrittenAnswer: answerProcedures.recordWrittenAnswer,
  // the citizen's response, carry-over, withdrawal
  recordCitizenResponse: closingProcedures.recordCitizenResponse,
  carryOver: closingProcedures.carryOver,
  withdraw: closingProcedures.withdraw,
  // reading
  list: readingProcedures.list,
  get: readingProcedures.get,
});
