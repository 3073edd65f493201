import { CommandError } from './command.js';

interface Parser<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };
}

/**
 * A command-line value checked with a domain schema; its Vietnamese message on refusal.
 *
 * @example checked(UsernameSchema, 'Admin.ChoMoi', '--username') // 'admin.chomoi'
 */
export function checked<T>(schema: Parser<T>, value: unknown, option: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new CommandError(
    `${option}: ${result.error.issues[0]?.message ?? 'giá trị không hợp lệ.'}`,
    2,
  );
}
