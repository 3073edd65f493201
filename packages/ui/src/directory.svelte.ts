import type { RouterOutputs } from '@doithoai/api/client';
import type { ApiClient } from './session.js';

/** `directory.commune`: the commune's villages and bodies. */
export type CommuneDirectory = RouterOutputs['directory']['commune'];
/** `plans.list`: the commune's dialogues. */
type DirectoryPlan = RouterOutputs['plans']['list'][number];

/** The commune's villages and bodies, and its plans, as `createDirectory` keeps them. */
export type LoadedDirectory = CommuneDirectory & { plans: DirectoryPlan[]; loaded: boolean };

/**
 * The commune's villages and bodies, and its plans: loaded once per app, for pickers, filters and
 * forms. Each app binds it to its api client once, in `$lib/directory.svelte.ts`.
 *
 * @example export const { directory, loadDirectory, villageName } = createDirectory(api);
 */
export function createDirectory(api: ApiClient) {
  const directory = $state<LoadedDirectory>({
    villages: [],
    organisations: [],
    plans: [],
    loaded: false,
  });
  let loading: Promise<void> | null = null;

  /** Loads the directory the first time it is asked for (a failure is retried on the next call). */
  function loadDirectory(): Promise<void> {
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
  const villageName = (id: string | null | undefined) =>
    (id && directory.villages.find((v) => v.id === id)?.name) || '—';

  /** The name of a body of the commune, or a dash. */
  const organisationName = (id: string | null | undefined) =>
    (id && directory.organisations.find((o) => o.id === id)?.name) || '—';

  return { directory, loadDirectory, villageName, organisationName };
}
