// @doithoai/browser-testing: what the role apps' browser tests share (Node only, never bundled).
export { signInApi, type ApiCaller } from './api-caller.js';
export { openPage, recordFailure, refusalAt, shot, signIn } from './browser-steps.js';
export {
  describeInBrowser,
  useJourney,
  type JourneyOptions,
  type JourneySteps,
  type OpenedWorld,
} from './journey.js';
export {
  browserAvailability,
  CHROMIUM,
  contextAtServerDate,
  PASSWORD,
  startWorld,
  type CommuneKey,
  type Prepare,
  type World,
  type WorldAccount,
  type WorldOptions,
} from './harness.js';
export {
  announcedChoMoiPlan,
  contentOf,
  morning,
  planStep,
  registerPetition,
  type NewPlanInput,
  type PetitionSeed,
  type PlanView,
} from './plan-seed.js';
export { ids, ORGANISATIONS, prepareCommune, VILLAGE_NAME } from './commune-seed.js';
export { typePlan } from './plan-form-filler.js';
export { present } from './present.js';
