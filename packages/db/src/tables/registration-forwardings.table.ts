/** The Front's forwardings of compiled registrations (migration 2110). */
export interface RegistrationForwardingsTable {
  id: string;
  admin_unit_code: string;
  plan_id: string;
  forwarded_by: string;
  forwarded_at: string;
  forwarded_on: string;
  petition_count: number;
  note: string | null;
  deadline_rule_id: string | null;
  deadline_due_on: string | null;
  deadline_source: string | null;
  on_time: number | null;
}
