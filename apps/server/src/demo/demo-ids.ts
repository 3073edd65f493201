import type { CommuneRole, DemoBody, DemoCommuneKey } from './demo-communes.js';

/** The rows the demo created for one commune, for the functions that add plans and petitions. */
export interface DemoCommuneIds {
  code: string;
  accounts: Record<CommuneRole, string>;
  bodies: Record<DemoBody, string>;
  /** The domain's village ids (`village-cho-moi-01`…), so the seed builders' petitions fit. */
  villageIds: string[];
}

export interface DemoIds {
  communes: Record<DemoCommuneKey, DemoCommuneIds>;
  /** The province viewer's account id, by province code. */
  provinceViewers: Record<string, string>;
}
