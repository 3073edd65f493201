import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * A static single-page app served by apps/server under its path (one origin for every app, one
 * session cookie). Every route falls back to index.html; nothing is rendered on the server.
 */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ pages: 'build', assets: 'build', fallback: 'index.html' }),
    // Absolute asset paths: the fallback page is served at every depth of the app.
    paths: { base: '/party', relative: false },
  },
};
