import { createConfig } from '@doithoai/eslint-config';

export default createConfig({ packageName: '@doithoai/e2e', node: true, typeChecked: true });
