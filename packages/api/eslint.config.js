import { createConfig } from '@doithoai/eslint-config';

export default createConfig({ packageName: '@doithoai/api', typeChecked: true });
