// Benchmark: the full schedule of 10,000 plans (every rule of their profile, with overrides),
// then the deadline state of every entry. Prints figures; it is not a timed test.
// Run: pnpm bench (from the repository root) or node bench/schedule.bench.js after a build.
import {
  REGULATION_PROFILE_IDS,
  addDays,
  computePlanSchedule,
  createVietnamWorkingCalendar,
  deadlineState,
} from '../dist/index.js';

const PLAN_COUNT = Number(process.env.PLANS ?? 10_000);
const ROUNDS = Number(process.env.ROUNDS ?? 5);

// Deterministic pseudo-random plans: dialogue dates spread over 2024–2027, all five profiles,
// one plan in five with seed 000's kind of fixed cut-off override.
function makePlans(count) {
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, (_, index) => {
    const dialogue = addDays('2024-01-01', Math.floor(random() * 365 * 4));
    return {
      profileId: REGULATION_PROFILE_IDS[index % REGULATION_PROFILE_IDS.length],
      events: { 'plan-approved': addDays(dialogue, -30), 'dialogue-held': dialogue },
      overrides:
        index % 5 === 0
          ? [
              {
                ruleId: 'registration-cutoff',
                date: addDays(dialogue, -6),
                reason: 'Kế hoạch ấn định',
              },
            ]
          : [],
    };
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const plans = makePlans(PLAN_COUNT);
const collect = () => globalThis.gc?.();
collect();
const heapBefore = process.memoryUsage().heapUsed;

// Cold: a new calendar has to compute the holiday tables (lunar dates) of every year it meets.
let start = performance.now();
const coldCalendar = createVietnamWorkingCalendar();
let entries = 0;
for (const plan of plans) entries += computePlanSchedule(coldCalendar, plan).length;
const coldMs = performance.now() - start;

const warmCalendar = createVietnamWorkingCalendar();
for (const plan of plans.slice(0, 100)) computePlanSchedule(warmCalendar, plan);
const scheduleRounds = [];
const stateRounds = [];
let schedules;
for (let round = 0; round < ROUNDS; round += 1) {
  start = performance.now();
  schedules = plans.map((plan) => computePlanSchedule(warmCalendar, plan));
  scheduleRounds.push(performance.now() - start);
  start = performance.now();
  let states = 0;
  for (const schedule of schedules) {
    for (const entry of schedule) {
      if (entry.dueDate) {
        deadlineState(warmCalendar, { dueDate: entry.dueDate }, '2026-11-23');
        states += 1;
      }
    }
  }
  stateRounds.push(performance.now() - start);
  if (round === 0) console.log(`deadline states per round: ${states}`);
}
collect();
const heapAfter = process.memoryUsage().heapUsed;

const warm = median(scheduleRounds);
console.log(
  `plans: ${PLAN_COUNT}, schedule entries: ${entries}, rounds: ${ROUNDS} (median reported)`,
);
console.log(`cold (first calendar use, holiday tables computed): ${coldMs.toFixed(1)} ms`);
console.log(
  `full schedule of ${PLAN_COUNT} plans: ${warm.toFixed(1)} ms (${((warm / PLAN_COUNT) * 1000).toFixed(1)} µs per plan)`,
);
console.log(`deadline state of every entry: ${median(stateRounds).toFixed(1)} ms`);
console.log(
  `heap held by ${PLAN_COUNT} schedules with their explanations (after GC${globalThis.gc ? '' : ' — run with --expose-gc for an exact figure'}): ${((heapAfter - heapBefore) / 1_048_576).toFixed(1)} MiB`,
);
if (schedules.length !== PLAN_COUNT) throw new Error('benchmark lost schedules');
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
