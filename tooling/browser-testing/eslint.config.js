import { createConfig } from '@doithoai/eslint-config';

export default createConfig({
  packageName: '@doithoai/browser-testing',
  node: true,
  typeChecked: true,
});
