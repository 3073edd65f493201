export interface PetitionAnswersTable {
  id: string;
  petition_id: string;
  stage: string; // before-conference | written
  content: string;
  legal_basis: string | null;
  status: string; // drafted | approved | sent-back
  drafted_by: string;
  drafted_at: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_comment: string | null;
  sent_on: string | null;
  document_ref: string | null;
}
