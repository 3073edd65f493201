// What `npm start` shows until the server exists: the five seed plans' schedules, each date with
// its rule, source and explanation, and this year's holiday table with the source of each day.
import {
  computePlanSchedule,
  createVietnamWorkingCalendar,
  deadlineState,
  DEADLINE_STATE_LABELS,
  describeHolidaySource,
  formatVietnameseDate,
  planScheduleInput,
  REGULATION_PROFILES,
  vietnamDateAt,
} from '../dist/index.js';
import { SEED_PLANS } from '../dist/testing/index.js';

const calendar = createVietnamWorkingCalendar();
const today = vietnamDateAt(new Date());
const year = Number(today.slice(0, 4));

console.log(`Đối thoại — hôm nay ${formatVietnameseDate(today)} (giờ Việt Nam)\n`);
for (const plan of Object.values(SEED_PLANS)) {
  console.log(`■ ${plan.title}`);
  console.log(
    `  ${plan.issuer.name} · quy chế: ${REGULATION_PROFILES[plan.regulationProfileId].name}`,
  );
  for (const entry of computePlanSchedule(calendar, planScheduleInput(plan))) {
    const due = entry.dueDate ? formatVietnameseDate(entry.dueDate) : 'chưa tính';
    const state = entry.dueDate
      ? ` [${DEADLINE_STATE_LABELS[deadlineState(calendar, { dueDate: entry.dueDate }, today).state]}]`
      : '';
    console.log(`  - ${due}${state} ${entry.label}`);
    console.log(`      ${entry.explanation}`);
    console.log(`      Nguồn: ${entry.source}`);
  }
  console.log('');
}

console.log(
  `Ngày nghỉ năm ${year} (${describeHolidaySource(year) === 'official' ? 'theo thông báo chính thức' : 'tính theo Bộ luật Lao động'}):`,
);
for (const entry of calendar.entriesForYear(year)) {
  console.log(
    `  ${formatVietnameseDate(entry.date)}  ${entry.kind.padEnd(15)} ${entry.name} — ${entry.source}`,
  );
}
console.log('\nMáy chủ và các ứng dụng sẽ có ở các issue sau (xem README).');
