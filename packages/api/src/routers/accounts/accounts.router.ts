import { listAccountsOfUnit } from '@doithoai/db';
import { ADMINS } from '../../access.js';
import { administeredUnit, administratorOf } from '../../auth/admin-scope.js';
import {
  createAccount,
  resetAccountPassword,
  setAccountActive,
  unlockAccountLogin,
} from '../../auth/account-admin.js';
import { router, staffProcedure } from '../../trpc.js';
import { accountOptions } from './account-options.js';
import {
  AccountListInputSchema,
  AccountUnlockInputSchema,
  AccountVersionInputSchema,
  CreateAccountInputSchema,
  ResetPasswordInputSchema,
} from './accounts.types.js';

/**
 * Account administration, each administrator within its unit (issue 14): the system
 * administrator everywhere, a province administrator its province and communes, a commune
 * administrator its commune.
 */
export const accountsRouter = router({
  list: staffProcedure(ADMINS)
    .input(AccountListInputSchema)
    .query(async ({ ctx, input }) => {
      const admin = await administratorOf(ctx);
      const unit = await administeredUnit(ctx, admin, input?.adminUnitCode ?? admin.unit.code);
      return listAccountsOfUnit(ctx.db, unit.code);
    }),
  /** What the account form offers: roles, units, and the chosen commune's bodies and villages. */
  options: staffProcedure(ADMINS)
    .input(AccountListInputSchema)
    .query(({ ctx, input }) => accountOptions(ctx, input)),
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
