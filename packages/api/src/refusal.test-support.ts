import { isApiClientError } from './client.js';
import type { ApiErrorCode } from './errors.js';

/** What a refused call tells its caller: the HTTP status and the error's `data` and message. */
export interface Refusal {
  /** The HTTP status of the response (e.g. 403, 409, 503). */
  httpStatus: number;
  /** The tRPC code (FORBIDDEN, CONFLICT…). */
  code: string;
  /** The domain's stable code (TRANSITION_NOT_ALLOWED…), VALIDATION_FAILED, or null. */
  domainCode: ApiErrorCode | null;
  fieldErrors: Record<string, string[]> | null;
  details: Record<string, unknown> | null;
  message: string;
}

/**
 * The refusal of a call that must fail; fails the test when the call succeeds (or fails in any
 * other way than the API refusing it).
 *
 * @example const { httpStatus, domainCode } = await refusal(office.plans.approve.mutate(ref));
 */
export async function refusal(call: Promise<unknown>): Promise<Refusal> {
  let result: unknown;
  try {
    result = await call;
  } catch (error) {
    if (!isApiClientError(error)) throw error;
    // The formatter's fields (trpc.ts) are in the router's inferred error shape (ApiErrorData).
    const { message, meta, data } = error;
    if (!data) throw error;
    const response = meta?.['response'];
    return {
      httpStatus: response instanceof Response ? response.status : data.httpStatus,
      code: data.code,
      domainCode: data.domainCode,
      fieldErrors: data.fieldErrors,
      details: data.details,
      message,
    };
  }
  throw new Error(`Expected a refusal, the call succeeded with ${JSON.stringify(result)}`);
}

/**
 * 200 for a call that succeeds, the HTTP status of its refusal otherwise: for tables of roles
 * and the statuses they get.
 *
 * @example expect(await statusOf(chair.plans.get.query({ id }))).toBe(200);
 */
export async function statusOf(call: Promise<unknown>): Promise<number> {
  try {
    await call;
    return 200;
  } catch (error) {
    if (isApiClientError(error)) return (await refusal(Promise.reject(error))).httpStatus;
    throw error;
  }
}

/** A call's outcome, as the tests that check both sides read it (`status`, `data`, `error`). */
export interface Outcome<T> {
  /** 200 for an answer, the HTTP status of the refusal otherwise. */
  status: number;
  /** The procedure's typed output; undefined when the call was refused. */
  data: T;
  /** The refusal: its message and the server's `data` (domainCode, fieldErrors…), or null. */
  error: {
    message: string;
    data: Pick<Refusal, 'code' | 'httpStatus' | 'domainCode' | 'fieldErrors' | 'details'>;
  } | null;
  /** The refusal's response headers (Retry-After…); empty for an answer. */
  headers: Headers;
}

/**
 * Waits for a typed call and reports either side, for tests about answers and refusals alike.
 *
 * @example const { status, data } = await outcome(citizen.public.track.mutate({ code })); expect(status).toBe(200);
 */
export async function outcome<T>(call: Promise<T>): Promise<Outcome<T>> {
  let data: T;
  try {
    data = await call;
  } catch (error) {
    if (!isApiClientError(error)) throw error;
    const { message, ...refused } = await refusal(Promise.reject(error));
    const response = error.meta?.['response'];
    return {
      status: refused.httpStatus,
      data: undefined as T,
      error: { message, data: refused },
      headers: response instanceof Response ? response.headers : new Headers(),
    };
  }
  return { status: 200, data, error: null, headers: new Headers() };
}
