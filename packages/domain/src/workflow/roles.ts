import type { Role } from '../accounts/role.schema.js';
import { isPartyIssuer, ISSUER_KINDS, type IssuerKind } from '../plans/plan-document.schema.js';

/**
 * Who leads, shared by the three machines. Separation of duties (docs/domain.md "Who uses it"): the
 * Party approves plans, the government answers, the Front supervises — so `front-officer`
 * appears in none of these lists, and the machines give it no event at all.
 */

/** The offices draft, register and track (seed 002 §4.1: Văn phòng cấp ủy, Văn phòng HĐND-UBND). */
export const OFFICE_ROLES = [
  'party-office',
  'government-office',
] as const satisfies readonly Role[];

const knownIssuer = (kind: unknown): kind is IssuerKind =>
  ISSUER_KINDS.includes(kind as IssuerKind);

/**
 * The head of the issuer: approves or returns the plan, chairs and concludes the dialogue.
 * Party plans are signed "T/M BAN THƯỜNG VỤ / BÍ THƯ" (seed 000), government plans
 * "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" (seed 004). An unknown issuer has no head: fail closed.
 *
 * @example issuerHeadRoles('party-committee') // ['party-secretary']
 */
export function issuerHeadRoles(issuerKind: unknown): readonly Role[] {
  if (!knownIssuer(issuerKind)) return [];
  return isPartyIssuer(issuerKind) ? ['party-secretary'] : ['commune-chair'];
}

/**
 * Leaders who decide on petitions and follow-up: the commune chair always (the government
 * answers), and the Party secretary too when the dialogue is Party-led (seed 000).
 *
 * @example dialogueLeaderRoles('party-committee') // ['party-secretary', 'commune-chair']
 */
export function dialogueLeaderRoles(issuerKind: unknown): readonly Role[] {
  if (!knownIssuer(issuerKind)) return [];
  return isPartyIssuer(issuerKind) ? ['party-secretary', 'commune-chair'] : ['commune-chair'];
}

/**
 * The office that serves the issuer, the one a leader may delegate to.
 *
 * @example issuerOfficeRole('peoples-committee') // 'government-office'
 */
export function issuerOfficeRole(issuerKind: IssuerKind): Role {
  return isPartyIssuer(issuerKind) ? 'party-office' : 'government-office';
}
