import { base } from '$app/paths';

/**
 * Links inside the app, under its base path (`/admin`). One entry per feature; each feature has
 * its folder under `src/routes/<feature>/` and its components under `src/lib/<feature>/`.
 */
export const paths = {
  home: `${base}/`,
  accounts: `${base}/accounts`,
  channels: `${base}/channels`,
};
