import type { Kysely } from 'kysely';

// Two petition facts the core table left out: the kind the citizen chose (câu hỏi, ý kiến, kiến
// nghị, phản ánh) and what the conference recorded beside the outcome (seed 002 §4.1, the dossier:
// who answered, the direction given, who recorded it and when) — JSON text, as other structured parts.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- frozen in time, as every migration
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('petitions').addColumn('kind', 'text').execute();
  await db.schema.alterTable('petitions').addColumn('outcome_json', 'text').execute();
}

export async function down(): Promise<void> {
  // Forward only: nothing is dropped (docs/domain.md: nothing is hard-deleted).
}
