import { createConfig } from '@doithoai/eslint-config';

export default createConfig({ packageName: '@doithoai/bench', typeChecked: true });
