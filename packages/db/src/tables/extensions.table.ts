export interface ExtensionsTable {
  id: string;
  task_id: string;
  previous_due_on: string;
  new_due_on: string;
  reason: string;
  citizen_informed: number;
  informed_on: string | null;
  informed_how: string | null;
  created_by: string | null;
  created_at: string;
}
