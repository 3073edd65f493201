import {
  findAccountByUsername,
  findAdminUnit,
  forgetLoginAttempt,
  markLoginSucceeded,
  recordLogin,
} from '@doithoai/db';
import { adminScopeOf, type AdminScope, type Role } from '@doithoai/domain';
import type { Context } from '../context.js';
import { accountDisabledError, loginFailedError, loginThrottledError } from './login-errors.js';
import { verifyPassword } from './password.js';
import { endSession, startSession } from './sessions.js';
import { admitLoginAttempt } from './throttle.js';

/**
 * Verified when the username is unknown, so an unknown user costs the same scrypt work as a
 * wrong password (same answer, similar timing). Its parameters must stay those of
 * `hashPassword` (a test checks it); the password behind it was random and thrown away.
 */
export const DUMMY_PASSWORD_HASH =
  'scrypt$32768$8$1$q1F0TGmUfjhB1DItmVCu3A$MWE9Vg6ga8-6optFmdThlwWHTGVfpkOJCnaCXq2rdAA';

/** Who is signed in, as the apps show it. */
export interface SignedInUser {
  username: string;
  fullName: string;
  role: Role;
  /** The commune (or, for a province viewer, the province) of the account. */
  unit: { code: string; name: string };
  /** An administrator's scope, from the level of its unit (issue 14); absent for other roles. */
  adminScope?: AdminScope;
  /** True while a one-time password (an administrator's reset) is in use: change it first. */
  mustChangePassword: boolean;
}

/**
 * The signed-in user's public description, with the name of their unit.
 *
 * @example await describeUser(db, { username: 'vpdu.chomoi', fullName: 'Hoàng Thị Lan', role: 'party-office', adminUnitCode: '02086', mustChangePassword: false })
 * // { username: 'vpdu.chomoi', …, unit: { code: '02086', name: 'Chợ Mới' } }
 */
export async function describeUser(
  db: Context['db'],
  account: {
    username: string;
    fullName: string;
    role: Role;
    adminUnitCode: string;
    mustChangePassword: boolean;
  },
): Promise<SignedInUser> {
  const unit = await findAdminUnit(db, account.adminUnitCode);
  const scope = account.role === 'admin' && unit ? adminScopeOf(unit.level) : null;
  return {
    username: account.username,
    fullName: account.fullName,
    role: account.role,
    unit: { code: account.adminUnitCode, name: unit?.name ?? account.adminUnitCode },
    ...(scope ? { adminScope: scope } : {}),
    mustChangePassword: account.mustChangePassword,
  };
}

/**
 * Counts and checks the attempt against the throttle in one step, then checks the password
 * (against a dummy hash for an unknown username), marks the attempt succeeded if it was, and
 * starts a fresh session (a new id at every login; a session the browser already had is ended)
 * whose token goes into the httpOnly cookie.
 *
 * @example const { user } = await logIn(ctx, { username: 'vpdu.chomoi', password })
 */
export async function logIn(
  ctx: Context,
  credentials: { username: string; password: string },
): Promise<{ user: SignedInUser }> {
  const now = ctx.requestTime;
  const username = credentials.username.toLowerCase();
  const admission = await admitLoginAttempt(ctx.db, { username, ip: ctx.ip, now });
  if (!admission.allowed) throw loginThrottledError(admission, now);

  const account = await findAccountByUsername(ctx.db, username);
  // A full password queue (503) checked nothing: the attempt is not counted as a failure.
  const passwordMatches = await verifyPassword(
    credentials.password,
    account?.passwordHash ?? DUMMY_PASSWORD_HASH,
  ).catch(async (error: unknown) => {
    await forgetLoginAttempt(ctx.db, admission.attemptId);
    throw error;
  });
  const succeeded = account !== undefined && passwordMatches && account.active;
  if (succeeded) await markLoginSucceeded(ctx.db, admission.attemptId);
  if (!account || !passwordMatches) throw loginFailedError();
  if (!account.active) throw accountDisabledError();

  if (ctx.user) await endSession(ctx.db, ctx.user.tokenHash, now);
  const { token, expiresAt } = await startSession(ctx.db, account.id, now);
  await recordLogin(ctx.db, account.id, now.toISOString());
  ctx.cookies.setSession(token, expiresAt);
  const user = await describeUser(ctx.db, {
    username: account.username,
    fullName: account.fullName,
    role: account.role,
    adminUnitCode: account.adminUnitCode,
    mustChangePassword: account.mustChangePassword,
  });
  return { user };
}

/**
 * Ends the session the request came with (if any) and clears the cookie.
 *
 * @example await logOut(ctx)
 */
export async function logOut(ctx: Context): Promise<void> {
  if (ctx.user) await endSession(ctx.db, ctx.user.tokenHash, ctx.requestTime);
  ctx.cookies.clearSession();
}
