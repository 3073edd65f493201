import { roleAppConfig } from '@doithoai/ui/svelte-config';

export default roleAppConfig('/admin');
