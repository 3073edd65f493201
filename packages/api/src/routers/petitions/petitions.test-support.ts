import { newId, type Database } from '@doithoai/db';
import { insertTestPlan } from '@doithoai/db/testing';
import { type Petition, type Plan, type PlanStatus, type Role } from '@doithoai/domain';
import { aChoMoiPlan, aKhoenOnPlan, aLandPetitionInChoMoi } from '@doithoai/domain/testing';
import {
  SelectQueryNode,
  TableNode,
  type Kysely,
  type KyselyPlugin,
  type RootOperationNode,
} from 'kysely';
import { startSession, SESSION_COOKIE } from '../../auth/sessions.js';
import { createCalendarProvider } from '../../calendar-provider.js';
import { createApiApp } from '../../http/app.js';
import type { TestApi } from '../../test-api.test-support.js';
import { type Outputs } from '../../test-client.test-support.js';

// Test support for the petition and conference suites (not a test file itself).

let documentNumber = 13;

/**
 * A plan row straight into `plans` — these suites do not depend on the plans repository, which
 * another feature owns. Chợ Mới's seed 000 plan by default, announced, numbered.
 */
export async function insertPlanRow(
  db: Kysely<Database>,
  options: { adminUnitCode?: string; status?: PlanStatus; plan?: Plan } = {},
): Promise<string> {
  const unit = options.adminUnitCode ?? '02086';
  const plan = options.plan ?? (unit === '02086' ? aChoMoiPlan() : aKhoenOnPlan());
  const row = {
    ...plan,
    id: newId(),
    adminUnitCode: unit,
    status: options.status ?? ('announced' as const),
    documentNumber: (documentNumber += 1),
    issuedOn: '2025-11-10',
  };
  return (await insertTestPlan(db, row, { at: '2025-11-10T02:00:00.000Z' })).id;
}

/** A registration request from a seed petition, in a village of the test commune. */
export function registrationOf(
  planId: string,
  villageId: string,
  petition: Petition = aLandPetitionInChoMoi(),
  overrides: Record<string, unknown> = {},
) {
  return {
    planId,
    channel: petition.channel,
    receivedOn: petition.receivedOn,
    petitioner: { ...petition.petitioner, villageId },
    content: petition.content,
    kind: petition.kind,
    field: petition.field,
    wantsToSpeak: petition.wantsToSpeak,
    consents: petition.consents.map(({ purpose, givenAt, channel }) => ({
      purpose,
      givenAt,
      channel,
    })),
    ...overrides,
  };
}

/** The stored petition as the API returns it. */
export type PetitionOut = Outputs['petitions']['triage'];

/** The first table a statement reads or writes, for telling statements apart. */
function tableOf(node: RootOperationNode): string {
  const from = SelectQueryNode.is(node) ? node.from?.froms[0] : undefined;
  return from && TableNode.is(from) ? from.table.identifier.name : node.kind;
}

/**
 * A second app over the same database whose Kysely counts every SQL statement — to show a
 * list page costs a bounded number of statements whatever its size.
 */
export async function countingCaller(api: TestApi, role: Role) {
  const counter = { statements: 0, tables: [] as string[] };
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      counter.statements += 1;
      counter.tables.push(tableOf(args.node));
      return args.node;
    },
    transformResult: (args) => Promise.resolve(args.result),
  };
  const app = createApiApp({
    db: api.handle.db.withPlugin(plugin),
    dialect: api.handle.dialect,
    now: () => new Date('2025-12-15T02:00:00.000Z'),
    calendars: createCalendarProvider(0),
    secureCookies: false,
  });
  const account = api.tenant.accounts[role];
  const { token } = await startSession(
    api.handle.db,
    account.id,
    new Date('2025-12-15T02:00:00.000Z'),
  );
  const query = async <T>(path: string, input: unknown): Promise<T> => {
    const url = `http://localhost/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
    const response = await app.request(url, { headers: { cookie: `${SESSION_COOKIE}=${token}` } });
    const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
    if (!body.result) throw new Error(body.error?.message ?? `HTTP ${response.status}`);
    return body.result.data;
  };
  return { counter, query };
}
