import { createConfig } from '@doithoai/eslint-config';

export default createConfig({ packageName: '@doithoai/package-exports', typeChecked: true });
