/** The server's generated secrets, kept so every process agrees on them (migration 2100). */
export interface ServerSecretsTable {
  name: string;
  value: string;
  created_at: string;
}
