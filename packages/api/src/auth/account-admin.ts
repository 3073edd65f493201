import {
  appendAudit,
  findAccountByUsername,
  findAccountSummary,
  findAdminUnit,
  findOrganisationOfUnit,
  findVillageOfUnit,
  insertAccount,
  unlockLogin,
  updateAccountActive,
  updateAccountPasswordHash,
  type AccountSummary,
} from '@doithoai/db';
import {
  accountBindingProblems,
  administerRefusal,
  domainError,
  mayAdministerAccount,
  OrganisationKindSchema,
  type BindingProblem,
  type Role,
} from '@doithoai/domain';
import type { Context, StaffContext } from '../context.js';
import { fail, notFound, staleVersion } from '../errors.js';
import {
  administeredUnit,
  administers,
  administratorOf,
  type Administrator,
} from './admin-scope.js';
import { checkNewPassword } from './common-passwords.js';
import { generateOneTimePassword } from './one-time-password.js';
import { hashPassword } from './password.js';
import { endAllSessions } from './sessions.js';

// Audit rows carry the account as administrators see it (`AccountSummary`): never a password,
// never a hash; a password reset shows only as a new version.

export interface NewAccountInput {
  username: string;
  fullName: string;
  role: Role;
  /** The unit the account belongs to; the administrator's own by default. */
  adminUnitCode?: string | undefined;
  organisationId?: string | undefined;
  villageId?: string | undefined;
  password: string;
}

/** Refuses an account bound against `ROLE_BINDINGS`, the problem under its field. */
function refuseBinding(problem: BindingProblem): never {
  fail(domainError('ACCOUNT_BINDING_MISMATCH', { field: problem.field, problem: problem.message }));
}

const actorOf = ({ user }: StaffContext) => {
  return { user, actor: { accountId: user.accountId, role: user.role } };
};

/**
 * Creates an account in the administrator's commune, with its audit row.
 *
 * @example await createAccount(ctx, { username: 'phongvhxh.chomoi', fullName: 'Lý Thị Hà', role: 'department', organisationId, password })
 */
export async function createAccount(
  ctx: StaffContext,
  input: NewAccountInput,
): Promise<AccountSummary> {
  const { actor } = actorOf(ctx);
  const admin = await administratorOf(ctx);
  const unit = await administeredUnit(ctx, admin, input.adminUnitCode ?? admin.unit.code);
  checkNewPassword(input.password, input.username);
  // Separation of duties (issue 14): who creates which role, bound to which kind of body.
  if (!mayAdministerAccount(admin.scope, input.role, unit.level))
    refuseBinding(administerRefusal(admin.scope, input.role));
  let organisationKind = null;
  if (input.organisationId !== undefined) {
    const organisation = await findOrganisationOfUnit(ctx.db, input.organisationId, unit.code);
    if (!organisation) notFound('cơ quan, tổ chức', input.organisationId);
    organisationKind = OrganisationKindSchema.catch('other').parse(organisation.kind);
  }
  if (
    input.villageId !== undefined &&
    !(await findVillageOfUnit(ctx.db, input.villageId, unit.code))
  )
    notFound('thôn, bản, tổ dân phố', input.villageId);
  const [problem] = accountBindingProblems({
    role: input.role,
    unitLevel: unit.level,
    organisationKind,
    villageNamed: input.villageId !== undefined,
  });
  if (problem) refuseBinding(problem);
  // Hash outside the transaction: scrypt takes a while and must not hold a write lock.
  const passwordHash = await hashPassword(input.password);
  const now = ctx.requestTime.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    if (await findAccountByUsername(trx, input.username)) {
      fail(domainError('USERNAME_TAKEN', { username: input.username }));
    }
    const id = await insertAccount(
      trx,
      {
        username: input.username,
        fullName: input.fullName,
        role: input.role,
        adminUnitCode: unit.code,
        organisationId: input.organisationId ?? null,
        villageId: input.villageId ?? null,
        passwordHash,
      },
      now,
    );
    const account = (await findAccountSummary(trx, id)) ?? notFound('tài khoản', id);
    await appendAudit(trx, {
      at: now,
      actor,
      adminUnitCode: unit.code,
      action: 'account.create',
      entityType: 'account',
      entityId: id,
      after: account,
    });
    return account;
  });
}

/**
 * The account to change, if the administrator administers it: its unit lies inside the
 * administrator's and its role is one the administrator creates (a commune administrator never
 * touches another administrator). Anything else answers NOT_FOUND.
 */
