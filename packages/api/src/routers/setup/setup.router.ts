import { NewPasswordSchema, requiredText, UsernameSchema } from '@doithoai/domain';
import { z } from 'zod';
import { createFirstAdministrator, setupLinkStatus } from '../../auth/setup-link.js';
import { publicProcedure, router } from '../../trpc.js';

const TokenSchema = z
  .string({ error: 'Thiếu mã khởi tạo.' })
  .trim()
  .min(1, 'Thiếu mã khởi tạo.')
  .max(200, 'Mã khởi tạo không hợp lệ.');

/**
 * The first run (issue 14): the one-time link the server prints on an installation without a
 * system administrator opens `/admin/khoi-tao`, which creates the first one. Public: whoever
 * holds the link (printed on the server's console, valid one hour, used once) is trusted.
 */
export const setupRouter = router({
  /** Whether the link still works (the page shows the form or says why not). */
  status: publicProcedure
    .input(z.object({ token: TokenSchema }))
    .output(z.object({ usable: z.boolean() }))
    .query(({ ctx, input }) => setupLinkStatus(ctx, input.token)),
  /** Creates the first system administrator and consumes the link. */
  createFirstAdmin: publicProcedure
    .input(
      z.object({
        token: TokenSchema,
        username: UsernameSchema,
        fullName: requiredText('Họ và tên', 200),
        password: NewPasswordSchema,
      }),
    )
    .output(z.object({ username: z.string() }))
    .mutation(({ ctx, input }) => createFirstAdministrator(ctx, input)),
});
