import { aLandPetitionInChoMoi } from '@doithoai/domain/testing';
import type { TestApi, TrpcResponse } from '../../test-api.test-support.js';

// Test support for the `public.*` suites (not a test file itself): anonymous HTTP calls with a
// client address and an Idempotency-Key, and a citizen's online registration as the page sends it.

/** An anonymous call through HTTP, from `ip` (the test app reads `x-real-ip`). */
export async function publicCall<T = unknown>(
  api: TestApi,
  path: string,
  input: unknown,
  options: { ip?: string; key?: string; mutation?: boolean } = {},
): Promise<TrpcResponse<T>> {
  const headers: Record<string, string> = { 'x-real-ip': options.ip ?? '203.0.113.10' };
  if (options.key) headers['idempotency-key'] = options.key;
  const request = options.mutation
    ? new Request(`http://localhost/trpc/${path}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(input),
      })
    : new Request(
        `http://localhost/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
        {
          headers,
        },
      );
  const response = await api.app.request(request);
  const body = (await response.json()) as { result?: { data: T }; error?: TrpcResponse['error'] };
  return {
    status: response.status,
    data: body.result?.data as T,
    error: body.error ?? null,
    headers: response.headers,
  };
}

/** The seed 000 citizen's registration as typed on the public form (no token yet). */
export function onlineForm(
  planId: string,
  villageId: string,
  overrides: Record<string, unknown> = {},
) {
  const { petitioner, content, field, kind } = aLandPetitionInChoMoi();
  return {
    planId,
    website: '',
    petitioner: {
      fullName: petitioner.fullName,
      phone: petitioner.phone,
      address: petitioner.address,
      villageId,
    },
    content,
    field,
    kind,
    wantsToSpeak: true,
    consent: { handlePetition: true, contactByPhone: true, publishAnswerRedacted: true },
    ...overrides,
  };
}

export interface Receipt {
  trackingCode: string;
  receivedOn: string;
  isLate: boolean;
  replayed: boolean;
}

/**
 * Opens the form at `at`, then submits it `fillSeconds` later (a person's typing time), as the
 * page does: `public.formToken`, then `public.register`.
 *
 * @example const { data } = await submitOnline(api, form, { at: '2025-11-25T02:00:00.000Z' });
 */
export async function submitOnline(
  api: TestApi,
  form: ReturnType<typeof onlineForm> | Record<string, unknown>,
  options: { at: string; fillSeconds?: number; ip?: string; key?: string },
): Promise<TrpcResponse<Receipt>> {
  api.setNow(options.at);
  const token = await publicCall<{ token: string }>(api, 'public.formToken', {
    planId: (form as { planId: string }).planId,
  });
  if (token.status !== 200) throw new Error(`formToken: ${token.error?.message}`);
  api.setNow(new Date(Date.parse(options.at) + (options.fillSeconds ?? 40) * 1000).toISOString());
  return publicCall<Receipt>(
    api,
    'public.register',
    { ...form, formToken: token.data.token },
    {
      mutation: true,
      ...(options.ip ? { ip: options.ip } : {}),
      ...(options.key ? { key: options.key } : {}),
    },
  );
}

/** A distinct citizen of the hall: their own name, phone and question. */
export function citizenNumber(n: number) {
  return {
    fullName: `Nguyễn Văn Công ${String.fromCharCode(65 + (n % 26))}${Math.floor(n / 26)}`,
    phone: `0986${String(1_000_000 + n).slice(1)}`,
    address: `Thôn ${String((n % 9) + 1).padStart(2, '0')}, xã Chợ Mới, tỉnh Thái Nguyên`,
  };
}
