import type { CommuneRole, DemoBody, DemoCommuneKey, DepartmentBody } from './demo-communes.js';

/** The rows the demo created for one commune, for the functions that add plans and petitions. */
export interface DemoCommuneIds {
  code: string;
  accounts: Record<CommuneRole, string>;
  /** The accounts of the police, the culture-society office and the service centre. */
  departmentAccounts: Record<DepartmentBody, string>;
  bodies: Record<DemoBody, string>;
  /** The domain's village ids (`village-cho-moi-01`…) and the demo's own (`village-vinh-bao-03`…). */
  villageIds: string[];
  /** The ids the API gave the seed plans, by the seed's own id (`plan-cho-moi-2025`…). */
  plans: Record<string, string>;
}

export interface DemoIds {
  communes: Record<DemoCommuneKey, DemoCommuneIds>;
  /** The province viewer's account id, by province code. */
  provinceViewers: Record<string, string>;
  /** Every commune's `plans`: the seed plans' ids, by the seed's own id. */
  plans: Record<string, string>;
}
