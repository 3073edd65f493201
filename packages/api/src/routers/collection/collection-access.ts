import { FRONT_ROLES, type Role } from '@doithoai/domain';

/** The Front collects and compiles the villages' registrations (seeds 001, 003). */
export const COLLECTORS = FRONT_ROLES;

/** Who reads the Front's forwardings: the Front, the offices and leaders it forwards to, the province. */
export const FORWARDING_READERS = [
  'front-chair',
  'front-officer',
  'party-secretary',
  'party-office',
  'commune-chair',
  'government-office',
  'province-viewer',
] as const satisfies readonly Role[];
