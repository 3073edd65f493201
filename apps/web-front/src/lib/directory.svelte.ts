import { api } from './api.js';
import type { Directory, PlanRow } from './types.js';

/** The commune's villages and its dialogues: loaded once, for the pickers and forms. */
export const directory = $state<Directory & { plans: PlanRow[]; loaded: boolean }>({
  villages: [],
  organisations: [],
  plans: [],
  loaded: false,
});

let loading: Promise<void> | null = null;

/**
 * Loads the directory the first time it is asked for (a failure is retried on the next call).
 *
 * @example await loadDirectory(); villageName(id);
 */
export function loadDirectory(): Promise<void> {
  loading ??= Promise.all([api.directory.commune.query(), api.plans.list.query({})])
    .then(([found, plans]) => {
      directory.villages = found.villages;
      directory.organisations = found.organisations;
      directory.plans = plans;
      directory.loaded = true;
    })
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** The name of a village of the commune, or a dash. */
export const villageName = (id: string | null | undefined) =>
  (id && directory.villages.find((v) => v.id === id)?.name) || '—';
