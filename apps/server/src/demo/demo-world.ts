import type { Database } from '@doithoai/db';
import { isPartyIssuer, type Actor, type IssuerKind, type Role } from '@doithoai/domain';
import type { Kysely } from 'kysely';
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

/** A demo account acting, as the API's session user would: its role, commune and body. */
export interface DemoActor {
  accountId: string;
  role: Role;
  adminUnitCode: string;
  organisationId: string | null;
}

/** What every demo step works in: one commune's transaction, the clock, the random source. */
export interface DemoWorld {
  db: Kysely<Database>;
  clock: DemoClock;
  random: DemoRandom;
  commune: DemoCommune;
  ids: DemoCommuneIds;
  /** The account of a role in the commune. */
  as(role: CommuneRole): DemoActor;
  /** The department account that works for `body`, if it has one (Phòng Kinh tế, Công an xã…). */
  departmentOf(body: DemoBody): DemoActor | undefined;
  /** The office that keeps the register of a plan of this issuer (seed 002 §4.1). */
  officeOf(issuerKind: IssuerKind): DemoActor;
}

/**
 * @example const world = demoWorld(trx, clock, random, commune, ids); world.as('commune-chair').role // 'commune-chair'
 */
export function demoWorld(
  db: Kysely<Database>,
  clock: DemoClock,
  random: DemoRandom,
  commune: DemoCommune,
  ids: DemoCommuneIds,
): DemoWorld {
  const actor = (accountId: string, role: Role, body: DemoBody | null): DemoActor => ({
    accountId,
    role,
    adminUnitCode: ids.code,
    organisationId: body ? ids.bodies[body] : null,
  });
  const as = (role: CommuneRole) => actor(ids.accounts[role], role, BODY_OF_ROLE[role]);
  return {
    db,
    clock,
    random,
    commune,
    ids,
    as,
    departmentOf: (body) => {
      if (body === 'economicDepartment') return as('department');
      if ((DEPARTMENT_BODIES as readonly DemoBody[]).includes(body))
        return actor(ids.departmentAccounts[body as DepartmentBody], 'department', body);
      return undefined;
    },
    officeOf: (issuerKind) => as(isPartyIssuer(issuerKind) ? 'party-office' : 'government-office'),
  };
}

/**
 * The actor as the domain's machines see it (the API's `actorOf`).
 *
 * @example machineActor(world.as('commune-chair')).role // 'commune-chair'
 */
export function machineActor(actor: DemoActor): Actor {
  return {
    role: actor.role,
    userId: actor.accountId,
    ...(actor.organisationId ? { organisationId: actor.organisationId } : {}),
  };
}

/**
 * The actor on an audit row.
 *
 * @example auditActor(world.as('party-office')) // { accountId, role: 'party-office' }
 */
export function auditActor(actor: DemoActor): { accountId: string; role: string } {
  return { accountId: actor.accountId, role: actor.role };
}

/**
 * Writes happen only in the actor's own commune (the API's `assertWritable`): a demo step on
 * another commune's record is a bug in the demo.
 *
 * @example requireOwnCommune(actor, plan.adminUnitCode, 'kế hoạch')
 */
export function requireOwnCommune(actor: DemoActor, adminUnitCode: string, what: string): void {
  if (actor.adminUnitCode !== adminUnitCode)
    throw new Error(
      `Demo: ${what} của đơn vị ${adminUnitCode} không thuộc xã ${actor.adminUnitCode}.`,
    );
}
