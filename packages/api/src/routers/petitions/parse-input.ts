import { TRPCError } from '@trpc/server';
import { z } from 'zod';

/** Vietnamese for the issues a domain schema leaves to zod's defaults (a missing object…). */
export const VIETNAMESE_ISSUES = { error: z.locales.vi().localeError };

/**
 * Parses with a domain schema inside a procedure (after the API filled a default, e.g. today);
 * a refusal is a 400 whose `fieldErrors` the error formatter builds from the ZodError, as for
 * the procedure's own input.
 *
 * @example const input = parseInput(RegisterPetitionInputSchema, { ...request, receivedOn: ctx.today });
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value, VIETNAMESE_ISSUES);
  if (result.success) return result.data;
  const first = result.error.issues[0]?.message ?? 'Dữ liệu không hợp lệ.';
  throw new TRPCError({
    code: 'BAD_REQUEST',
    message: `Dữ liệu chưa hợp lệ: ${first}`,
    cause: result.error,
  });
}
