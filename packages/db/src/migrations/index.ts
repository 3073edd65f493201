import type { Migration } from 'kysely';
import * as createCore from './2026_11_23_1800_create_core.js';
import * as addPetitionOutcome from './2026_11_23_1930_add_petition_outcome.js';
import * as extendFollowUp from './2026_11_23_1945_extend_follow_up.js';
import * as createRegistrationForwardings from './2026_11_23_2110_create_registration_forwardings.js';
import * as createPublicIntake from './2026_11_23_2100_create_public_intake.js';
import * as addPetitionAnswerDueRule from './2026_12_07_1700_add_petition_answer_due_rule.js';
import * as addAuditRequestId from './2026_12_07_2100_add_audit_request_id.js';
import * as createNotifications from './2026_12_07_2000_create_notifications.js';
import * as administration from './2026_12_07_2020_administration.js';
import * as addOutboxExtension from './2026_12_08_0030_add_outbox_extension.js';
import * as addAccountLastLogin from './2026_12_08_0130_add_account_last_login.js';

/** Every migration, by name; names sort in the order they run. A static map, not a folder scan. */
export const MIGRATIONS: Record<string, Migration> = {
  '2026_11_23_1800_create_core': createCore,
  '2026_11_23_1930_add_petition_outcome': addPetitionOutcome,
  '2026_11_23_1945_extend_follow_up': extendFollowUp,
  '2026_11_23_2100_create_public_intake': createPublicIntake,
  '2026_11_23_2110_create_registration_forwardings': createRegistrationForwardings,
  '2026_12_07_1700_add_petition_answer_due_rule': addPetitionAnswerDueRule,
  '2026_12_07_2100_add_audit_request_id': addAuditRequestId,
  '2026_12_07_2000_create_notifications': createNotifications,
  '2026_12_07_2020_administration': administration,
  '2026_12_08_0030_add_outbox_extension': addOutboxExtension,
  '2026_12_08_0130_add_account_last_login': addAccountLastLogin,
};
