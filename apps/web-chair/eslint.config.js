import { createConfig } from '@doithoai/eslint-config';

export default [
  ...createConfig({ packageName: '@doithoai/web-chair', node: false, typeChecked: true }),
  // Tests run in Node: they start the real server and create accounts in its database.
  { files: ['tests/**', '*.config.*'], rules: { 'no-restricted-imports': 'off' } },
];
