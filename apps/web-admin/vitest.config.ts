import { appTestConfig } from '@doithoai/browser-testing/vitest';

export default appTestConfig;
