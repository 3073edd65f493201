import { sql, type Kysely } from 'kysely';

// The written answer's deadline rule, stored beside its date (`answer_due_on`): the conference
// outcome writes both, so the follow-up lists read the rule instead of guessing it back from the
// date. Null when a date carries no rule of the plan's schedule.
//
// Backfill of the rows written before: the rule `computeAnswerDeadline` chose when it wrote the
// date — `written-answer-complex` for a complex petition when the plan had that rule (its profile,
// or an override in the plan's content), else `written-answer`. The profiles with the rule are
// listed here as they stood (frozen, like the migration): only Lai Châu's 06/QC-TU (2019).
const PROFILES_WITH_COMPLEX_RULE = ['lai-chau-06-qc-tu-2019'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen in time, as every migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('petitions').addColumn('answer_due_rule', 'text').execute();
  await backfillAnswerDueRule(db);
}

/**
 * Sets the rule of every dated petition that has none (exported for its test: the rows of a
 * database migrated before this file).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen in time, as every migration
export async function backfillAnswerDueRule(db: Kysely<any>): Promise<void> {
  const complexRule = sql<boolean>`exists (
    select 1 from plans
    where plans.id = petitions.plan_id
      and (plans.regulation_profile_id in (${sql.join(PROFILES_WITH_COMPLEX_RULE)})
        or plans.content_json like ${'%"ruleId":"written-answer-complex"%'})
  )`;
  await db
    .updateTable('petitions')
    .set({
      answer_due_rule: sql`case when petitions.complexity = 'complex' and ${complexRule}
        then 'written-answer-complex' else 'written-answer' end`,
    })
    .where('answer_due_on', 'is not', null)
    .where('answer_due_rule', 'is', null)
    .execute();
}

export async function down(): Promise<void> {
  // Forward only: nothing is dropped (docs/domain.md: nothing is hard-deleted).
}
