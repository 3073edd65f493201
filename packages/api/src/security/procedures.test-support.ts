import { ROLES, type Role } from '@doithoai/domain';
import { appRouter } from '../root.js';
import type { Access } from '../trpc.js';

// The security suites' view of the router (not a test file itself): every procedure with its
// type and declared access, read from the router so a new procedure is covered the day it lands.

export interface ProcedureEntry {
  path: string;
  type: 'query' | 'mutation' | 'subscription';
  access: Access | undefined;
}

export const PROCEDURES: ProcedureEntry[] = Object.entries(
  appRouter._def.procedures as unknown as Record<
    string,
    { _def: { type: ProcedureEntry['type']; meta?: { access?: Access } } }
  >,
).map(([path, procedure]) => ({
  path,
  type: procedure._def.type,
  access: procedure._def.meta?.access,
}));

export const MUTATIONS = PROCEDURES.filter((p) => p.type === 'mutation');

/** The roles a procedure admits (every role for public and signed-in ones). */
export function allowedRoles(entry: ProcedureEntry): Role[] {
  const access = entry.access;
  if (access === undefined) return [];
  if (access === 'public' || access === 'signed-in') return [...ROLES];
  return ROLES.filter((role) => access.includes(role));
}
