import { listAccountsOfUnit } from '@doithoai/db';
import { createAccount, resetAccountPassword, setAccountActive } from '../../auth/account-admin.js';
import { procedure, requireUser, router } from '../../trpc.js';
import {
  AccountVersionInputSchema,
  CreateAccountInputSchema,
  ResetPasswordInputSchema,
} from './accounts.types.js';

/** Account administration: the administrator of a commune, for that commune's accounts only. */
export const accountsRouter = router({
  list: procedure
    .meta({ access: ['admin'] })
    .query(({ ctx }) => listAccountsOfUnit(ctx.db, requireUser(ctx).adminUnitCode)),
  create: procedure
    .meta({ access: ['admin'] })
    .input(CreateAccountInputSchema)
    .mutation(({ ctx, input }) => createAccount(ctx, input)),
  disable: procedure
    .meta({ access: ['admin'] })
    .input(AccountVersionInputSchema)
    .mutation(({ ctx, input }) => setAccountActive(ctx, { ...input, active: false })),
  enable: procedure
    .meta({ access: ['admin'] })
    .input(AccountVersionInputSchema)
    .mutation(({ ctx, input }) => setAccountActive(ctx, { ...input, active: true })),
  resetPassword: procedure
    .meta({ access: ['admin'] })
    .input(ResetPasswordInputSchema)
    .mutation(({ ctx, input }) => resetAccountPassword(ctx, input)),
});
