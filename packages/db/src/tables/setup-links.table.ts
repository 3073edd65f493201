/** The first run's one-time setup link (migration 2020): only the token's hash is kept. */
export interface SetupLinksTable {
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  used_by: string | null;
}
