import type { SessionUser } from '@doithoai/ui';

/** The signed-in user, read once by the root layout's guard. */
export const session = $state<{ user: SessionUser | null }>({ user: null });
