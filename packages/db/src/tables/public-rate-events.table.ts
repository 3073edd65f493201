/** Counted requests of the public pages, for their rate limits (migration 2100). */
export interface PublicRateEventsTable {
  id: string;
  /** What is counted: `register-ip`, `register-phone`, `track-miss-ip`. */
  scope: string;
  /** HMAC of the address or phone number: the limits work without keeping them in clear. */
  subject_hash: string;
  at: string;
}
