import { aLandPetitionInChoMoi } from '@doithoai/domain/testing';
import { outcome, type Outcome } from '../../refusal.test-support.js';
import type { TestApi } from '../../test-api.test-support.js';
import {
  testClient,
  withIdempotencyKey,
  type Inputs,
  type Outputs,
  type TestClient,
} from '../../test-client.test-support.js';

// Test support for the `public.*` suites (not a test file itself): a citizen's typed client from
// a client address, and a citizen's online registration as the page sends it.

/** A citizen's anonymous typed client, calling from `ip` (the test app reads `x-real-ip`). */
export function citizenFrom(api: TestApi, ip = '203.0.113.10'): TestClient {
  return testClient(api.app, () => null, ip);
}

/** What the public form sends before it has a token: `public.register`'s input without it. */
export type OnlineForm = Omit<Inputs['public']['register'], 'formToken'>;

/** The seed 000 citizen's registration as typed on the public form (no token yet). */
export function onlineForm(
  planId: string,
  villageId: string,
  overrides: Partial<OnlineForm> = {},
): OnlineForm {
  const { petitioner, content, field, kind } = aLandPetitionInChoMoi();
  return {
    planId,
    website: '',
    petitioner: {
      fullName: petitioner.fullName,
      // Seed 000's land petitioner has both; the public form requires them.
      phone: petitioner.phone ?? '',
      address: petitioner.address ?? '',
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

/** What `public.register` answers: the tracking code and the day it counts as received. */
export type Receipt = Outputs['public']['register'];

/**
 * Opens the form at `at`, then submits it `fillSeconds` later (a person's typing time), as the
 * page does: `public.formToken`, then `public.register`.
 *
 * @example const { data } = await submitOnline(api, form, { at: '2025-11-25T02:00:00.000Z' });
 */
export async function submitOnline(
  api: TestApi,
  form: OnlineForm,
  options: { at: string; fillSeconds?: number; ip?: string; key?: string },
): Promise<Outcome<Receipt>> {
  const citizen = citizenFrom(api, options.ip);
  api.setNow(options.at);
  const { token } = await citizen.public.formToken.query({ planId: form.planId });
  api.setNow(new Date(Date.parse(options.at) + (options.fillSeconds ?? 40) * 1000).toISOString());
  return outcome(
    citizen.public.register.mutate(
      { ...form, formToken: token },
      options.key ? withIdempotencyKey(options.key) : undefined,
    ),
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
