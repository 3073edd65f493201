import { createConfig } from '@doithoai/eslint-config';

export default createConfig({ packageName: '@doithoai/ui', node: false, typeChecked: true });
