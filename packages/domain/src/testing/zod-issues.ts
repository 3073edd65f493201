import type { z } from 'zod';

/**
 * The messages a schema reports at exactly `path` for `input` (empty when it parses), so a
 * test can say "this input fails here, with this Vietnamese message".
 *
 * @example messagesAt(PetitionerSchema, { fullName: ' ' }, ['fullName']) // ['Họ và tên không được để trống.']
 */
export function messagesAt(
  schema: z.ZodType,
  input: unknown,
  path: readonly PropertyKey[],
): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues
    .filter(
      (issue) =>
        issue.path.length === path.length && issue.path.every((key, index) => key === path[index]),
    )
    .map((issue) => issue.message);
}
