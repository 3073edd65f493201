import { createDatabase, listPetitionAnswers, listPetitions } from '@doithoai/db';
import { toPetitionView } from '@doithoai/api/server';
import { createVietnamWorkingCalendar } from '@doithoai/domain';
import { copyDataset } from '../data/dataset.js';
import { FIRST_COMMUNE } from '../data/world.js';
import type { RatioResult } from '../report.js';
import type { BenchEnv } from './env.js';
import { alternatingRounds, ratesLine } from './ops.js';

/** Petitions whose written-answer deadline is set: every row of the page has one to show. */
const WITH_DEADLINE = [
  'awaiting-written-answer',
  'answer-drafted',
  'answered',
  'settled',
  'not-settled',
];

/**
 * The list with each row's deadline state computed (what `petitions.list` does: the api's
 * `toPetitionView` → the domain's `deadlineState` with the working calendar, per row, memoised
 * per due date) ÷ the same list returning the stored deadline columns as they are
 * (`answer_due_on`, `answered_on`), in one process: the page query, the answers query and the mapping, 50 rows that all carry a
 * deadline. In-process, so HTTP and JSON do not dilute the difference.
 */
export async function deadlines(env: BenchEnv): Promise<RatioResult[]> {
  const file = copyDataset(await env.smallDataset(), env.workDir, 'deadlines');
  const handle = createDatabase({ url: file });
  try {
    const calendar = createVietnamWorkingCalendar();
    const today = '2026-11-20';
    const page = async () => {
      const { petitions: rows } = await listPetitions(handle.db, {
        adminUnitCodes: [FIRST_COMMUNE],
        statuses: WITH_DEADLINE,
        limit: 50,
      });
      const answers = await listPetitionAnswers(
        handle.db,
        rows.map((r) => r.id),
      );
      if (rows.length !== 50) throw new Error(`expected 50 rows, got ${rows.length}`);
      return { rows, answers };
    };
    // What `petitions.list` does per row: the api's own `toPetitionView` (the record plus its
    // deadline state from the working calendar).
    const computed = async () => {
      const { rows } = await page();
      return rows.map((record) =>
        toPetitionView(record, calendar, today, { role: 'party-office' }),
      );
    };
    const stored = async () => {
      const { rows } = await page();
      return rows.map((record) => ({
        ...record,
        deadline: { dueDate: record.answerDueOn, metOn: record.answeredOn },
      }));
    };
    const { ratio, rounds } = await alternatingRounds(env.mode.rounds, env.mode.seconds * 2000, [
      { name: 'computed', run: computed },
      { name: 'stored', run: stored },
    ]);
    return [
      {
        id: 'list-computed-deadlines/stored',
        title:
          "a 50-row petition page with each deadline state computed from the working calendar ÷ the same page with the stored deadline columns only (in-process, alternating batches of 10; median of the rounds' ratios)",
        target: { op: '>=', value: 0.95 },
        value: ratio,
        figures: [
          ratesLine('computed', 'computed per row', 'pages/s', rounds),
          ratesLine('stored', 'stored only', 'pages/s', rounds),
        ],
      },
    ];
  } finally {
    await handle.close();
  }
}
