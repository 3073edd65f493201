// The shared Prettier config. The Svelte plugin is resolved from this package, so every
// workspace formats its `.svelte` components without depending on the plugin itself.
import { fileURLToPath } from 'node:url';

export default {
  singleQuote: true,
  printWidth: 100,
  trailingComma: 'all',
  plugins: [fileURLToPath(import.meta.resolve('prettier-plugin-svelte'))],
  overrides: [{ files: '*.svelte', options: { parser: 'svelte' } }],
};
