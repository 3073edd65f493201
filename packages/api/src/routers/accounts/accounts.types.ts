import {
  AdminUnitCodeSchema,
  ExpectedVersionSchema,
  NATIONAL_UNIT,
  IdSchema,
  NewPasswordSchema,
  requiredText,
  RoleSchema,
  UsernameSchema,
} from '@doithoai/domain';
import { z } from 'zod';

/** A unit an account is bound to: an official code, or the national unit of system administrators. */
export const AccountUnitCodeSchema = z.union([z.literal(NATIONAL_UNIT.code), AdminUnitCodeSchema], {
  error: 'Mã đơn vị hành chính không hợp lệ.',
});

/**
 * An administrator creates accounts within its unit (issue 14): a commune administrator the
 * commune's business accounts, a province administrator its communes' administrators and the
 * province's viewers, the system administrator province administrators. Which role fits which
 * unit, body and village is the domain's (`ROLE_BINDINGS`, `mayAdministerAccount`). A department
 * officer must belong to their department: they see what is assigned to it.
 */
export const CreateAccountInputSchema = z
  .object({
    username: UsernameSchema,
    fullName: requiredText('Họ và tên', 200),
    role: RoleSchema,
    adminUnitCode: AccountUnitCodeSchema.optional(),
    organisationId: IdSchema.optional(),
    villageId: IdSchema.optional(),
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

/** A reset: the server draws a one-time password, shown once (issue 14); nobody types one. */
export const ResetPasswordInputSchema = z.object({
  id: IdSchema,
  version: ExpectedVersionSchema,
});

/** Lifting an account's login throttle changes no field of the account: no version. */
export const AccountUnlockInputSchema = z.object({
  id: IdSchema,
  reason: requiredText('Lý do', 1000).optional(),
});

/** The accounts of one unit the administrator administers (its own by default). */
export const AccountListInputSchema = z
  .object({ adminUnitCode: AccountUnitCodeSchema.optional() })
  .optional();
