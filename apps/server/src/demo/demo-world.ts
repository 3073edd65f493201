import type { Database } from '@doithoai/db';
import { isPartyIssuer, type IssuerKind, type Role } from '@doithoai/domain';
import type { Kysely } from 'kysely';
import type { DemoApi, DemoCaller } from './demo-api.js';
import type { DemoClock } from './demo-clock.js';
import {
  BODY_OF_ROLE,
  DEPARTMENT_BODIES,
  type CommuneRole,
  type DemoBody,
  type DemoCommune,
  type DepartmentBody,
} from './demo-communes.js';
import type { DemoCommuneIds } from './demo-ids.js';
import type { DemoRandom } from './demo-random.js';

/** A demo account acting, as the API's session user: its name, role, commune and body. */
export interface DemoActor {
  accountId: string;
  fullName: string;
  role: Role;
  adminUnitCode: string;
  organisationId: string | null;
}

/** The records whose version a demo step reads before changing them. */
export type VersionedTable = 'plans' | 'petitions' | 'follow_up_tasks';

export interface VersionRef {
  id: string;
  expectedVersion: number;
}

/** A change of a plan through `plans.*`, given the API and the plan's ref. */
export type PlanCall = (api: DemoCaller, ref: VersionRef) => Promise<unknown>;

/** What every demo step works with: the API, the clock, the random source, the commune. */
export interface DemoWorld {
  /** For reading only: every change goes through `api`. */
  db: Kysely<Database>;
  clock: DemoClock;
  random: DemoRandom;
  commune: DemoCommune;
  ids: DemoCommuneIds;
  /** The API's procedures, called by `actor` at the instant `at` (its "now" and "today"). */
  api(actor: DemoActor, at: Date): DemoCaller;
  /** `{ id, expectedVersion }`: the record as the actor has it on screen before a change. */
  ref(table: VersionedTable, id: string): Promise<VersionRef>;
  /** One change by `actor` at `at` of a record as stored: `call` gets the API and its ref. */
  change<T>(
    actor: DemoActor,
    at: Date,
    table: VersionedTable,
    id: string,
    call: (api: DemoCaller, ref: VersionRef) => Promise<T>,
  ): Promise<T>;
  /** The account of a role in the commune. */
  as(role: CommuneRole): DemoActor;
  /** The department account that works for `body`, if it has one (Phòng Kinh tế, Công an xã…). */
  departmentOf(body: DemoBody): DemoActor | undefined;
  /** The office that keeps the register of a plan of this issuer (seed 002 §4.1). */
  officeOf(issuerKind: IssuerKind): DemoActor;
}

/**
 * @example const world = demoWorld(db, api, clock, random, commune, ids); world.as('commune-chair').role // 'commune-chair'
 */
export function demoWorld(
  db: Kysely<Database>,
  api: DemoApi,
  clock: DemoClock,
  random: DemoRandom,
  commune: DemoCommune,
  ids: DemoCommuneIds,
): DemoWorld {
  const actor = (
    accountId: string,
    fullName: string,
    role: Role,
    body: DemoBody | null,
  ): DemoActor => ({
    accountId,
    fullName,
    role,
    adminUnitCode: ids.code,
    organisationId: body ? ids.bodies[body] : null,
  });
  const as = (role: CommuneRole) =>
    actor(ids.accounts[role], commune.people[role], role, BODY_OF_ROLE[role]);
  const ref = async (table: VersionedTable, id: string): Promise<VersionRef> => {
    const row = await db
      .selectFrom(table)
      .select('version')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return { id, expectedVersion: Number(row.version) };
  };
  return {
    db,
    clock,
    random,
    commune,
    ids,
    api,
    ref,
    change: async (actor, at, table, id, call) => call(api(actor, at), await ref(table, id)),
    as,
    departmentOf: (body) => {
      if (body === 'economicDepartment') return as('department');
      if ((DEPARTMENT_BODIES as readonly DemoBody[]).includes(body)) {
        const department = body as DepartmentBody;
        return actor(
          ids.departmentAccounts[department],
          commune.departmentPeople[department],
          'department',
          body,
        );
      }
      return undefined;
    },
    officeOf: (issuerKind) => as(isPartyIssuer(issuerKind) ? 'party-office' : 'government-office'),
  };
}
