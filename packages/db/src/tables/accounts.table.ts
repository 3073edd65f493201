import type { Generated, Selectable } from 'kysely';

export interface AccountsTable {
  id: string;
  username: string;
  full_name: string;
  role: string;
  admin_unit_code: string;
  organisation_id: string | null;
  /** A village account's village (migration 2020). */
  village_id: string | null;
  /** 1 after a reset: the person must choose a new password at the next sign-in. */
  must_change_password: Generated<number>;
  password_hash: string;
  /** The last successful sign-in (migration 2026_12_08_0130); null before the first. */
  last_login_at: string | null;
  active: number;
  /** Where the official's e-mail notifications go (migration 2026_12_07_2000); optional. */
  email: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export type AccountRow = Selectable<AccountsTable>;
