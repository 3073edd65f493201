import { AdminScopeSchema, RoleSchema } from '@doithoai/domain';
import { z } from 'zod';

// What `auth.*` returns: public procedures (anyone may call them), so their replies are a
// contract like `public.*` (public/public-outputs.ts) — tRPC checks each reply against these
// schemas and drops any field not declared here (an account's hash or id never leaves).

/** Who is signed in, as the apps show it: the account's unit by code and name. */
export const SignedInUserSchema = z.object({
  username: z.string(),
  fullName: z.string(),
  role: RoleSchema,
  /** The commune (or, for a province viewer, the province) of the account. */
  unit: z.object({ code: z.string(), name: z.string() }),
  /** An administrator's scope (issue 14): system, province or commune; absent for other roles. */
  adminScope: AdminScopeSchema.optional(),
  /**
   * True while the account holds a one-time password from an administrator's reset: the apps
   * show the change form before anything else, and the api refuses everything but
   * `auth.changePassword` (PASSWORD_CHANGE_REQUIRED).
   */
  mustChangePassword: z.boolean(),
});

/** `auth.changePassword`: done; the other sessions of the account have ended. */
export const ChangePasswordOutputSchema = z.object({ ok: z.literal(true) });

/** `auth.login`: the account just signed in (the session itself is the httpOnly cookie). */
export const LoginOutputSchema = z.object({ user: SignedInUserSchema });

/** `auth.logout`: always `{ ok: true }`, signed in or not. */
export const LogoutOutputSchema = z.object({ ok: z.literal(true) });

/** `auth.me`: the signed-in user, or null for an anonymous caller. */
export const MeOutputSchema = SignedInUserSchema.nullable();
