import { z } from 'zod';
import { NewPasswordSchema } from '@doithoai/domain';
import { changeOwnPassword } from '../../auth/change-password.js';
import { describeUser, logIn, logOut } from '../../auth/login.js';
import { publicProcedure, router, signedInProcedure } from '../../trpc.js';
import {
  ChangePasswordOutputSchema,
  LoginOutputSchema,
  LogoutOutputSchema,
  MeOutputSchema,
} from './auth-outputs.js';

/** Lenient on purpose: a malformed username gets the same answer as a wrong password. */
const LoginInputSchema = z.object({
  username: z
    .string({ error: 'Cần nhập tên đăng nhập.' })
    .trim()
    .toLowerCase()
    .min(1, 'Cần nhập tên đăng nhập.')
    .max(100, 'Tên đăng nhập không được dài quá 100 ký tự.'),
  password: z
    .string({ error: 'Cần nhập mật khẩu.' })
    .min(1, 'Cần nhập mật khẩu.')
    .max(1024, 'Mật khẩu không được dài quá 1024 ký tự.'),
});

const ChangePasswordInputSchema = z.object({
  currentPassword: z
    .string({ error: 'Cần nhập mật khẩu hiện tại.' })
    .min(1, 'Cần nhập mật khẩu hiện tại.')
    .max(1024, 'Mật khẩu không được dài quá 1024 ký tự.'),
  newPassword: NewPasswordSchema,
});

export const authRouter = router({
  /** Signs in: sets the httpOnly, SameSite=Lax session cookie. Throttled on failures. */
  login: publicProcedure
    .input(LoginInputSchema)
    .output(LoginOutputSchema)
    .mutation(({ ctx, input }) => logIn(ctx, input)),
  /** Ends the current session, if any, and clears the cookie. */
  logout: publicProcedure.output(LogoutOutputSchema).mutation(async ({ ctx }) => {
    await logOut(ctx);
    return { ok: true as const };
  }),
  /**
   * Changes the caller's own password (every role, and the one thing a person holding a one-time
   * password may do); the account's other sessions end.
   */
  changePassword: signedInProcedure
    .input(ChangePasswordInputSchema)
    .output(ChangePasswordOutputSchema)
    .mutation(({ ctx, input }) => changeOwnPassword(ctx, input)),
  /** The signed-in user, or null. */
  me: publicProcedure
    .output(MeOutputSchema)
    .query(({ ctx }) => (ctx.user ? describeUser(ctx.db, ctx.user) : null)),
});
