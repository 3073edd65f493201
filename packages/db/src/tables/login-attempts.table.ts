export interface LoginAttemptsTable {
  id: string;
  username: string;
  ip: string;
  at: string;
  succeeded: number;
}
