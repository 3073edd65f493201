import { listAccountsOfUnit } from '@doithoai/db';
import { ADMINS } from '../../access.js';
import {
  createAccount,
  resetAccountPassword,
  setAccountActive,
  unlockAccountLogin,
} from '../../auth/account-admin.js';
import { router, staffProcedure } from '../../trpc.js';
import {
  AccountUnlockInputSchema,
  AccountVersionInputSchema,
  CreateAccountInputSchema,
  ResetPasswordInputSchema,
} from './accounts.types.js';

/** Account administration: the administrator of a commune, for that commune's accounts only. */
export const accountsRouter = router({
  list: staffProcedure(ADMINS).query(({ ctx }) =>
    listAccountsOfUnit(ctx.db, ctx.user.adminUnitCode),
  ),
  create: staffProcedure(ADMINS)
    .input(CreateAccountInputSchema)
    .mutation(({ ctx, input }) => createAccount(ctx, input)),
  disable: staffProcedure(ADMINS)
    .input(AccountVersionInputSchema)
    .mutation(({ ctx, input }) => setAccountActive(ctx, { ...input, active: false })),
  enable: staffProcedure(ADMINS)
    .input(AccountVersionInputSchema)
    .mutation(({ ctx, input }) => setAccountActive(ctx, { ...input, active: true })),
  resetPassword: staffProcedure(ADMINS)
    .input(ResetPasswordInputSchema)
    .mutation(({ ctx, input }) => resetAccountPassword(ctx, input)),
  /** Lifts the login throttle of an account (for every address), audited. */
  unlock: staffProcedure(ADMINS)
    .input(AccountUnlockInputSchema)
    .mutation(({ ctx, input }) => unlockAccountLogin(ctx, input)),
});
