export interface SessionsTable {
  /** SHA-256 of the cookie's token: a leaked table cannot be replayed. */
  token_hash: string;
  account_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ended_at: string | null;
  end_reason: string | null;
}
