import { fileURLToPath } from 'node:url';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The SvelteKit config of a role app: a static single-page app served by apps/server under its
 * path (one origin for every app, one session cookie). Every route falls back to index.html;
 * nothing is rendered on the server. The page template (`src/app.html`, Vietnamese) is shared.
 *
 * @param {string} base the app's path without a trailing slash ('' for home, '/party', '/chair')
 * @returns {import('@sveltejs/kit').Config}
 * @example export default roleAppConfig('/chair');
 */
export function roleAppConfig(base) {
  return {
    preprocess: vitePreprocess(),
    kit: {
      // precompress: a .br and a .gz beside every text file of the build, which the server sends
      // to a browser that accepts them (apps/server/src/static-apps.ts; issue 20).
      adapter: adapter({
        pages: 'build',
        assets: 'build',
        fallback: 'index.html',
        precompress: true,
      }),
      // Absolute asset paths: the fallback page is served at every depth of the app.
      paths: { base, relative: false },
      files: { appTemplate: fileURLToPath(new URL('./src/app.html', import.meta.url)) },
    },
  };
}
