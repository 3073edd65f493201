import type { Role } from '@doithoai/domain';
import { domainError, ROLE_LABELS } from '@doithoai/domain';
import { initTRPC, TRPCError } from '@trpc/server';
import type { Context } from './context.js';
import { DomainError } from '@doithoai/domain';
import {
  type ApiErrorShape,
  describeCause,
  storageUnavailableError,
  toTrpcError,
  unavailableStorage,
  validationMessage,
} from './errors.js';
import { ZodError } from 'zod';
import { unstorableTextPath } from './input-text.js';

/**
 * Who may call a procedure, declared on each one with `.meta({ access })` — the permission
 * matrix test reads these declarations, so the rule and its test cannot drift apart.
 * A procedure without `access` is refused to everyone (fail closed).
 */
export type Access = 'public' | 'signed-in' | readonly Role[];
export interface ProcedureMeta {
  access: Access;
}

/** What a client is told about an unexpected server failure (details go to the server's log). */
export const INTERNAL_ERROR_MESSAGE =
  'Máy chủ gặp lỗi ngoài dự kiến, yêu cầu chưa được thực hiện. Vui lòng thử lại; nếu lỗi lặp lại, hãy báo quản trị hệ thống.';

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    // Never send stack traces to clients, whatever NODE_ENV says (the api reads no environment).
    isDev: false,
    errorFormatter({ shape, error }): ApiErrorShape {
      // A busy or full database met outside a procedure (resolving the session in the context)
      // is still the structured, retryable 503; the HTTP layer sets the status and Retry-After.
      const storage =
        error.code === 'INTERNAL_SERVER_ERROR' ? unavailableStorage(error.cause) : null;
      if (storage) {
        return {
          ...shape,
          message: storage.message,
          code: -32603,
          data: {
            ...shape.data,
            code: 'SERVICE_UNAVAILABLE' as const,
            httpStatus: 503,
            ...describeCause(storage),
          },
        };
      }
      // An unexpected failure: the driver's own text (SQL, table names, a trigger's message)
      // stays in the server's log, the client gets a plain Vietnamese sentence.
      const message =
        error.code === 'INTERNAL_SERVER_ERROR'
          ? INTERNAL_ERROR_MESSAGE
          : error.cause instanceof ZodError
            ? validationMessage(error.cause)
            : shape.message;
      return { ...shape, message, data: { ...shape.data, ...describeCause(error.cause) } };
    },
  });

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;

/**
 * What a person holding a one-time password (an administrator's reset, issue 14) may still call:
 * changing it. Everything else is refused with PASSWORD_CHANGE_REQUIRED, so the temporary password
 * the administrator saw is never a working password for the rest of the product.
 */
const ALLOWED_BEFORE_PASSWORD_CHANGE: ReadonlySet<string> = new Set(['auth.changePassword']);

const enforceAccess = t.middleware(({ ctx, meta, path, next }) => {
  const access = meta?.access;
  if (access === 'public') return next();
  if (!ctx.user) throw notSignedIn();
  if (ctx.user.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(path))
    throw toTrpcError(domainError('PASSWORD_CHANGE_REQUIRED', {}));
  if (access === undefined || (access !== 'signed-in' && !access.includes(ctx.user.role))) {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: `Vai trò "${ROLE_LABELS[ctx.user.role]}" không được phép thực hiện thao tác này.`,
    });
  }
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/**
 * A DomainError thrown anywhere below becomes its tRPC code, never a 500; a busy or full
 * database becomes a retryable 503 (DATABASE_BUSY, STORAGE_FULL) — its transaction rolled back.
 */
const translateDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.code === 'INTERNAL_SERVER_ERROR') {
    const { cause } = result.error;
    if (cause instanceof DomainError) throw toTrpcError(cause);
    const storage = unavailableStorage(cause);
    if (storage) throw storageUnavailableError(storage);
  }
  return result;
});

/** Input no database can store (a NUL, half a surrogate pair) is a 400 before any procedure. */
const refuseUnstorableText = t.middleware(async ({ getRawInput, next }) => {
  const field = unstorableTextPath(await getRawInput());
  if (field !== null) throw toTrpcError(domainError('TEXT_NOT_STORABLE', { field }));
  return next();
});

/** Every procedure starts here; its `.meta({ access })` decides who may call it. */
const baseProcedure = t.procedure
  .use(translateDomainErrors)
  .use(enforceAccess)
  .use(refuseUnstorableText);

/** After the access check: the caller is signed in, and the procedure's type says so. */
const signedIn = t.middleware(({ ctx, next }) => {
  if (!ctx.user) throw notSignedIn();
  return next({ ctx: { user: ctx.user } });
});

function notSignedIn() {
  return new TRPCError({
    code: 'UNAUTHORIZED',
    message: 'Cần đăng nhập để thực hiện thao tác này.',
  });
}

/** Anyone may call it, signed in or not: the public pages, signing in, the calendar. */
export const publicProcedure = baseProcedure.meta({ access: 'public' });

/** Every signed-in person, whatever the role: changing one's own password (issue 14). */
export const signedInProcedure = baseProcedure.meta({ access: 'signed-in' }).use(signedIn);

/**
 * Only signed-in staff in `roles` (a group of `access.ts`) may call it; `ctx.user` is their
 * `SessionUser`, never null.
 *
 * @example staffProcedure(PETITION_READERS).input(Schema).query(({ ctx }) => ctx.user.role)
 */
export function staffProcedure(roles: readonly Role[]) {
  return baseProcedure.meta({ access: roles }).use(signedIn);
}
