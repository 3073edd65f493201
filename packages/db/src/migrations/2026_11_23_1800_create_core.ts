import { sql, type Kysely } from 'kysely';

// Frozen in time: the value lists below are copied, not imported, so that this migration never
// changes when the domain grows; a later migration widens a check constraint.
const ROLES = [
  'party-secretary',
  'party-office',
  'commune-chair',
  'government-office',
  'department',
  'front-chair',
  'front-officer',
  'village',
  'citizen',
  'province-viewer',
  'admin',
];
const PLAN_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'announced',
  'postponed',
  'held',
  'concluded',
  'closed',
  'cancelled',
];
const PETITION_STATUSES = [
  'received',
  'triaged',
  'assigned',
  'answer-drafted',
  'answer-approved',
  'answered-at-conference',
  'awaiting-written-answer',
  'forwarded',
  'guided',
  'answered',
  'settled',
  'not-settled',
  'carried-over',
  'withdrawn',
];
const FOLLOW_UP_STATUSES = [
  'open',
  'in-progress',
  'reported-done',
  'verified',
  'carried-over',
  'cancelled',
];
const HOLIDAY_KINDS = ['holiday', 'compensatory', 'swapped-workday'];

function oneOf(column: string, values: readonly string[]) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}

// Migrations are typed `Kysely<any>`: frozen in time, they must not follow today's table types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('admin_units')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) =>
      c.notNull().check(oneOf('level', ['province', 'district', 'commune'])),
    )
    .addColumn('kind', 'text')
    .addColumn('parent_code', 'text', (c) => c.references('admin_units.code'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('villages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('admin_unit_code', 'text', (c) => c.notNull().references('admin_units.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addColumn('quota', 'integer', (c) => c.check(sql`quota is null or quota > 0`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('villages_unit_name_unique', ['admin_unit_code', 'name'])
    .execute();

  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('admin_unit_code', 'text', (c) => c.notNull().references('admin_units.code'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull().check(oneOf('role', ROLES)))
    .addColumn('admin_unit_code', 'text', (c) => c.notNull().references('admin_units.code'))
    .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(1)
        .check(sql`active in (0, 1)`),
    )
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('end_reason', 'text')
    .execute();
  await db.schema.createIndex('sessions_account_idx').on('sessions').column('account_id').execute();

  await db.schema
    .createTable('login_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('succeeded', 'integer', (c) => c.notNull().check(sql`succeeded in (0, 1)`))
    .execute();
  await db.schema
    .createIndex('login_attempts_username_at_idx')
    .on('login_attempts')
    .columns(['username', 'at'])
    .execute();
  await db.schema
    .createIndex('login_attempts_ip_at_idx')
    .on('login_attempts')
    .columns(['ip', 'at'])
    .execute();

  await db.schema
    .createTable('holidays')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', HOLIDAY_KINDS)))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`length(source) > 0`))
    .addColumn('created_by', 'text', (c) => c.references('accounts.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .execute();

  await db.schema
    .createTable('plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('admin_unit_code', 'text', (c) => c.notNull().references('admin_units.code'))
    .addColumn('issuer_kind', 'text', (c) => c.notNull())
    .addColumn('document_symbol', 'text', (c) => c.notNull())
    .addColumn('document_number', 'integer', (c) =>
      c.check(sql`document_number is null or document_number > 0`),
    )
    .addColumn('year', 'integer', (c) => c.notNull().check(sql`year between 1990 and 2100`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addColumn('regulation_profile_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(oneOf('status', PLAN_STATUSES)))
    .addColumn('dialogue_date', 'text')
    .addColumn('window_from', 'text')
    .addColumn('window_to', 'text')
    .addColumn('issued_on', 'text')
    .addColumn('notice_issued_on', 'text')
    .addColumn('held_on', 'text')
    .addColumn('conclusion_issued_on', 'text')
    .addColumn('status_reason', 'text')
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addColumn('return_comments_json', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text', (c) => c.references('accounts.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // A numbered plan is numbered once per issuer and year (Nghị định 30/2020, Hướng dẫn 36-HD/VPTW).
    .addUniqueConstraint('plans_issuer_year_number_unique', [
      'admin_unit_code',
      'issuer_kind',
      'document_symbol',
      'year',
      'document_number',
    ])
    .addCheckConstraint(
      'plans_numbered_once_approved',
      sql`status in ('draft', 'submitted', 'returned', 'cancelled') or document_number is not null`,
    )
    .execute();
  await db.schema
    .createIndex('plans_unit_year_idx')
    .on('plans')
    .columns(['admin_unit_code', 'year', 'status'])
    .execute();

  await db.schema
    .createTable('plan_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(oneOf('status', PLAN_STATUSES)))
    .addColumn('event', 'text')
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('changed_by', 'text', (c) => c.references('accounts.id'))
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('plan_versions_plan_version_unique', ['plan_id', 'version'])
    .execute();

  await db.schema
    .createTable('petitions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('admin_unit_code', 'text', (c) => c.notNull().references('admin_units.code'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('tracking_code', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull().check(oneOf('status', PETITION_STATUSES)))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('address', 'text')
    .addColumn('village_id', 'text', (c) => c.references('villages.id'))
    .addColumn('organisation_name', 'text')
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addColumn('field', 'text')
    .addColumn('urgency', 'text')
    .addColumn('competence', 'text')
    .addColumn('complexity', 'text')
    .addColumn('assigned_organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('referred_to', 'text')
    .addColumn('wants_to_speak', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`wants_to_speak in (0, 1)`),
    )
    .addColumn('speaking_order', 'integer')
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('is_late', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`is_late in (0, 1)`),
    )
    .addColumn('duplicate_group_id', 'text')
    .addColumn('carried_over_from_id', 'text', (c) => c.references('petitions.id'))
    .addColumn('next_plan_id', 'text', (c) => c.references('plans.id'))
    .addColumn('conference_outcome', 'text')
    .addColumn('answer_due_on', 'text')
    .addColumn('answered_on', 'text')
    .addColumn('consent_json', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text')
    .addColumn('idempotency_hash', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text', (c) => c.references('accounts.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('petitions_idempotency_unique', ['admin_unit_code', 'idempotency_key'])
    .execute();
  // The list and dashboards filter by tenant, plan, state and deadline; never a full scan.
  await db.schema
    .createIndex('petitions_unit_status_due_idx')
    .on('petitions')
    .columns(['admin_unit_code', 'status', 'answer_due_on'])
    .execute();
  await db.schema
    .createIndex('petitions_plan_idx')
    .on('petitions')
    .columns(['plan_id', 'status'])
    .execute();
  await db.schema
    .createIndex('petitions_assigned_idx')
    .on('petitions')
    .columns(['assigned_organisation_id', 'status'])
    .execute();
  await db.schema
    .createIndex('petitions_group_idx')
    .on('petitions')
    .column('duplicate_group_id')
    .execute();

  await db.schema
    .createTable('petition_answers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('petition_id', 'text', (c) => c.notNull().references('petitions.id'))
    .addColumn('stage', 'text', (c) =>
      c.notNull().check(oneOf('stage', ['before-conference', 'written'])),
    )
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(oneOf('status', ['drafted', 'approved', 'sent-back'])),
    )
    .addColumn('drafted_by', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('drafted_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.references('accounts.id'))
    .addColumn('decided_at', 'text')
    .addColumn('decision_comment', 'text')
    .addColumn('sent_on', 'text')
    .addColumn('document_ref', 'text')
    .execute();
  await db.schema
    .createIndex('petition_answers_petition_idx')
    .on('petition_answers')
    .column('petition_id')
    .execute();

  await db.schema
    .createTable('citizen_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('petition_id', 'text', (c) => c.notNull().references('petitions.id'))
    .addColumn('response', 'text', (c) =>
      c.notNull().check(oneOf('response', ['accepted', 'not-settled'])),
    )
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', (c) => c.references('accounts.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('conferences')
    .addColumn('plan_id', 'text', (c) => c.primaryKey().references('plans.id'))
    .addColumn('admin_unit_code', 'text', (c) => c.notNull().references('admin_units.code'))
    .addColumn('started_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('agenda_json', 'text', (c) => c.notNull())
    .addColumn('attendance_json', 'text', (c) => c.notNull())
    .addColumn('minutes', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('conclusion_notices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().unique().references('plans.id'))
    .addColumn('admin_unit_code', 'text', (c) => c.notNull().references('admin_units.code'))
    .addColumn('document_number', 'integer')
    .addColumn('document_symbol', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('accounts.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('follow_up_tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('admin_unit_code', 'text', (c) => c.notNull().references('admin_units.code'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
    .addColumn('petition_id', 'text', (c) => c.references('petitions.id'))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('responsible_organisation_id', 'text', (c) =>
      c.notNull().references('organisations.id'),
    )
    .addColumn('rule_id', 'text')
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(oneOf('status', FOLLOW_UP_STATUSES)))
    .addColumn('report', 'text')
    .addColumn('done_on', 'text')
    .addColumn('next_plan_id', 'text', (c) => c.references('plans.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text', (c) => c.references('accounts.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('follow_up_unit_status_due_idx')
    .on('follow_up_tasks')
    .columns(['admin_unit_code', 'status', 'due_on'])
    .execute();

  await db.schema
    .createTable('extensions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('follow_up_tasks.id'))
    .addColumn('previous_due_on', 'text', (c) => c.notNull())
    .addColumn('new_due_on', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`length(reason) > 0`))
    .addColumn('citizen_informed', 'integer', (c) =>
      c.notNull().check(sql`citizen_informed in (0, 1)`),
    )
    .addColumn('informed_on', 'text')
    .addColumn('informed_how', 'text')
    .addColumn('created_by', 'text', (c) => c.references('accounts.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('extensions_later_date', sql`new_due_on > previous_due_on`)
    .execute();

  await db.schema
    .createTable('findings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('admin_unit_code', 'text', (c) => c.notNull().references('admin_units.code'))
    .addColumn('plan_id', 'text', (c) => c.references('plans.id'))
    .addColumn('target_type', 'text', (c) =>
      c.notNull().check(oneOf('target_type', ['plan', 'petition', 'follow-up-task'])),
    )
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_account_id', 'text', (c) => c.references('accounts.id'))
    .addColumn('actor_role', 'text')
    .addColumn('admin_unit_code', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('reason', 'text')
    .addColumn('personal_data_export', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('audit_entity_idx')
    .on('audit_log')
    .columns(['entity_type', 'entity_id'])
    .execute();
  await db.schema
    .createIndex('audit_unit_at_idx')
    .on('audit_log')
    .columns(['admin_unit_code', 'at'])
    .execute();
}

export async function down(): Promise<void> {
  // Forward only: nothing is dropped (docs/domain.md: nothing is hard-deleted).
}
