import { z } from 'zod';

/**
 * An opaque identifier (a UUID, a ULID or a readable slug such as `plan-cho-moi-2025`). The
 * domain never parses ids: the database chooses them, so the only rule is "non-empty".
 */
export const IdSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined ? 'Thiếu mã định danh.' : 'Mã định danh phải là chuỗi ký tự.',
  })
  .trim()
  .min(1, 'Mã định danh không được để trống.')
  .max(100, 'Mã định danh không được dài quá 100 ký tự.');
export type Id = z.infer<typeof IdSchema>;
