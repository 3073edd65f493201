import {
  ExpectedVersionSchema,
  IdSchema,
  NewPasswordSchema,
  requiredText,
  RoleSchema,
  UsernameSchema,
} from '@doithoai/domain';
import { z } from 'zod';

/**
 * A commune administrator creates accounts of their own commune. A province viewer belongs to
 * the province, not to a commune, so it is created on the command line (`doithoai create-user`).
 * A department officer must belong to their department: they see what is assigned to it.
 */
export const CreateAccountInputSchema = z
  .object({
    username: UsernameSchema,
    fullName: requiredText('Họ và tên', 200),
    role: RoleSchema.refine((role) => role !== 'province-viewer', {
      message:
        'Tài khoản cấp tỉnh do quản trị cấp tỉnh tạo (lệnh doithoai create-user), không tạo từ xã.',
    }),
    organisationId: IdSchema.optional(),
    password: NewPasswordSchema,
  })
  .refine((input) => input.role !== 'department' || input.organisationId !== undefined, {
    path: ['organisationId'],
    message: 'Tài khoản phòng, ban chuyên môn phải chọn cơ quan (phòng, ban) của mình.',
  });
export type CreateAccountInput = z.infer<typeof CreateAccountInputSchema>;

export const AccountVersionInputSchema = z.object({
  id: IdSchema,
  version: ExpectedVersionSchema,
  reason: requiredText('Lý do', 1000).optional(),
});

export const ResetPasswordInputSchema = z.object({
  id: IdSchema,
  version: ExpectedVersionSchema,
  password: NewPasswordSchema,
});

/** Lifting an account's login throttle changes no field of the account: no version. */
export const AccountUnlockInputSchema = z.object({
  id: IdSchema,
  reason: requiredText('Lý do', 1000).optional(),
});
