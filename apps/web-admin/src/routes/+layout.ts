// A static single-page app: rendered in the browser only, nothing prerendered.
export const ssr = false;
export const prerender = false;
