import { testDialects } from '@doithoai/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from '@doithoai/domain/testing';
import { choMoiPlanAt } from '../routers/plans/plans.test-support.js';
import { citizenFrom, onlineForm } from '../routers/public/public.test-support.js';
import { outcome } from '../refusal.test-support.js';
import { malformed } from '../test-client.test-support.js';
import { createTestApi, type HttpCaller, type TestApi } from '../test-api.test-support.js';
import { allowedRoles, PROCEDURES, type ProcedureEntry } from './procedures.test-support.js';

// Property-based fuzzing through HTTP: whatever JSON reaches a procedure — random values, the
// field names the procedures use with values of every type, a real public form with one field
// replaced by garbage — the answer is a 2xx or a 4xx with a message, never a 500.

const dialects = await testDialects();
const RUNS_PER_PROCEDURE = 12;
const RUNS_PUBLIC_FORM = 80;

const FIELD_NAMES = [
  'id',
  'planId',
  'petitionId',
  'petitionIds',
  'taskId',
  'year',
  'month',
  'expectedVersion',
  'content',
  'petitioner',
  'items',
  'code',
  'phone',
  'q',
  'limit',
  'cursor',
  'status',
  'statuses',
  'field',
  'villageId',
  'date',
  'on',
  'reason',
  'username',
  'password',
  'role',
  'organisationId',
  'adminUnitCode',
  'formToken',
  'text',
  'kind',
];

const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, false, '', ' ', '0', '-1', 'NaN', '9'.repeat(40), '2025-02-30'),
  fc.constantFrom("' or 1=1 --", '<script>alert(1)</script>', '../../etc/passwd', '\u0000'),
  fc.constantFrom('Nguyễn Văn Đức', 'Nguye\u0302\u0303n Va\u0306n \u0110u\u031b\u0301c'),
);

const anyInput = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(fc.constantFrom(...FIELD_NAMES), anyValue, { maxKeys: 8 }),
);

describe.each(dialects)('fuzzing every procedure through HTTP on $name', (dialect) => {
  let api: TestApi;
  let planId: string;
  let villageId: string;

  beforeAll(async () => {
    api = await createTestApi(dialect);
    planId = (await choMoiPlanAt(api, 'announced', { documentNumber: 14 })).plan.id;
    villageId = api.tenant.villageIds[0];
  });
  afterAll(() => api.close());

  async function callerFor(entry: ProcedureEntry): Promise<HttpCaller> {
    if (entry.access === 'public') return api.http.anonymous;
    // A fresh session each time: auth.logout ends the one it runs in.
    return api.http.as(present(allowedRoles(entry)[0], `a role allowed to call ${entry.path}`));
  }

  it.each(PROCEDURES.map((p) => [p.path, p] as const))(
    '%s never answers 500 to arbitrary input',
    async (_, entry) => {
      const caller = await callerFor(entry);
      await fc.assert(
        fc.asyncProperty(anyInput, async (input) => {
          const response =
            entry.type === 'mutation'
              ? await caller.mutate(entry.path, input)
              : await caller.query(entry.path, input);
          expect(response.status, JSON.stringify(response.error)).toBeLessThan(500);
          if (response.status >= 400) expect(response.error?.message).toBeTruthy();
        }),
        { numRuns: RUNS_PER_PROCEDURE },
      );
    },
  );

  it('the public registration form, one field replaced by anything, never answers 500', async () => {
    const leafPaths = [
      ['planId'],
      ['website'],
      ['petitioner'],
      ['petitioner', 'fullName'],
      ['petitioner', 'phone'],
      ['petitioner', 'address'],
      ['petitioner', 'villageId'],
      ['content'],
      ['field'],
      ['kind'],
      ['wantsToSpeak'],
      ['consent'],
      ['consent', 'handlePetition'],
      ['formToken'],
    ];
    let ip = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...leafPaths), anyValue, async (path, value) => {
        const form: Record<string, unknown> = structuredClone({
          ...onlineForm(planId, villageId),
          formToken: 'x'.repeat(40),
        });
        let target = form;
        for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
        target[present(path.at(-1), 'the field of the path')] = value;
        ip += 1;
        const response = await outcome(
          citizenFrom(api, `198.51.100.${ip % 250}`).public.register.mutate(malformed(form)),
        );
        expect(response.status, JSON.stringify(response.error)).toBeLessThan(500);
        expect(response.status).toBeGreaterThanOrEqual(400);
      }),
      { numRuns: RUNS_PUBLIC_FORM },
    );
  });

  it('guessed tracking codes find nothing and never answer 500', async () => {
    let ip = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/u), fc.string({ maxLength: 30 })),
        async (code) => {
          ip += 1;
          const response = await outcome(
            citizenFrom(api, `192.0.2.${ip % 250}`).public.track.mutate({ code }),
          );
          expect(response.status).toBeLessThan(500);
          expect(response.data).toBeUndefined();
        },
      ),
      { numRuns: 60 },
    );
  });
});