async function accountToChange(
  db: Context['db'],
  admin: Administrator,
  id: string,
  version?: number,
): Promise<AccountSummary> {
  const account = await findAccountSummary(db, id);
  if (!account) notFound('tài khoản', id);
  const unit = await findAdminUnit(db, account.adminUnitCode);
  if (
    !unit ||
    !administers(admin, unit) ||
    !mayAdministerAccount(admin.scope, account.role as Role, unit.level)
  )
    notFound('tài khoản', id);
  if (version !== undefined && account.version !== version) staleVersion('Tài khoản');
  return account;
}

/**
 * Disables or re-enables an account. Disabling ends every session of the account at once.
 *
 * @example await setAccountActive(ctx, { id, version: 1, active: false, reason: 'Chuyển công tác' })
 */
export async function setAccountActive(
  ctx: StaffContext,
  input: { id: string; version: number; active: boolean; reason?: string | undefined },
): Promise<AccountSummary> {
  const { user, actor } = actorOf(ctx);
  const admin = await administratorOf(ctx);
  if (!input.active && input.id === user.accountId) {
    fail(domainError('SELF_DISABLE_NOT_ALLOWED', { id: input.id }));
  }
  const now = ctx.requestTime.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const before = await accountToChange(trx, admin, input.id, input.version);
    if (before.active === input.active) {
      fail(
        domainError(input.active ? 'ACCOUNT_ALREADY_ACTIVE' : 'ACCOUNT_ALREADY_DISABLED', {
          id: input.id,
          username: before.username,
        }),
      );
    }
    const changed = await updateAccountActive(trx, {
      id: input.id,
      expectedVersion: input.version,
      active: input.active,
      now,
    });
    if (!changed) staleVersion('Tài khoản');
    if (!input.active) await endAllSessions(trx, input.id, ctx.requestTime, 'account-disabled');
    const after = (await findAccountSummary(trx, input.id)) ?? notFound('tài khoản', input.id);
    await appendAudit(trx, {
      at: now,
      actor,
      adminUnitCode: before.adminUnitCode,
      action: input.active ? 'account.enable' : 'account.disable',
      entityType: 'account',
      entityId: input.id,
      before,
      after,
      reason: input.reason ?? null,
    });
    return after;
  });
}

/**
 * Resets an account's password (issue 14): the server draws a one-time password, returned once
 * for the administrator to hand over and never stored in clear; the account must change it at the
 * next sign-in, and every session of the account ends now.
 *
 * @example const { oneTimePassword } = await resetAccountPassword(ctx, { id, version: 2 })
 */
export async function resetAccountPassword(
  ctx: StaffContext,
  input: { id: string; version: number },
): Promise<{ account: AccountSummary; oneTimePassword: string }> {
  const { actor } = actorOf(ctx);
  const admin = await administratorOf(ctx);
  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const now = ctx.requestTime.toISOString();
  const account = await ctx.db.transaction().execute(async (trx) => {
    const before = await accountToChange(trx, admin, input.id, input.version);
    const changed = await updateAccountPasswordHash(trx, {
      id: input.id,
      expectedVersion: input.version,
      passwordHash,
      mustChange: true,
      now,
    });
    if (!changed) staleVersion('Tài khoản');
    await endAllSessions(trx, input.id, ctx.requestTime, 'password-reset');
    const after = (await findAccountSummary(trx, input.id)) ?? notFound('tài khoản', input.id);
    await appendAudit(trx, {
      at: now,
      actor,
      adminUnitCode: before.adminUnitCode,
      action: 'account.reset-password',
      entityType: 'account',
      entityId: input.id,
      before,
      after,
    });
    return after;
  });
  return { account, oneTimePassword };
}

/**
 * Lifts the login throttle of an account for every address: failures before now stop counting
 * (the security log keeps them). Audited with the reason; the account itself is unchanged.
 *
 * @example await unlockAccountLogin(ctx, { id, reason: 'Chủ tịch xã gọi điện xác nhận' })
 */
export async function unlockAccountLogin(
  ctx: StaffContext,
  input: { id: string; reason?: string | undefined },
): Promise<AccountSummary> {
  const { actor } = actorOf(ctx);
  const admin = await administratorOf(ctx);
  const now = ctx.requestTime.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const account = await accountToChange(trx, admin, input.id);
    await unlockLogin(trx, account.username, now);
    await appendAudit(trx, {
      at: now,
      actor,
      adminUnitCode: account.adminUnitCode,
      action: 'account.unlock-login',
      entityType: 'account',
      entityId: input.id,
      after: account,
      reason: input.reason ?? null,
    });
    return account;
  });
}
