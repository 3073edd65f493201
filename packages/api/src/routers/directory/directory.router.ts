import { listOrganisations, listVillages } from '@doithoai/db';
import type { Role } from '@doithoai/domain';
import { procedure, requireUser, router } from '../../trpc.js';

/** Everyone who works inside one commune: the offices, the leaders, the bodies, the Front. */
export const COMMUNE_STAFF = [
  'party-secretary',
  'party-office',
  'commune-chair',
  'government-office',
  'department',
  'front-chair',
  'front-officer',
] as const satisfies readonly Role[];

/**
 * The caller's own commune as forms need it: its villages (filters, registrations) and its bodies
 * (assigning a petition, filtering by body). Names only; nothing here is secret inside the commune.
 */
export const directoryRouter = router({
  commune: procedure.meta({ access: COMMUNE_STAFF }).query(async ({ ctx }) => {
    const user = requireUser(ctx);
    const [villages, organisations] = await Promise.all([
      listVillages(ctx.db, user.adminUnitCode),
      listOrganisations(ctx.db, user.adminUnitCode),
    ]);
    return {
      villages: villages.map((v) => ({ id: v.id, name: v.name, kind: v.kind })),
      organisations: organisations.map((o) => ({ id: o.id, name: o.name, kind: o.kind })),
    };
  }),
});
