// What the shared plan components need from the app they run in: its api client, its links and
// the issuer whose plans it handles. Each app sets it once in its root layout.
import type { IssuerKind } from '@doithoai/domain';
import { getContext, setContext } from 'svelte';
import type { MarkedDay } from '../dates.js';
import type { ApiClient } from '../session.js';

/** The app's links to a plan's pages (under its base path). */
export interface PlanPaths {
  plan(id: string): string;
  editPlan(id: string): string;
  planVersion(id: string, version: number): string;
}

export interface PlanApp {
  api: ApiClient;
  /** Days off for the date inputs (`holidayLoader(api)`). */
  loadHolidays: (year: number) => Promise<MarkedDay[]>;
  paths: PlanPaths;
  /** The issuer of the plans this app drafts and lists: the Party committee or the UBND. */
  issuerKind: IssuerKind;
  /** The app's navigation (SvelteKit's `goto`), after a copy is saved. */
  goto: (url: string) => Promise<void>;
}

const KEY = Symbol('doithoai.plan-app');

/**
 * Hands the app's api, links and issuer to every plan component below (call in the root layout).
 *
 * @example setPlanApp({ api, loadHolidays, paths, issuerKind: 'peoples-committee', goto });
 */
export function setPlanApp(app: PlanApp): PlanApp {
  return setContext(KEY, app);
}

/** The app set by `setPlanApp`; a component used outside such an app fails loudly. */
export function planApp(): PlanApp {
  const app = getContext<PlanApp | undefined>(KEY);
  if (!app) throw new Error('planApp: setPlanApp() was not called in the root layout.');
  return app;
}
