// Shared flat config. The dependency direction is the architecture
// (domain ← db ← api ← server; apps see only ui, domain and the api client),
// so each layer's forbidden imports are lint errors, not conventions. Svelte components and
// `.svelte.ts` modules are linted too (eslint-plugin-svelte): the same rules, imports included.
// First: sets the flag svelte-eslint-parser reads when eslint-plugin-svelte loads it.
import './svelte-component-types.js';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const WEB_APP_FORBIDDEN = [
  '@doithoai/api/server',
  '@doithoai/api/http',
  '@doithoai/db',
  '@doithoai/server',
  'kysely',
  'better-sqlite3',
  'pg',
  'hono',
  'node:*',
];

/** Packages each layer must never import, keyed by the layer's package name. */
export const forbiddenImports = {
  '@doithoai/domain': [
    '@doithoai/db',
    '@doithoai/api',
    '@doithoai/server',
    '@doithoai/ui',
    '@doithoai/documents',
    'node:*',
    'fs',
    'path',
    'kysely',
    'better-sqlite3',
    'pg',
    'hono',
  ],
  '@doithoai/db': ['@doithoai/api', '@doithoai/server', '@doithoai/ui', '@doithoai/documents'],
  '@doithoai/api': ['@doithoai/server', '@doithoai/ui'],
  '@doithoai/ui': [
    '@doithoai/api/server',
    '@doithoai/api/http',
    '@doithoai/db',
    '@doithoai/server',
    'kysely',
    'better-sqlite3',
    'pg',
  ],
  // The apps run in the browser: the domain, the ui and the api client's types only.
  '@doithoai/web-home': WEB_APP_FORBIDDEN,
  '@doithoai/web-party': WEB_APP_FORBIDDEN,
  '@doithoai/web-chair': WEB_APP_FORBIDDEN,
  '@doithoai/web-front': WEB_APP_FORBIDDEN,
  '@doithoai/web-public': WEB_APP_FORBIDDEN,
  '@doithoai/web-admin': WEB_APP_FORBIDDEN,
  // Documents are made from records handed in: no database, no server.
  '@doithoai/documents': ['@doithoai/db', '@doithoai/api', '@doithoai/server', '@doithoai/ui'],
};

/**
 * Type-checked rules (typescript-eslint's recommendedTypeChecked, with the types tsc sees)
 * apply to TypeScript and Svelte files; plain JavaScript config files are linted without types.
 *
 * @param {{
 *   packageName: keyof typeof forbiddenImports | string,
 *   node?: boolean,
 *   typeChecked?: boolean,
 *   rootDir?: string,
 * }} options rootDir: the package's folder (its tsconfig.json), by default where eslint runs
 */
export function createConfig({
  packageName,
  node = true,
  typeChecked = false,
  rootDir = process.cwd(),
}) {
  const forbidden = forbiddenImports[packageName] ?? [];
  return tseslint.config(
    { ignores: ['dist/**', 'build/**', '.svelte-kit/**', 'node_modules/**', 'coverage/**'] },
    js.configs.recommended,
    ...(typeChecked ? tseslint.configs.recommendedTypeChecked : tseslint.configs.recommended),
    ...svelte.configs.recommended,
    ...(typeChecked
      ? [
          {
            languageOptions: {
              parserOptions: {
                projectService: true,
                tsconfigRootDir: rootDir,
                extraFileExtensions: ['.svelte'],
              },
            },
            rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
          },
          // Config files (the apps' vitest.config.ts lies outside SvelteKit's tsconfig): no types.
          {
            files: ['**/*.js', '**/*.mjs', '**/*.cjs', '*.config.ts'],
            ...tseslint.configs.disableTypeChecked,
          },
        ]
      : []),
    {
      // The components' <script lang="ts"> and the runes modules are TypeScript.
      files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
      languageOptions: { parserOptions: { parser: tseslint.parser } },
      rules: {
        // Links go through each app's `paths` module, which prefixes `base` from `$app/paths`;
        // the rule only recognises Kit's `resolve()`, so it would flag every one of them.
        'svelte/no-navigation-without-resolve': 'off',
      },
    },
    {
      languageOptions: { globals: node ? { ...globals.node } : { ...globals.browser } },
      rules: {
        '@typescript-eslint/consistent-type-imports': 'error',
        '@typescript-eslint/no-unused-vars': [
          'error',
          { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
        ],
        'no-restricted-imports': [
          'error',
          {
            patterns: forbidden.map((name) => ({
              group: [name, `${name}/*`],
              message: `${packageName} must not import ${name}: see ARCHITECTURE.md (dependency direction).`,
            })),
          },
        ],
      },
    },
  );
}
