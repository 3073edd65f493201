import { testDialects } from '@doithoai/db/testing';
import { ROLES, type Role } from '@doithoai/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './root.js';
import { createTestApi, type HttpCaller, type TestApi } from './test-api.test-support.js';
import type { Access } from './trpc.js';

interface ProcedureEntry {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  access: Access | undefined;
  /** Whether the procedure declares `.output()`: the reply's contract, checked by tRPC. */
  declaresOutput: boolean;
}

// Every procedure of the app router, with the access it declares (`.meta({ access })`).
const procedures: ProcedureEntry[] = Object.entries(
  appRouter._def.procedures as unknown as Record<
    string,
    {
      _def: { type: ProcedureEntry['type']; meta?: { access?: Access }; output?: unknown };
    }
  >,
).map(([path, procedure]) => ({
  path,
  type: procedure._def.type,
  access: procedure._def.meta?.access,
  declaresOutput: procedure._def.output !== undefined,
}));

const isAllowed = (access: Access, role: Role) =>
  access === 'public' || access === 'signed-in' || access.includes(role);

/** Refused by the access check itself (not by the domain, which adds a domainCode). */
const refusedByAccess = (response: {
  status: number;
  error: { data: { domainCode: string | null } } | null;
}) => response.status === 403 && response.error?.data.domainCode == null;

function call(caller: HttpCaller, entry: ProcedureEntry) {
  // An empty input: allowed callers get past the access check and fail validation (400), or
  // succeed; refused callers never reach validation.
  return entry.type === 'mutation' ? caller.mutate(entry.path, {}) : caller.query(entry.path, {});
}

describe('every procedure declares who may call it', () => {
  it.each(procedures.map((p) => [p.path, p] as const))(
    '%s has an access declaration',
    (_, entry) => {
      expect(entry.access).toBeDefined();
    },
  );
});

describe('every public procedure declares what it returns', () => {
  // Anyone may call them, so their replies are the contract integrators rely on (docs/api.md):
  // an `.output()` schema, checked by tRPC, that also drops any field it does not declare.
  it.each(procedures.filter((p) => p.access === 'public').map((p) => [p.path, p] as const))(
    '%s declares an output schema',
    (_, entry) => {
      expect(entry.declaresOutput).toBe(true);
    },
  );
});

const dialects = await testDialects();

describe.each(dialects)(
  'the permission matrix on $name (each procedure × each role)',
  (dialect) => {
    let api: TestApi;
    beforeAll(async () => {
      api = await createTestApi(dialect);
    });
    afterAll(() => api.close());

    it.each(procedures.map((p) => [p.path, p] as const))(
      '%s: allowed roles pass the check, others get FORBIDDEN',
      async (_, entry) => {
        const access = entry.access ?? [];
        const outcomes: string[] = [];
        for (const role of ROLES) {
          // A fresh session per call: a procedure such as auth.logout ends the session it runs in.
          const response = await call(await api.http.as(role), entry);
          const refused = refusedByAccess(response);
          if (refused === isAllowed(access, role))
            outcomes.push(`${role}: status ${response.status}`);
        }
        expect(outcomes, `unexpected outcomes for ${entry.path}`).toEqual([]);
      },
    );

    it.each(procedures.filter((p) => p.access !== 'public').map((p) => [p.path, p] as const))(
      '%s refuses an anonymous caller with UNAUTHORIZED',
      async (_, entry) => {
        const response = await call(api.http.anonymous, entry);
        expect(response.status).toBe(401);
      },
    );
  },
);
