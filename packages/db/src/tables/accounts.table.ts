import type { Selectable } from 'kysely';

export interface AccountsTable {
  id: string;
  username: string;
  full_name: string;
  role: string;
  admin_unit_code: string;
  organisation_id: string | null;
  password_hash: string;
  active: number;
  /** Where the official's e-mail notifications go (migration 2026_12_07_2000); optional. */
  email: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export type AccountRow = Selectable<AccountsTable>;
