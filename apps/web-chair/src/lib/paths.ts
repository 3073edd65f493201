import { base } from '$app/paths';

/** Links inside the app, under its base path (`/chair`). */
export const paths = {
  inbox: `${base}/`,
  petition: (id: string) => `${base}/petitions/${id}`,
};
