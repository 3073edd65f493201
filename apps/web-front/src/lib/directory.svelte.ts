import { createDirectory } from '@doithoai/ui';
import { api } from './api.js';

/** The commune's villages and bodies, and its plans: loaded once, for pickers, filters and forms. */
export const { directory, loadDirectory, villageName, organisationName } = createDirectory(api);
