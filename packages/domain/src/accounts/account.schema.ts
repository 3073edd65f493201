import { z } from 'zod';
import { AdminUnitCodeSchema } from '../admin-units/admin-unit.schema.js';
import { IdSchema } from '../common/id.schema.js';
import { requiredText } from '../common/text.js';
import { RoleSchema } from './role.schema.js';

/** Lower-case ASCII so a username can be typed on any keyboard and compared exactly. */
export const UsernameSchema = z
  .string({ error: 'Tên đăng nhập phải là chuỗi ký tự.' })
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{2,49}$/u,
    'Tên đăng nhập gồm 3–50 ký tự: chữ không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang.',
  );

/**
 * The public shape of a user account: what the API returns and the UI shows. Credentials
 * (password hashes, sessions) live in the db package and never pass through the domain.
 */
export const AccountSchema = z.object({
  id: IdSchema,
  fullName: requiredText('Họ và tên', 200),
  username: UsernameSchema,
  role: RoleSchema,
  /** The commune (or province, for `province-viewer`) whose records the account may see. */
  adminUnitCode: AdminUnitCodeSchema,
  /** The body the person works for: the department that answers, the Front, a village. */
  organisationId: IdSchema.optional(),
  /** Chức vụ as printed under a signature or in minutes: "Chủ tịch UBND xã". */
  position: requiredText('Chức vụ', 200).optional(),
  /** Accounts are deactivated, never deleted: audit entries keep pointing at them. */
  active: z.boolean({ error: 'Trạng thái hoạt động phải là đúng hoặc sai.' }),
});
export type Account = z.infer<typeof AccountSchema>;
