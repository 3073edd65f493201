/** Which petitions each forwarding carried; a petition is forwarded once (migration 2110). */
export interface RegistrationForwardingItemsTable {
  forwarding_id: string;
  petition_id: string;
}
