export interface CitizenResponsesTable {
  id: string;
  petition_id: string;
  response: string; // accepted | not-settled
  note: string | null;
  recorded_by: string | null;
  recorded_at: string;
}
