import { z } from 'zod';
import { describeUser, logIn, logOut } from '../../auth/login.js';
import { publicProcedure, router } from '../../trpc.js';
import { LoginOutputSchema, LogoutOutputSchema, MeOutputSchema } from './auth-outputs.js';

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
  /** The signed-in user, or null. */
  me: publicProcedure
    .output(MeOutputSchema)
    .query(({ ctx }) => (ctx.user ? describeUser(ctx.db, ctx.user) : null)),
});
