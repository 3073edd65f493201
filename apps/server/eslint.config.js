import { createConfig } from '@doithoai/eslint-config';

export default [
  ...createConfig({ packageName: '@doithoai/server', typeChecked: true }),
  {
    // The composition root reads the environment in one place (ARCHITECTURE.md, STYLE.md).
    files: ['src/**/*.ts'],
    ignores: ['src/config.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Only src/config.ts reads the environment: add a setting there.',
        },
      ],
    },
  },
];
